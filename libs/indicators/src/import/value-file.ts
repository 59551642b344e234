import { type CsvRow, eachCsvRow } from '@alliance/platform';
import { ValueKind } from '../value/indicator-value.entity';
import { valueFault, type ValueRules } from '../value/value-rules';

/** One fault of an imported file, with the line a spreadsheet shows. */
export interface RowError {
  line: number;
  field: string;
  message: string;
}

/**
 * Checked values of one series (indicator, kind, sector), in the file's order: all those read since the previous
 * hand-over, wherever they sit in the file.
 */
export interface ImportedRun {
  indicatorCode: string;
  kind: ValueKind;
  sector: string;
  years: number[];
  /** The values as decimal texts (« 1234.5 »), written as read rather than through a float's formatting. */
  decimals: string[];
  sources: (string | null)[];
}

/** What reading a file found, besides its runs. */
export interface ValueFileReport {
  rowCount: number;
  /** The values the runs hold. */
  valueCount: number;
  /** The indicators they are values of. */
  codes: string[];
  errors: RowError[];
}

/** A series as the reader follows it: every year and line seen, and the values not yet handed over. */
interface SeriesState {
  run: ImportedRun;
  years: number[];
  lines: number[];
  lastYear: number;
}

/** The columns of an import file, with the French headers a territory's spreadsheet uses. */
const COLUMNS = {
  indicatorCode: ['code', 'indicateur', 'identifiant'],
  year: ['annee', 'année', 'date', 'periode', 'période', 'year'],
  value: ['valeur', 'value'],
  kind: ['type', 'nature', 'kind'],
  unit: ['unite', 'unité', 'unit'],
  sector: ['secteur', 'sector'],
  source: ['source'],
} as const;
type Column = keyof typeof COLUMNS;

const KINDS: Record<string, ValueKind> = {
  observé: ValueKind.OBSERVED,
  observe: ValueKind.OBSERVED,
  réel: ValueKind.OBSERVED,
  reel: ValueKind.OBSERVED,
  observed: ValueKind.OBSERVED,
  estimé: ValueKind.ESTIMATED,
  estime: ValueKind.ESTIMATED,
  estimated: ValueKind.ESTIMATED,
  cible: ValueKind.TARGET,
  objectif: ValueKind.TARGET,
  target: ValueKind.TARGET,
};

/**
 * Decodes the file's bytes as UTF-8 and refuses anything else: a Latin-1 or Windows-1252 export would
 * otherwise import « Ã© » for « é » without a word. A byte-order mark is allowed and dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new EncodingError(
      `Le fichier n’est pas encodé en UTF-8 (octet invalide ligne ${lineOfFirstInvalidByte(bytes)}) : enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau.`,
    );
  }
}

/** The line of the first byte that is not valid UTF-8: chunk by chunk, then byte by byte in the bad chunk. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const CHUNK = 65_536;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (; start < bytes.length; start += CHUNK) {
    try {
      decoder.decode(bytes.subarray(start, start + CHUNK), { stream: true });
    } catch {
      break;
    }
  }
  const probe = new TextDecoder('utf-8', { fatal: true });
  let end = start;
  for (; end < Math.min(bytes.length, start + CHUNK); end += 1) {
    try {
      probe.decode(bytes.subarray(end, end + 1), { stream: true });
    } catch {
      break;
    }
  }
  let line = 1;
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

export class EncodingError extends Error {}

function digitsBetween(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A decimal as read: its text as Postgres reads it (« 1234.5 ») and its value. */
interface Decimal {
  text: string;
  value: number;
}

/** Past 15 digits a double no longer holds every integer exactly: such a number is parsed from its text. */
const EXACT_DIGITS = 15;

/**
 * « 12 », « -12,5 », « 12.5 » between `from` and `to`, the forms of nearly every row, read in one pass without
 * making a string but the decimal text. The value is the digits' integer divided by a power of ten, which
 * rounds exactly as `Number` does on the same text. False for any other form.
 */
function plainDecimal(text: string, from: number, to: number, into: Decimal): boolean {
  const first = text.charCodeAt(from) === 45 ? from + 1 : from;
  let mark = -1;
  let digits = 0;
  let fraction = 0;
  for (let at = first; at < to; at += 1) {
    const c = text.charCodeAt(at);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + c - 48;
      if (mark >= 0) fraction += 1;
    } else if ((c === 44 || c === 46) && mark < 0) mark = at;
    else return false;
  }
  if (to - first - (mark >= 0 ? 1 : 0) === 0 || mark === first || mark === to - 1) return false;
  into.text =
    mark >= 0 && text.charCodeAt(mark) === 44
      ? `${text.slice(from, mark)}.${text.slice(mark + 1, to)}`
      : text.slice(from, to);
  const sign = first > from ? -1 : 1;
  into.value =
    to - first - (mark >= 0 ? 1 : 0) > EXACT_DIGITS ? Number(into.text) : (sign * digits) / 10 ** fraction;
  return true;
}

/** Field `i` of a row as a decimal (see `decimalText`), read in place when it is plain. */
function decimalIn(row: CsvRow, i: number, into: Decimal): boolean {
  if (plainDecimal(row.text, row.start(i), row.end(i), into)) return true;
  const text = decimalText(row.field(i));
  if (text === null) return false;
  into.text = text;
  into.value = Number(text);
  return true;
}

/** Field `i` of a row as a year (see `parseYear`), read in place when it is four digits. */
function yearIn(row: CsvRow, i: number): number | null {
  const { text } = row;
  const start = row.start(i);
  if (row.end(i) - start === 4 && digitsBetween(text, start, start + 4)) {
    let year = 0;
    for (let at = start; at < start + 4; at += 1) year = year * 10 + text.charCodeAt(at) - 48;
    return year;
  }
  return parseYear(row.field(i));
}

/**
 * A number written the French way or not, « 1 234,5 », « 1234.5 », « -3 », as the decimal text Postgres reads
 * (« 1234.5 »). Null when it is not one.
 */
export function decimalText(raw: string): string | null {
  const plain = { text: '', value: 0 };
  if (plainDecimal(raw, 0, raw.length, plain)) return plain.text;
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

/**
 * The rows a file announces, before it is read: its non-empty lines after the header. For the progress of an
 * import; the reading gives the exact count.
 */
export function announcedRows(text: string): number {
  let rows = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && !(end === start + 1 && text.charCodeAt(start) === 13)) rows += 1;
    start = end + 1;
  }
  return Math.max(rows - 1, 0);
}

/**
 * Reads and checks every row against the definitions, collecting every fault rather than stopping at the
 * first, so the territory fixes its file once. Values are handed to `write` series by series when the caller
 * asks (`handOver`, between two pieces of a long file) and at the end, so that they can be on their way to the
 * database while the rest is read. After the first fault nothing more is handed over: the file will be refused
 * as a whole.
 *
 * A file may be given whole or in pieces cut at line ends (`csvPieces`), the first one holding the header.
 */
export class ValueFileReader {
  private separator: string | null = null;
  private index: Record<Column, number> | null = null;
  private readonly errors: RowError[] = [];
  private readonly series = new Map<string, SeriesState>();
  private readonly codes = new Set<string>();
  private rowCount = 0;
  private valueCount = 0;
  // Files come sorted by indicator, then year or sector: consecutive rows mostly share their definition, their
  // kind and their series, so these are looked up again only when they change.
  private lastCode: string | null = null;
  private definition: ValueRules | undefined;
  private kindText: string | null = null;
  private kind: ValueKind | undefined;
  private current: SeriesState | undefined;
  /** The series with values not handed over yet. */
  private pending: SeriesState[] = [];
  /** Reused from row to row. */
  private readonly decimal: Decimal = { text: '', value: 0 };

  constructor(
    private readonly definitionOf: (code: string) => ValueRules | undefined,
    private readonly write: (run: ImportedRun) => void,
  ) {}

  /** Reads the file's next piece; `firstLine` is the number of its first line in the whole file. */
  read(text: string, firstLine = 1): void {
    let piece = text;
    if (this.separator === null) {
      piece = text.replace(/^\uFEFF/, '');
      const headerEnd = piece.indexOf('\n');
      this.separator = piece.slice(0, headerEnd < 0 ? piece.length : headerEnd).includes(';') ? ';' : ',';
    }
    eachCsvRow(piece, this.separator, (row) => this.row(row), firstLine);
  }

  /** Ends the reading: hands over the last run and says what was read. */
  finish(): ValueFileReport {
    this.handOver();
    if (!this.index) {
      const errors = [{ line: 1, field: 'fichier', message: 'Le fichier est vide.' }];
      return { rowCount: 0, valueCount: 0, codes: [], errors };
    }
    const { rowCount, valueCount, errors } = this;
    return { rowCount, valueCount, codes: [...this.codes], errors };
  }

  private row(row: CsvRow): void {
    const line = row.line;
    if (!this.index) {
      this.index = headerIndex(row, this.errors);
      return;
    }
    this.rowCount += 1;
    const { errors } = this;
    if (errors[0]?.line === 1) return;
    const at = this.index;
    if (this.lastCode === null || !row.is(at.indicatorCode, this.lastCode)) {
      this.lastCode = row.field(at.indicatorCode);
      this.definition = this.definitionOf(this.lastCode);
    }
    const code = this.lastCode;
    const definition = this.definition;
    if (!definition) {
      const message = code ? `Indicateur inconnu ou non suivi : « ${code} ».` : 'Code d’indicateur manquant.';
      errors.push({ line, field: 'code', message });
      return;
    }
    const year = yearIn(row, at.year);
    if (year === null) {
      const message = `Date « ${row.field(at.year)} » non reconnue : écrivez 2020, 2020-12-31 ou 31/12/2020.`;
      errors.push({ line, field: 'annee', message });
      return;
    }
    const decimal = this.decimal;
    if (!decimalIn(row, at.value, decimal)) {
      const message = `Valeur « ${row.field(at.value)} » : ce n’est pas un nombre.`;
      errors.push({ line, field: 'valeur', message });
      return;
    }
    if (this.kindText === null || !row.is(at.kind, this.kindText)) {
      this.kindText = row.field(at.kind);
      this.kind = this.kindText ? KINDS[this.kindText.toLowerCase()] : ValueKind.OBSERVED;
    }
    const kind = this.kind;
    if (!kind) {
      const message = `Type « ${this.kindText} » inconnu : observé, estimé ou cible.`;
      errors.push({ line, field: 'type', message });
      return;
    }
    const unit = at.unit >= 0 ? row.field(at.unit) : '';
    const problem = valueFault(definition, { value: decimal.value, unit: unit || null, year });
    if (problem) {
      const field = problem.field === 'unit' ? 'unite' : problem.field === 'year' ? 'annee' : 'valeur';
      errors.push({ line, field, message: problem.message });
      return;
    }
    let current = this.current;
    if (
      !current ||
      current.run.indicatorCode !== code ||
      current.run.kind !== kind ||
      !row.is(at.sector, current.run.sector)
    ) {
      current = this.seriesOf(code, kind, row.field(at.sector));
      this.current = current;
    }
    // Years mostly come in order: a year after the series' latest one cannot repeat an earlier row.
    const earlier = year > current.lastYear ? -1 : current.years.indexOf(year);
    if (earlier >= 0) {
      const message = `Même indicateur, année, type et secteur qu’à la ligne ${current.lines[earlier]}.`;
      errors.push({ line, field: 'code', message });
      return;
    }
    current.years.push(year);
    current.lines.push(line);
    if (year > current.lastYear) current.lastYear = year;
    if (errors.length > 0) return;
    if (current.run.years.length === 0) this.pending.push(current);
    current.run.years.push(year);
    current.run.decimals.push(decimal.text);
    current.run.sources.push(at.source >= 0 ? row.field(at.source) || null : null);
  }

  private seriesOf(indicatorCode: string, kind: ValueKind, sector: string): SeriesState {
    const key = `${indicatorCode}\u0000${kind}\u0000${sector}`;
    let found = this.series.get(key);
    if (!found) {
      const run = { indicatorCode, kind, sector, years: [], decimals: [], sources: [] };
      found = { run, years: [], lines: [], lastYear: 0 };
      this.series.set(key, found);
    }
    return found;
  }

  /**
   * Hands over the values read since the last time, one run per series: a file read in pieces has each piece's
   * values sent while the next is read, however its rows are ordered (by year, by indicator…).
   */
  handOver(): void {
    for (const series of this.pending) {
      const { run } = series;
      if (this.errors.length === 0) {
        this.write(run);
        this.valueCount += run.years.length;
        this.codes.add(run.indicatorCode);
      }
      series.run = { ...run, years: [], decimals: [], sources: [] };
    }
    this.pending = [];
  }
}

/** Reads a whole file: see `ValueFileReader`. */
export function readValueFile(
  text: string,
  definitionOf: (code: string) => ValueRules | undefined,
  write: (run: ImportedRun) => void,
): ValueFileReport {
  const reader = new ValueFileReader(definitionOf, write);
  reader.read(text);
  return reader.finish();
}

/** Where each column is, from the header; a missing required column is a fault of line 1. */
function headerIndex(header: CsvRow, errors: RowError[]): Record<Column, number> {
  const names = Array.from({ length: header.count }, (_, i) => header.field(i).toLowerCase());
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
  }
  for (const required of ['indicatorCode', 'year', 'value'] as const) {
    if (index[required] < 0) {
      errors.push({
        line: 1,
        field: COLUMNS[required][0],
        message: `Colonne « ${COLUMNS[required][0]} » absente de l’en-tête (colonnes lues : ${names.join(', ')}).`,
      });
    }
  }
  return index;
}
