import { moved } from './ordering';

describe('keyboard ordering', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('moves an item one step up or down, and not past the ends', () => {
    expect(moved(items, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(items, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(items, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(items, 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
