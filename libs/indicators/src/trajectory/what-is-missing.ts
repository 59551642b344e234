import { sameUnit } from '../value/value-rules';
import { basePoint, judge, type ObjectiveTerms, type Point, targetValue } from './trajectory';

export interface Contribution {
  quantity: number;
  unit: string;
  year: number;
}

export interface Missing {
  /** The value the objective sets for its target year. */
  target: number | null;
  /** The latest value. */
  latest: Point | null;
  /** Latest value minus the trajectory's value that year: positive means above the line. */
  gapToTrajectory: number | null;
  /** What remains between the latest value and the target (signed, in the indicator's unit). */
  remaining: number | null;
  /** Sum of the impacts actions declare by the target year, in the indicator's unit. */
  declared: number;
  /** Share of the remaining way the declared impacts cover (0–1+), when there is a way to go. */
  coverage: number | null;
  /** Declared impacts left out because their unit is not the indicator's. */
  otherUnits: number;
}

/**
 * Clermont's « ce qui manque ? »: how far the territory is from its objective, and how much of that way
 * the impacts its actors declared would cover. Declared impacts count as changes in the indicator's
 * direction (a reduction for a downward objective), so they are compared with the remaining distance.
 */
export function whatIsMissing(
  terms: ObjectiveTerms,
  series: readonly Point[],
  indicatorUnit: string,
  impacts: readonly Contribution[],
): Missing {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const latest = sorted[sorted.length - 1] ?? null;
  const target = targetValue(terms, basePoint(terms, sorted));
  const judgement = judge(terms, sorted);
  const counted = impacts.filter(
    (i) => sameUnit(i.unit, indicatorUnit) && (terms.targetYear === null || i.year <= terms.targetYear),
  );
  const declared = counted.reduce((sum, i) => sum + Math.abs(i.quantity), 0);
  const remaining = latest && target !== null ? target - latest.value : null;
  return {
    target,
    latest,
    gapToTrajectory: latest && judgement.expected !== null ? latest.value - judgement.expected : null,
    remaining,
    declared,
    coverage: remaining !== null && Math.abs(remaining) > 1e-9 ? declared / Math.abs(remaining) : null,
    otherUnits: impacts.filter((i) => !sameUnit(i.unit, indicatorUnit)).length,
  };
}
