import { Direction, judge, ObjectiveKind, type ObjectiveTerms, trajectory, TrackStatus } from './trajectory';
import { whatIsMissing } from './what-is-missing';

const terms = (t: Partial<ObjectiveTerms>): ObjectiveTerms => ({
  kind: ObjectiveKind.ABSOLUTE,
  baseYear: null,
  targetYear: null,
  targetValue: null,
  changePercent: null,
  ratePercent: null,
  direction: null,
  ...t,
});

describe('trajectories', () => {
  // Clermont: NOx −69 % from 2005 by 2030 (PREPA).
  const nox = terms({ kind: ObjectiveKind.RELATIVE, baseYear: 2005, targetYear: 2030, changePercent: -69 });

  it('draws a straight line from the base year’s value to the relative target', () => {
    const points = trajectory(nox, [{ year: 2005, value: 1000 }]);
    expect(points).toHaveLength(26);
    expect(points[0]).toEqual({ year: 2005, value: 1000 });
    expect(points[25]!.value).toBeCloseTo(310);
    expect(points[5]!.value).toBeCloseTo(1000 - 690 / 5);
  });

  it('judges the latest value against the line', () => {
    expect(
      judge(nox, [
        { year: 2005, value: 1000 },
        { year: 2020, value: 500 },
      ]).status,
    ).toBe(TrackStatus.ON_TRACK);
    const behind = judge(nox, [
      { year: 2005, value: 1000 },
      { year: 2020, value: 700 },
    ]);
    expect(behind.status).toBe(TrackStatus.OFF_TRACK);
    expect(behind.expected).toBeCloseTo(586);
  });

  it('cannot judge without the base year’s value, and says so', () => {
    const j = judge(nox, [{ year: 2020, value: 500 }]);
    expect(j).toMatchObject({
      status: TrackStatus.UNKNOWN,
      reason: 'Pas de valeur pour l’année de référence 2005.',
    });
  });

  it('starts an absolute target from the first value when no base year is given (787 kteq in 2030)', () => {
    const ghg = terms({ targetYear: 2030, targetValue: 787 });
    const j = judge(ghg, [
      { year: 2010, value: 1587 },
      { year: 2020, value: 1100 },
    ]);
    expect(j.expected).toBeCloseTo(1187);
    expect(j.status).toBe(TrackStatus.ON_TRACK);
  });

  it('compounds a yearly rate', () => {
    const points = trajectory(
      terms({ kind: ObjectiveKind.RATE, baseYear: 2020, targetYear: 2022, ratePercent: -10 }),
      [{ year: 2020, value: 100 }],
    );
    expect(points.map((p) => Math.round(p.value))).toEqual([100, 90, 81]);
  });

  it('judges a direction-only objective by the trend of the last two values', () => {
    const up = terms({ kind: ObjectiveKind.DIRECTION, direction: Direction.UP });
    expect(
      judge(up, [
        { year: 2019, value: 10 },
        { year: 2021, value: 12 },
      ]).status,
    ).toBe(TrackStatus.ON_TRACK);
    expect(
      judge(up, [
        { year: 2019, value: 10 },
        { year: 2021, value: 9 },
      ]).status,
    ).toBe(TrackStatus.OFF_TRACK);
    const keep = terms({ kind: ObjectiveKind.DIRECTION, direction: Direction.MAINTAIN });
    expect(
      judge(keep, [
        { year: 2019, value: 10 },
        { year: 2021, value: 10 },
      ]).status,
    ).toBe(TrackStatus.ON_TRACK);
    const notUp = terms({ kind: ObjectiveKind.DIRECTION, direction: Direction.NOT_UP });
    const stable = [
      { year: 2019, value: 10 },
      { year: 2021, value: 10 },
    ];
    expect(judge(notUp, stable).status).toBe(TrackStatus.ON_TRACK);
    expect(judge(notUp, [stable[0]!, { year: 2021, value: 11 }]).status).toBe(TrackStatus.OFF_TRACK);
    expect(judge(up, [{ year: 2021, value: 12 }]).status).toBe(TrackStatus.UNKNOWN);
  });
});

describe('what is missing', () => {
  it('sets the declared impacts beside the way left to the target, counting only the indicator’s unit', () => {
    const ghg = terms({ targetYear: 2030, targetValue: 787 });
    const missing = whatIsMissing(
      ghg,
      [
        { year: 2010, value: 1587 },
        { year: 2020, value: 1100 },
      ],
      'kteq CO2',
      [
        { quantity: -100, unit: 'kteq CO2', year: 2025 },
        { quantity: -56.5, unit: 'kteqCO₂', year: 2030 },
        { quantity: -40, unit: 'kteq CO2', year: 2035 },
        { quantity: 3, unit: 'GWh', year: 2025 },
      ],
    );
    expect(missing.remaining).toBeCloseTo(-313);
    expect(missing.declared).toBeCloseTo(156.5);
    expect(missing.coverage).toBeCloseTo(0.5);
    expect(missing.gapToTrajectory).toBeCloseTo(-87);
    expect(missing.otherUnits).toBe(1);
  });
});
