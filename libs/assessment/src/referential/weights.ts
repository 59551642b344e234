export interface WeightedNode {
  code: string;
  parentCode: string | null;
  points: number | null;
  percentage: number | null;
}

/** The weight given to the whole referential when its domains carry percentages or nothing. */
const ROOT_WEIGHT = 100;

/**
 * Each node's weight in the unit of its siblings. Points count as they are; a percentage is a share of
 * the parent's weight; children without a weight share equally whatever their weighted siblings left of
 * the parent's weight (all of it when none carries one). Only relative weights among siblings matter to
 * scoring, so points that do not add up to their parent's are not an error.
 */
export function resolveWeights(nodes: readonly WeightedNode[]): Map<string, number> {
  const children = new Map<string | null, WeightedNode[]>();
  for (const node of nodes) {
    const siblings = children.get(node.parentCode);
    if (siblings) siblings.push(node);
    else children.set(node.parentCode, [node]);
  }
  const weights = new Map<string, number>();
  const assign = (parentWeight: number, siblings: readonly WeightedNode[]) => {
    let used = 0;
    let unweighted = 0;
    for (const s of siblings) {
      if (s.points !== null) used += s.points;
      else if (s.percentage !== null) used += (parentWeight * s.percentage) / 100;
      else unweighted += 1;
    }
    const share = unweighted ? Math.max(parentWeight - used, 0) / unweighted : 0;
    for (const s of siblings) {
      const weight =
        s.points !== null ? s.points : s.percentage !== null ? (parentWeight * s.percentage) / 100 : share;
      weights.set(s.code, weight);
      const own = children.get(s.code);
      if (own) assign(weight, own);
    }
  };
  const roots = children.get(null) ?? [];
  const rootWeight =
    roots.length && roots.every((r) => r.points !== null)
      ? sum(roots.map((r) => r.points ?? 0))
      : ROOT_WEIGHT;
  assign(rootWeight, roots);
  return weights;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
