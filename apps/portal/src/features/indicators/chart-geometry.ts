// The geometry of an indicator's chart, kept apart from React so that it can be tested as plain numbers.

export interface Point {
  year: number;
  value: number;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room left for the axes' labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

export interface ChartGeometry {
  x: (year: number) => number;
  y: (value: number) => number;
  yearTicks: number[];
  valueTicks: number[];
  /** The `points` attribute of an SVG polyline through the series, in year order. */
  line: (points: readonly Point[]) => string;
}

/** Scales every series into one box: years on x, values on y from zero (or below it) to a round maximum. */
export function chartGeometry(series: readonly (readonly Point[])[], box: ChartBox): ChartGeometry | null {
  const all = series.flat();
  if (all.length === 0) return null;
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const valueTicks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = valueTicks[0];
  const high = valueTicks[valueTicks.length - 1];
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (year: number) =>
    box.left +
    (lastYear === firstYear ? plotWidth / 2 : ((year - firstYear) / (lastYear - firstYear)) * plotWidth);
  const y = (value: number) =>
    box.top + plotHeight - (high === low ? 0 : ((value - low) / (high - low)) * plotHeight);
  return {
    x,
    y,
    yearTicks: yearTicks(firstYear, lastYear),
    valueTicks,
    line: (points) =>
      [...points]
        .sort((a, b) => a.year - b.year)
        .map((p) => `${round(x(p.year))},${round(y(p.value))}`)
        .join(' '),
  };
}

/** At most seven round steps (1, 2 or 5 times a power of ten) covering [low, high]. */
export function niceTicks(low: number, high: number): number[] {
  if (low === high) return high === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high)];
  const raw = (high - low) / 7;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick < high + step; tick += step) {
    ticks.push(round(tick));
    if (tick >= high) break;
  }
  return ticks;
}

/** At most about eight years labelled, every one when the span is short. */
function yearTicks(first: number, last: number): number[] {
  const step = Math.max(1, Math.ceil((last - first) / 8));
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  if (ticks[ticks.length - 1] !== last) ticks.push(last);
  return ticks;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
