import { copyArray, copyField, copyNumbers, type CopyText } from '@alliance/platform';
import type { ValueKind } from './indicator-value.entity';
import { writeNewSeriesId } from './value-id';

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

/** What `SeriesPoints` hands its years and values to, one by one. */
export interface PointVisitor {
  year(year: number): void;
  /** A value as a decimal text in ASCII bytes (`bytes[from, to)`, « 1234.5 »). */
  decimal(bytes: Uint8Array, from: number, to: number): void;
}

/**
 * Years and values a series gives one by one rather than as arrays: an import's, read in place from its file.
 * The visitor is an object rather than a callback, so that one of them serves every series.
 */
export interface SeriesPoints {
  /** Visits the years, in order. */
  visitYears(visitor: PointVisitor): void;
  /** Visits the values in the same order. */
  visitDecimals(visitor: PointVisitor): void;
}

/** A series whose years and values come as `SeriesPoints`. */
export interface StreamedSeries extends Omit<SeriesWrite, 'years' | 'values'> {
  points: SeriesPoints;
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

/** Columns of the session's staging table, in the order of `writeSeriesLine`. */
export const INCOMING_SERIES_COLUMNS = `part int, id uuid, indicator_code text, kind text, sector text, organisation_id uuid, years int[],
  vals numeric[], computed boolean[], computed_all boolean, reasons text[], sources text[], source_all text,
  entered_by uuid[], entered_all uuid`;

const TAB = 0x09;
const COMMA = 0x2c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/** A per-year column and its one-for-all twin: one of them is `\N`. */
function eachOrAll<T extends string | boolean | null>(out: CopyText, value: T | T[]): void {
  if (Array.isArray(value)) out.text(copyArray(value)).byte(TAB).text('\\N');
  else out.text('\\N').byte(TAB).text(copyField(value));
}

/** Writes the points it visits as the items of an array literal. */
class ArrayItems implements PointVisitor {
  out: CopyText | null = null;
  private first = true;

  open(out: CopyText): this {
    this.out = out;
    this.first = true;
    out.byte(OPEN);
    return this;
  }

  year(year: number): void {
    this.comma().int(year);
  }

  decimal(bytes: Uint8Array, from: number, to: number): void {
    this.comma().bytes(bytes, from, to);
  }

  close(): void {
    this.out?.byte(CLOSE);
  }

  private comma(): CopyText {
    const out = this.out as CopyText;
    if (!this.first) out.byte(COMMA);
    this.first = false;
    return out;
  }
}

/** One for every series: a line is written in one go, never two at once. */
const items = new ArrayItems();

/** Years and values as two array literals, straight from the points: no array, no string per value. */
function writePoints(out: CopyText, points: SeriesPoints): void {
  points.visitYears(items.open(out));
  items.close();
  out.byte(TAB);
  points.visitDecimals(items.open(out));
  items.close();
}

/** A series as one line of COPY's text format, with the id it takes if its scope has none yet. */
export function writeSeriesLine(out: CopyText, s: SeriesWrite | StreamedSeries, part: number): void {
  out.int(part).byte(TAB);
  writeNewSeriesId(out);
  out.byte(TAB);
  out.text(copyField(s.indicatorCode)).byte(TAB).text(copyField(s.kind)).byte(TAB);
  out.text(copyField(s.sector)).byte(TAB).text(copyField(s.organisationId)).byte(TAB);
  if ('points' in s) writePoints(out, s.points);
  else out.text(copyNumbers(s.years)).byte(TAB).text(copyNumbers(s.values));
  out.byte(TAB);
  eachOrAll(out, s.computed);
  out
    .byte(TAB)
    .text(s.missingReasons ? copyArray(s.missingReasons) : '\\N')
    .byte(TAB);
  eachOrAll(out, s.sources);
  out.byte(TAB);
  eachOrAll(out, s.enteredBy);
  out.endLine();
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
