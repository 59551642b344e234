import { checkReorder, findCycle, normalizeCode } from './configuration-rules';

describe('configuration rules', () => {
  it('accepts plan-style codes and refuses spaces, naming the code', () => {
    expect(normalizeCode(' 9.2 ')).toBe('9.2');
    expect(normalizeCode('ENR_R-1')).toBe('ENR_R-1');
    expect(() => normalizeCode('enjeu 9')).toThrow('« enjeu 9 »');
  });

  it('requires a reordering to name every active item exactly once', () => {
    const current = [
      { id: 'a', label: 'Energie' },
      { id: 'b', label: 'Mobilités' },
    ];
    expect(() => checkReorder(['b', 'a'], current)).not.toThrow();
    expect(() => checkReorder(['b'], current)).toThrow('« Energie »');
    expect(() => checkReorder(['b', 'a', 'a'], current)).toThrow('deux fois');
    expect(() => checkReorder(['b', 'a', 'z'], current)).toThrow('z');
  });

  it('finds the path of a cycle when an item would move under its own descendant', () => {
    const nodes = [
      { id: 'axis', parentId: null, code: 'A1' },
      { id: 'stake', parentId: 'axis', code: 'E9' },
      { id: 'sub', parentId: 'stake', code: 'E9.1' },
    ];
    expect(findCycle(nodes, 'stake', 'sub')).toEqual(['E9', 'E9.1', 'E9']);
    expect(findCycle(nodes, 'stake', 'stake')).toEqual(['E9', 'E9']);
    expect(findCycle(nodes, 'sub', 'axis')).toBeNull();
  });
});
