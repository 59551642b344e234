import type { CsvRow } from '@alliance/platform';

/* The year and value fields of an import file, read in place where they are plain. */

function digitsBetween(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A decimal as read. A plain one (« 12 », « -12,5 », « 12.5 ») is left where it is in the file, between `from`
 * and `to`, with its decimal comma at `comma` (or -1); any other form has its text as Postgres reads it.
 */
export interface Decimal {
  value: number;
  text: string | null;
  from: number;
  to: number;
  comma: number;
}

/** Past 15 digits a double no longer holds every integer exactly: such a number is parsed from its text. */
const EXACT_DIGITS = 15;

const COMMA = 44;
export const POINT = 46;
const MINUS = 45;

/**
 * Whether `bytes[from, to)` is a plain decimal, read in one pass without making a string. Its value is the
 * digits' integer divided by a power of ten, which rounds exactly as `Number` does on the same text.
 */
function plainDecimal(bytes: Buffer, from: number, to: number, into: Decimal): boolean {
  const first = bytes[from] === MINUS ? from + 1 : from;
  let mark = -1;
  let digits = 0;
  let fraction = 0;
  for (let at = first; at < to; at += 1) {
    const c = bytes[at] ?? 0;
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + c - 48;
      if (mark >= 0) fraction += 1;
    } else if ((c === COMMA || c === POINT) && mark < 0) mark = at;
    else return false;
  }
  const count = to - first - (mark >= 0 ? 1 : 0);
  if (count === 0 || mark === first || mark === to - 1) return false;
  into.text = null;
  into.from = from;
  into.to = to;
  into.comma = mark >= 0 && bytes[mark] === COMMA ? mark : -1;
  const sign = first > from ? -1 : 1;
  into.value =
    count > EXACT_DIGITS
      ? Number(bytes.toString('latin1', from, to).replace(',', '.'))
      : (sign * digits) / 10 ** fraction;
  return true;
}

/** Field `i` of a row as a decimal (see `decimalText`), read in place when it is plain. */
export function decimalIn(row: CsvRow, i: number, into: Decimal): boolean {
  if (plainDecimal(row.bytes, row.start(i), row.end(i), into)) return true;
  const text = decimalText(row.field(i));
  if (text === null) return false;
  into.text = text;
  into.value = Number(text);
  return true;
}

/** Field `i` of a row as a year (see `parseYear`), read in place when it is four digits. */
export function yearIn(row: CsvRow, i: number): number | null {
  const { bytes } = row;
  const start = row.start(i);
  if (row.end(i) - start === 4) {
    let year = 0;
    for (let at = start; at < start + 4; at += 1) {
      const c = bytes[at] ?? 0;
      if (c < 48 || c > 57) return parseYear(row.field(i));
      year = year * 10 + c - 48;
    }
    return year;
  }
  return parseYear(row.field(i));
}

/**
 * A number written the French way or not, « 1 234,5 », « 1234.5 », « -3 », as the decimal text Postgres reads
 * (« 1234.5 »). Null when it is not one.
 */
export function decimalText(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? s : null;
}

/** A year from « 2020 », « 2020-12-31 », « 31/12/2020 » or « 12/2020 »; null for anything else. */
export function parseYear(raw: string): number | null {
  if (raw.length === 4 && digitsBetween(raw, 0, 4)) return Number(raw);
  const s = raw.trim();
  const match =
    /^(\d{4})$/.exec(s) ??
    /^(\d{4})-\d{2}-\d{2}$/.exec(s) ??
    /^\d{1,2}\/\d{1,2}\/(\d{4})$/.exec(s) ??
    /^\d{1,2}\/(\d{4})$/.exec(s);
  return match ? Number(match[1]) : null;
}

/** A number written the French way or not: « 1 234,5 », « 1234.5 », « -3 ». Null when it is not one. */
export function parseNumber(raw: string): number | null {
  const text = decimalText(raw);
  return text === null ? null : Number(text);
}
