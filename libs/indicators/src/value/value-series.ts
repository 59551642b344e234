import { copyArray, copyField, copyNumbers } from '@alliance/platform';
import type { ValueKind } from './indicator-value.entity';
import { newSeriesId } from './value-id';

/** One value to write, in its scope (indicator, kind, year, sector, organisation). */
export interface ValueWrite {
  indicatorCode: string;
  year: number;
  kind: ValueKind;
  sector: string;
  organisationId: string | null;
  value: number | null;
  computed: boolean;
  missingReason: string | null;
  source: string | null;
  enteredBy: string | null;
}

/**
 * The values of one series (indicator, kind, sector, organisation), year by year. What is the same for every
 * year (computed or not, the source, who entered them) may be given once: an import of 100,000 values then
 * sends a few thousand short lines.
 */
export interface SeriesWrite {
  indicatorCode: string;
  kind: ValueKind;
  sector: string;
  organisationId: string | null;
  years: number[];
  /** Numbers, or decimal texts as read from a file (« 12.5 »). */
  values: (number | string | null)[];
  computed: boolean | boolean[];
  /** Null when no value misses its inputs. */
  missingReasons: (string | null)[] | null;
  sources: string | null | (string | null)[];
  enteredBy: string | null | (string | null)[];
}

/**
 * A stored series' six per-year arrays, expanded: a null array stands for « the series' own value for every
 * year » (its `_all` column), which the merge and removal functions need spelled out.
 */
export function expandedPoints(s: string): string {
  const n = `cardinality(${s}.years)`;
  return `${s}.years, ${s}.vals, indicators.expand(${s}.computed, ${s}.computed_all, ${n}),
    indicators.expand(${s}.reasons, null::text, ${n}), indicators.expand(${s}.sources, ${s}.source_all, ${n}),
    indicators.expand(${s}.entered_by, ${s}.entered_all, ${n})`;
}

/** Columns of the session's staging table, in the order of `seriesLine`. */
export const INCOMING_SERIES_COLUMNS = `part int, id uuid, indicator_code text, kind text, sector text, organisation_id uuid, years int[],
  vals numeric[], computed boolean[], computed_all boolean, reasons text[], sources text[], source_all text,
  entered_by uuid[], entered_all uuid`;

function eachOrAll<T extends string | boolean | null>(value: T | T[]): [string, string] {
  return Array.isArray(value) ? [copyArray(value), '\\N'] : ['\\N', copyField(value)];
}

/** A series as one line of COPY's text format, with the id it takes if its scope has none yet. */
export function seriesLine(s: SeriesWrite, part: number): string {
  return [
    String(part),
    newSeriesId(),
    copyField(s.indicatorCode),
    copyField(s.kind),
    copyField(s.sector),
    copyField(s.organisationId),
    copyNumbers(s.years),
    copyNumbers(s.values),
    ...eachOrAll(s.computed),
    s.missingReasons ? copyArray(s.missingReasons) : '\\N',
    ...eachOrAll(s.sources),
    ...eachOrAll(s.enteredBy),
  ]
    .join('\t')
    .concat('\n');
}

interface Gathered {
  scope: Pick<SeriesWrite, 'indicatorCode' | 'kind' | 'sector' | 'organisationId'>;
  at: Map<number, number>;
  years: number[];
  values: (number | null)[];
  computed: boolean[];
  reasons: (string | null)[];
  sources: (string | null)[];
  enteredBy: (string | null)[];
}

/** Values grouped by series; of two values for the same scope, the later one wins, as it would in the table. */
export function seriesOf(rows: readonly ValueWrite[]): SeriesWrite[] {
  const series = new Map<string, Gathered>();
  for (const r of rows) {
    const key = `${r.indicatorCode}\u0000${r.kind}\u0000${r.sector}\u0000${r.organisationId ?? ''}`;
    let one = series.get(key);
    if (!one) {
      const { indicatorCode, kind, sector, organisationId } = r;
      one = {
        scope: { indicatorCode, kind, sector, organisationId },
        at: new Map(),
        years: [],
        values: [],
        computed: [],
        reasons: [],
        sources: [],
        enteredBy: [],
      };
      series.set(key, one);
    }
    const i = one.at.get(r.year) ?? one.years.length;
    one.at.set(r.year, i);
    one.years[i] = r.year;
    one.values[i] = r.value;
    one.computed[i] = r.computed;
    one.reasons[i] = r.missingReason;
    one.sources[i] = r.source;
    one.enteredBy[i] = r.enteredBy;
  }
  return [...series.values()].map((one) => ({
    ...one.scope,
    years: one.years,
    values: one.values,
    computed: oneOrEach(one.computed),
    missingReasons: one.reasons.some((reason) => reason !== null) ? one.reasons : null,
    sources: oneOrEach(one.sources),
    enteredBy: oneOrEach(one.enteredBy),
  }));
}

/** One value for every year when they all share it (the usual case), else one per year. */
export function oneOrEach<T extends string | boolean | null>(each: T[]): T | T[] {
  const [first] = each;
  return first !== undefined && each.every((one) => one === first) ? first : each;
}
