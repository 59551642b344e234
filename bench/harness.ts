/**
 * A benchmark case compares two variants, A and B, of the same work on this machine. Absolute numbers vary
 * from one machine (and one minute) to the next; the ratio of A to B, measured in interleaved rounds, is what
 * a case reports and what a change is judged on.
 */

export interface Metric {
  key: string;
  label: string;
  unit: string;
}

export interface Variant {
  label: string;
  /** One round: returns a value for each of the case's metrics. */
  measure(): Promise<Record<string, number>>;
}

export interface PreparedCase {
  a: Variant;
  b: Variant;
  /** Run once before the first round, e.g. to open connections and warm the JIT on both sides. */
  warmUp?(): Promise<void>;
  teardown(): Promise<void>;
  /** Anything the reader needs to interpret the numbers (which subgraph, which query). */
  notes?: string[];
}

export interface BenchCase {
  name: string;
  /** One sentence: what A and B are. */
  summary: string;
  /** How the ratio reads, e.g. "gateway/subgraph". */
  ratioName: string;
  metrics: Metric[];
  rounds: number;
  prepare(): Promise<PreparedCase>;
}

export interface CaseResult {
  name: string;
  medians: Record<string, { a: number; b: number; ratio: number; ratioRange: [number, number] }>;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/**
 * Rounds alternate which variant goes first, so that a slow drift of the machine (thermal, another process)
 * weighs on both sides alike.
 */
export async function runCase(
  benchCase: BenchCase,
  log: (line: string) => void = console.log,
): Promise<CaseResult> {
  log(`\n▶ ${benchCase.name}: ${benchCase.summary}`);
  const prepared = await benchCase.prepare();
  try {
    for (const note of prepared.notes ?? []) log(`  ${note}`);
    log(`  A = ${prepared.a.label}; B = ${prepared.b.label}; ${benchCase.rounds} interleaved rounds`);
    if (prepared.warmUp) await prepared.warmUp();
    const samples: { a: Record<string, number>[]; b: Record<string, number>[] } = { a: [], b: [] };
    for (let round = 0; round < benchCase.rounds; round++) {
      const order: ('a' | 'b')[] = round % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      for (const side of order) samples[side].push(await prepared[side].measure());
      const last = (side: 'a' | 'b') => samples[side][samples[side].length - 1];
      const ratios = benchCase.metrics.map((m) => `${m.key} ${format(last('a')[m.key] / last('b')[m.key])}`);
      log(`  round ${round + 1}/${benchCase.rounds}: ${benchCase.ratioName} ${ratios.join(', ')}`);
    }

    const result: CaseResult = { name: benchCase.name, medians: {} };
    log('');
    log(
      `  ${pad('metric', 16)}${pad('A median', 14)}${pad('B median', 14)}${pad('ratio A/B', 12)}ratio range over rounds`,
    );
    for (const metric of benchCase.metrics) {
      const a = median(samples.a.map((s) => s[metric.key]));
      const b = median(samples.b.map((s) => s[metric.key]));
      const perRound = samples.a.map((s, i) => s[metric.key] / samples.b[i][metric.key]);
      const ratioRange: [number, number] = [Math.min(...perRound), Math.max(...perRound)];
      result.medians[metric.key] = { a, b, ratio: a / b, ratioRange };
      log(
        `  ${pad(metric.label, 16)}${pad(`${format(a)} ${metric.unit}`, 14)}${pad(`${format(b)} ${metric.unit}`, 14)}` +
          `${pad(format(a / b), 12)}${format(ratioRange[0])}–${format(ratioRange[1])}`,
      );
    }
    log('');
    for (const metric of benchCase.metrics) {
      log(`  ${benchCase.ratioName} ${metric.key} ratio: ${format(result.medians[metric.key].ratio)}`);
    }
    return result;
  } finally {
    await prepared.teardown();
  }
}
