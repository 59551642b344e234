import { PublishedTreeCache, type PublishedTree } from './published-tree-cache';

const tree = (n: number) => ({ nodes: new Array(n), scale: [] }) as unknown as PublishedTree;

describe('the cache of published trees', () => {
  it('loads a version once per tenant, and keeps tenants apart', async () => {
    const cache = new PublishedTreeCache(4);
    let loads = 0;
    const load = async () => {
      loads++;
      return tree(3);
    };
    await cache.get('t1', 'v1', load);
    await cache.get('t1', 'v1', load);
    expect(loads).toBe(1);
    await cache.get('t2', 'v1', load);
    expect(loads).toBe(2);
  });

  it('forgets the least recently used version beyond its capacity', async () => {
    const cache = new PublishedTreeCache(2);
    const loaded: string[] = [];
    const load = (v: string) => async () => {
      loaded.push(v);
      return tree(1);
    };
    await cache.get('t', 'a', load('a'));
    await cache.get('t', 'b', load('b'));
    await cache.get('t', 'a', load('a'));
    await cache.get('t', 'c', load('c'));
    await cache.get('t', 'a', load('a'));
    await cache.get('t', 'b', load('b'));
    expect(loaded).toEqual(['a', 'b', 'c', 'b']);
  });
});
