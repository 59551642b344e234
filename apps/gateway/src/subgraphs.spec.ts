import { placeholderUrl, resolveSubgraphUrls, SUBGRAPHS, type SubgraphDefinition } from './subgraphs';

const registry: SubgraphDefinition[] = [
  {
    name: 'identity',
    offset: 1,
    module: 'apps/identity/src/identity.app',
    factory: 'createIdentityApp',
    graphqlPath: '/graphql',
  },
  {
    name: 'territory',
    offset: 2,
    module: 'apps/territory/src/territory.app',
    factory: 'createTerritoryApp',
    graphqlPath: '/graphql',
  },
];

describe('resolveSubgraphUrls', () => {
  it('puts each subgraph on the gateway port plus its offset', () => {
    expect(resolveSubgraphUrls(4000, {}, registry)).toEqual({
      identity: 'http://127.0.0.1:4001/graphql',
      territory: 'http://127.0.0.1:4002/graphql',
    });
  });

  it('follows the gateway port', () => {
    expect(resolveSubgraphUrls(5100, {}, registry).territory).toBe('http://127.0.0.1:5102/graphql');
  });

  it('prefers <NAME>_URL, appending the GraphQL path to a bare origin', () => {
    const urls = resolveSubgraphUrls(
      4000,
      { IDENTITY_URL: 'http://identity:4001', TERRITORY_URL: 'http://t:9/api/graphql' },
      registry,
    );
    expect(urls).toEqual({ identity: 'http://identity:4001/graphql', territory: 'http://t:9/api/graphql' });
  });

  it('names the variable when it is not a URL', () => {
    expect(() => resolveSubgraphUrls(4000, { IDENTITY_URL: 'not a url' }, registry)).toThrow(/IDENTITY_URL/);
  });
});

describe('the subgraph registry', () => {
  it('gives every subgraph its own name and offset', () => {
    expect(new Set(SUBGRAPHS.map((s) => s.name)).size).toBe(SUBGRAPHS.length);
    expect(new Set(SUBGRAPHS.map((s) => s.offset)).size).toBe(SUBGRAPHS.length);
  });

  it('uses placeholder hosts that never resolve', () => {
    expect(placeholderUrl(registry[0])).toBe('http://identity.invalid/graphql');
  });
});
