import { median, percentile, runCase, type BenchCase } from './harness';

describe('median and percentile', () => {
  it('computes them on unsorted samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });
});

describe('runCase', () => {
  it('alternates the order of A and B, and reports the ratio of the medians', async () => {
    const order: string[] = [];
    let tornDown = false;
    const benchCase: BenchCase = {
      name: 'demo',
      summary: 'A is twice as slow as B',
      ratioName: 'a/b',
      metrics: [{ key: 't', label: 'time', unit: 'ms' }],
      rounds: 3,
      async prepare() {
        return {
          a: { label: 'A', measure: async () => (order.push('a'), { t: 20 }) },
          b: { label: 'B', measure: async () => (order.push('b'), { t: 10 }) },
          teardown: async () => {
            tornDown = true;
          },
        };
      },
    };
    const lines: string[] = [];
    const result = await runCase(benchCase, (line) => lines.push(line));
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(result.medians.t.ratio).toBe(2);
    expect(lines).toContain('  a/b t ratio: 2.00');
    expect(tornDown).toBe(true);
  });
});
