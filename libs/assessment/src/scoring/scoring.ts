import { resolveWeights, type WeightedNode } from '../referential/weights';

export interface ScoredNode extends WeightedNode {
  /** Organisation type codes the node applies to; empty means every type. */
  organisationTypes: readonly string[];
}

export type Answer = { level: number } | { notConcerned: true };

export interface NodeScore {
  code: string;
  /** Share of the possible score reached, 0 to 1; null when nothing below counts (all not concerned). */
  ratio: number | null;
  /** Criteria below (or this one) that were answered with a level. */
  answered: number;
  /** Criteria below that count: applicable and not declared "not concerned". */
  counted: number;
}

export interface ScoreInput {
  nodes: readonly ScoredNode[];
  /** Score of each level of the maturity scale. */
  levelScores: ReadonlyMap<number, number>;
  answers: ReadonlyMap<string, Answer>;
  organisationType: string | null;
}

/**
 * Scores per node and overall. A criterion (a node without children) scores its level's score over the
 * scale's highest; unanswered counts as zero; "not concerned" and criteria that do not apply to the
 * organisation's type leave the denominator, and so does a node whose every criterion left it. A node's
 * ratio is the weighted mean of its counting children's.
 */
export function scoreReferential(input: ScoreInput): {
  overall: number | null;
  nodes: Map<string, NodeScore>;
} {
  const weights = resolveWeights(input.nodes);
  const maxScore = Math.max(0, ...input.levelScores.values());
  const children = new Map<string | null, ScoredNode[]>();
  for (const node of input.nodes) {
    const siblings = children.get(node.parentCode);
    if (siblings) siblings.push(node);
    else children.set(node.parentCode, [node]);
  }
  const applies = (node: ScoredNode) =>
    node.organisationTypes.length === 0 ||
    (input.organisationType !== null && node.organisationTypes.includes(input.organisationType));
  const scores = new Map<string, NodeScore>();

  const visit = (node: ScoredNode, applicable: boolean): NodeScore => {
    const own = children.get(node.code);
    const here = applicable && applies(node);
    let score: NodeScore;
    if (!own) {
      const answer = input.answers.get(node.code);
      if (!here || (answer && 'notConcerned' in answer))
        score = { code: node.code, ratio: null, answered: 0, counted: 0 };
      else if (!answer) score = { code: node.code, ratio: 0, answered: 0, counted: 1 };
      else {
        const levelScore = input.levelScores.get(answer.level) ?? 0;
        score = { code: node.code, ratio: maxScore > 0 ? levelScore / maxScore : 0, answered: 1, counted: 1 };
      }
    } else {
      score = combine(
        node.code,
        own.map((child) => ({ score: visit(child, here), weight: weights.get(child.code) ?? 0 })),
      );
    }
    scores.set(node.code, score);
    return score;
  };
  const roots = (children.get(null) ?? []).map((root) => ({
    score: visit(root, true),
    weight: weights.get(root.code) ?? 0,
  }));
  return { overall: combine('', roots).ratio, nodes: scores };
}

function combine(code: string, parts: { score: NodeScore; weight: number }[]): NodeScore {
  let weighted = 0;
  let total = 0;
  let answered = 0;
  let counted = 0;
  for (const { score, weight } of parts) {
    answered += score.answered;
    counted += score.counted;
    if (score.ratio === null) continue;
    weighted += score.ratio * weight;
    total += weight;
  }
  // Children that all weigh zero still count, equally, rather than vanishing from the score.
  if (counted > 0 && total === 0) {
    const counting = parts.filter((p) => p.score.ratio !== null);
    const mean = counting.reduce((a, p) => a + (p.score.ratio ?? 0), 0) / counting.length;
    return { code, ratio: mean, answered, counted };
  }
  return { code, ratio: total > 0 ? weighted / total : null, answered, counted };
}
