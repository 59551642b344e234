import fc from 'fast-check';
import { resolveWeights } from '../referential/weights';
import { type Answer, scoreReferential, type ScoredNode } from './scoring';

const node = (code: string, weight: Partial<ScoredNode> = {}): ScoredNode => {
  const dot = code.lastIndexOf('.');
  return {
    code,
    parentCode: dot < 0 ? null : code.slice(0, dot),
    points: null,
    percentage: null,
    organisationTypes: [],
    ...weight,
  };
};
const scale = new Map([
  [0, 0],
  [1, 25],
  [2, 50],
  [3, 75],
  [4, 100],
]);

describe('weights', () => {
  it('gives points as they are, percentages of the parent, and an equal share of the rest', () => {
    const weights = resolveWeights([
      node('1', { points: 60 }),
      node('2', { points: 40 }),
      node('1.1', { percentage: 50 }),
      node('1.2'),
      node('1.3'),
      node('2.1'),
      node('2.2'),
    ]);
    expect(Object.fromEntries(weights)).toEqual({
      '1': 60,
      '2': 40,
      '1.1': 30,
      '1.2': 15,
      '1.3': 15,
      '2.1': 20,
      '2.2': 20,
    });
  });
});

describe('scoring', () => {
  const nodes = [node('1', { points: 3 }), node('1.1'), node('1.2'), node('2', { points: 1 }), node('2.1')];

  it('rolls levels up by weight', () => {
    const answers = new Map<string, Answer>([
      ['1.1', { level: 4 }],
      ['1.2', { level: 2 }],
      ['2.1', { level: 0 }],
    ]);
    const result = scoreReferential({ nodes, levelScores: scale, answers, organisationType: null });
    expect(result.nodes.get('1')!.ratio).toBeCloseTo(0.75);
    expect(result.overall).toBeCloseTo((0.75 * 3 + 0) / 4);
  });

  it('takes "not concerned" and criteria for other types out of the denominator', () => {
    const typed = [...nodes.slice(0, 4), node('2.1', { organisationTypes: ['entreprise'] })];
    const answers = new Map<string, Answer>([
      ['1.1', { level: 4 }],
      ['1.2', { notConcerned: true }],
    ]);
    const result = scoreReferential({
      nodes: typed,
      levelScores: scale,
      answers,
      organisationType: 'association',
    });
    expect(result.nodes.get('1')).toEqual({ code: '1', ratio: 1, answered: 1, counted: 1 });
    expect(result.nodes.get('2')!.ratio).toBeNull();
    expect(result.overall).toBe(1);
  });

  it('counts an unanswered criterion as zero', () => {
    const result = scoreReferential({
      nodes,
      levelScores: scale,
      answers: new Map(),
      organisationType: null,
    });
    expect(result.overall).toBe(0);
  });

  it('always scores between 0 and 1, and all-exemplary scores 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), {
          minLength: 3,
          maxLength: 3,
        }),
        (levels) => {
          const answers = new Map<string, Answer>();
          ['1.1', '1.2', '2.1'].forEach((code, i) => {
            const level = levels[i];
            answers.set(code, level === undefined ? { notConcerned: true } : { level });
          });
          const { overall } = scoreReferential({
            nodes,
            levelScores: scale,
            answers,
            organisationType: null,
          });
          if (overall !== null) expect(overall).toBeGreaterThanOrEqual(0);
          if (overall !== null) expect(overall).toBeLessThanOrEqual(1);
          if (levels.every((l) => l === 4)) expect(overall).toBe(1);
        },
      ),
    );
  });
});
