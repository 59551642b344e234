/** The kinds of objective Clermont's and Brest's plans use. */
export enum ObjectiveKind {
  /** A value to reach at a year (787 kteq CO2 in 2030, 20 ha/year in 2031). */
  ABSOLUTE = 'absolute',
  /** A change against a base year's value (NOx −69 % from 2005 by 2030). */
  RELATIVE = 'relative',
  /** A yearly rate of change from the base year (−3 % a year). */
  RATE = 'rate',
  /** A direction only (« hausse », « baisse », « au moins maintien »). */
  DIRECTION = 'direction',
}

export enum Direction {
  UP = 'up',
  DOWN = 'down',
  /** At least maintained: not down. */
  MAINTAIN = 'maintain',
  /** Down or at least maintained: not up (« diminution ou au moins maintien »). */
  NOT_UP = 'not_up',
}

export enum TrackStatus {
  ON_TRACK = 'on_track',
  OFF_TRACK = 'off_track',
  UNKNOWN = 'unknown',
}

export interface ObjectiveTerms {
  kind: ObjectiveKind;
  baseYear: number | null;
  targetYear: number | null;
  targetValue: number | null;
  changePercent: number | null;
  ratePercent: number | null;
  direction: Direction | null;
}

export interface Point {
  year: number;
  value: number;
}

export interface Judgement {
  status: TrackStatus;
  /** Why the status is what it is, in French, for the portal. */
  reason: string;
  /** The trajectory's value in the latest value's year, when there is one. */
  expected: number | null;
}

/** The base point: the base year's value, or for an absolute target without one, the first value. */
export function basePoint(terms: ObjectiveTerms, series: readonly Point[]): Point | null {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  if (terms.baseYear !== null) return sorted.find((p) => p.year === terms.baseYear) ?? null;
  return terms.kind === ObjectiveKind.ABSOLUTE ? (sorted[0] ?? null) : null;
}

/** The value the objective sets for its target year, from the base value. */
export function targetValue(terms: ObjectiveTerms, base: Point | null): number | null {
  switch (terms.kind) {
    case ObjectiveKind.ABSOLUTE:
      return terms.targetValue;
    case ObjectiveKind.RELATIVE:
      return base && terms.changePercent !== null ? base.value * (1 + terms.changePercent / 100) : null;
    case ObjectiveKind.RATE:
      return base && terms.ratePercent !== null && terms.targetYear !== null
        ? base.value * Math.pow(1 + terms.ratePercent / 100, terms.targetYear - base.year)
        : null;
    case ObjectiveKind.DIRECTION:
      return null;
  }
}

/**
 * The expected value for each year from the base year to the target year: a straight line for absolute and
 * relative targets, compound for a yearly rate. Empty when the base value is not known.
 */
export function trajectory(terms: ObjectiveTerms, series: readonly Point[]): Point[] {
  const base = basePoint(terms, series);
  const target = targetValue(terms, base);
  if (!base || target === null || terms.targetYear === null || terms.targetYear <= base.year) return [];
  const span = terms.targetYear - base.year;
  const points: Point[] = [];
  for (let year = base.year; year <= terms.targetYear; year += 1) {
    const t = year - base.year;
    const value =
      terms.kind === ObjectiveKind.RATE
        ? base.value * Math.pow(1 + (terms.ratePercent ?? 0) / 100, t)
        : base.value + ((target - base.value) * t) / span;
    points.push({ year, value });
  }
  return points;
}

const TOLERANCE = 1e-9;

/** Whether the latest value is on the trajectory's good side, or for a direction, the trend goes the right way. */
export function judge(terms: ObjectiveTerms, series: readonly Point[]): Judgement {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const latest = sorted[sorted.length - 1];
  if (!latest) return { status: TrackStatus.UNKNOWN, reason: 'Aucune valeur observée.', expected: null };
  if (terms.kind === ObjectiveKind.DIRECTION) {
    const previous = sorted[sorted.length - 2];
    if (!previous || !terms.direction) {
      return {
        status: TrackStatus.UNKNOWN,
        reason: 'Il faut au moins deux valeurs pour juger une tendance.',
        expected: null,
      };
    }
    const delta = latest.value - previous.value;
    const good =
      terms.direction === Direction.UP
        ? delta > 0
        : terms.direction === Direction.DOWN
          ? delta < 0
          : terms.direction === Direction.MAINTAIN
            ? delta >= -TOLERANCE
            : delta <= TOLERANCE;
    return {
      status: good ? TrackStatus.ON_TRACK : TrackStatus.OFF_TRACK,
      reason: `Entre ${previous.year} et ${latest.year}, la valeur ${delta > 0 ? 'augmente' : delta < 0 ? 'baisse' : 'est stable'}.`,
      expected: null,
    };
  }
  const points = trajectory(terms, sorted);
  if (points.length === 0) {
    return {
      status: TrackStatus.UNKNOWN,
      reason:
        terms.baseYear !== null
          ? `Pas de valeur pour l’année de référence ${terms.baseYear}.`
          : 'Pas de valeur de référence.',
      expected: null,
    };
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || latest.year <= first.year) {
    return {
      status: TrackStatus.UNKNOWN,
      reason: `Aucune valeur après l’année de référence ${first?.year ?? terms.baseYear}.`,
      expected: null,
    };
  }
  const expected = (points.find((p) => p.year === latest.year) ?? last).value;
  const goingDown = last.value < first.value;
  const good = goingDown ? latest.value <= expected + TOLERANCE : latest.value >= expected - TOLERANCE;
  return {
    status: good ? TrackStatus.ON_TRACK : TrackStatus.OFF_TRACK,
    reason: `En ${latest.year}, valeur ${latest.value} pour ${round(expected)} attendu sur la trajectoire.`,
    expected,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
