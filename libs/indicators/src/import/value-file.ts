import { type ByteRange, type CsvRow, eachCsvRow } from '@alliance/platform';
import { ValueKind } from '../value/indicator-value.entity';
import type { PointVisitor, SeriesPoints } from '../value/value-series';
import { faultOf, type ValueRules } from '../value/value-rules';
import { PendingValues, type ValueChain } from './pending-values';
import { type Decimal, decimalIn, yearIn } from './value-fields';
import { addYearLine, yearLine } from './year-stretches';

export { decimalText, parseNumber, parseYear } from './value-fields';

/** One fault of an imported file, with the line a spreadsheet shows. */
export interface RowError {
  line: number;
  field: string;
  message: string;
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

const LF = 0x0a;
const CR = 0x0d;

/**
 * The rows a file announces, before it is read: its non-empty lines after the header. For the progress of an
 * import; the reading gives the exact count.
 */
export function announcedRows(bytes: Buffer): number {
  let rows = 0;
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    if (end > start && !(end === start + 1 && bytes[start] === CR)) rows += 1;
    start = end + 1;
  }
  return Math.max(rows - 1, 0);
}

/** A series as the reader follows it through the file. */
interface SeriesState extends ValueChain {
  indicatorCode: string;
  kind: ValueKind;
  sector: string;
  lastYear: number;
  /** Where its years were read: see `addYearLine`. */
  stretches: number[];
}

/**
 * Checked values of one series (indicator, kind, sector), in the file's order: all those read since the previous
 * hand-over, wherever they sit in the file. Its points are read where the reader keeps them: a run is valid
 * during the call it is handed to, not after.
 */
export interface ImportedRun extends SeriesPoints {
  indicatorCode: string;
  kind: ValueKind;
  sector: string;
  /** How many values. */
  size: number;
  /** One per value, or null when the file has no source column. */
  sources: (string | null)[] | null;
}

/**
 * Reads and checks every row against the definitions, collecting every fault rather than stopping at the
 * first, so the territory fixes its file once. Values are handed to `write` series by series when the caller
 * asks (`handOver`, between two pieces of a long file) and at the end, so that they can be on their way to the
 * database while the rest is read. After the first fault nothing more is handed over: the file will be refused
 * as a whole.
 *
 * A file (UTF-8 bytes) may be read whole or in pieces cut at line ends (`csvPieces`), in order.
 */
export class ValueFileReader {
  private separator: string | null = null;
  private index: Record<Column, number> | null = null;
  private nextLine = 1;
  private readonly errors: RowError[] = [];
  /** Every series read, by indicator. */
  private readonly series = new Map<string, SeriesState[]>();
  private readonly codes = new Set<string>();
  private rowCount = 0;
  private valueCount = 0;
  // Files come sorted by indicator, then year or sector: consecutive rows mostly share their definition, their
  // kind, their unit and their series, so these are looked up again only when they change.
  private lastCode: string | null = null;
  private definition: ValueRules | undefined;
  private kindText: string | null = null;
  private kind: ValueKind | undefined;
  private unitText = '';
  private current: SeriesState | undefined;
  private readonly values = new PendingValues();
  private readonly run = new HandedRun(this.values);
  /** The series with values not handed over yet, in the order they came. */
  private pending: SeriesState[] = [];
  /** Reused from row to row. */
  private readonly decimal: Decimal = { value: 0, text: null, from: 0, to: 0, comma: -1 };
  private readonly visit = (row: CsvRow) => this.row(row);

  constructor(
    private readonly definitionOf: (code: string) => ValueRules | undefined,
    private readonly write: (run: ImportedRun) => void,
  ) {}

  /** The values read and not handed over yet. */
  get pendingValues(): number {
    return this.values.count;
  }

  /** Reads the file's next piece (all of it by default). */
  read(bytes: Buffer, piece: ByteRange = { from: 0, to: bytes.length }): void {
    let { from } = piece;
    if (this.separator === null) {
      if (bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf) from += 3;
      const lineEnd = bytes.indexOf(LF, from);
      const headerEnd = lineEnd < 0 || lineEnd > piece.to ? piece.to : lineEnd;
      const semicolon = bytes.indexOf(0x3b, from);
      this.separator = semicolon >= 0 && semicolon < headerEnd ? ';' : ',';
    }
    this.nextLine = eachCsvRow(bytes, this.separator, this.visit, { from, to: piece.to }, this.nextLine);
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
    if (at.unit >= 0 && !row.is(at.unit, this.unitText)) this.unitText = row.field(at.unit);
    const unit = at.unit >= 0 ? this.unitText : '';
    const problem = faultOf(definition, decimal.value, unit || null, year);
    if (problem) {
      const field = problem.field === 'unit' ? 'unite' : problem.field === 'year' ? 'annee' : 'valeur';
      errors.push({ line, field, message: problem.message });
      return;
    }
    let current = this.current;
    if (
      !current ||
      current.indicatorCode !== code ||
      current.kind !== kind ||
      !row.is(at.sector, current.sector)
    ) {
      current = this.seriesOf(code, kind, row, at.sector);
      this.current = current;
    }
    // Years mostly come in order: a year after the series' latest one cannot repeat an earlier row.
    const earlier = year > current.lastYear ? 0 : yearLine(current.stretches, year);
    if (earlier > 0) {
      const message = `Même indicateur, année, type et secteur qu’à la ligne ${earlier}.`;
      errors.push({ line, field: 'code', message });
      return;
    }
    addYearLine(current.stretches, year, line);
    if (year > current.lastYear) current.lastYear = year;
    if (errors.length > 0) return;
    if (current.size === 0) this.pending.push(current);
    this.values.add(current, year, decimal, row.bytes);
    if (at.source >= 0) this.values.sources.push(row.field(at.source) || null);
  }

  /** The series of the row's sector (field `sector`), among the indicator's few, compared in place. */
  private seriesOf(indicatorCode: string, kind: ValueKind, row: CsvRow, sector: number): SeriesState {
    let ofCode = this.series.get(indicatorCode);
    if (!ofCode) {
      ofCode = [];
      this.series.set(indicatorCode, ofCode);
    }
    for (const one of ofCode) if (one.kind === kind && row.is(sector, one.sector)) return one;
    const added: SeriesState = {
      indicatorCode,
      kind,
      sector: row.field(sector),
      lastYear: 0,
      stretches: [],
      head: -1,
      tail: -1,
      size: 0,
    };
    ofCode.push(added);
    return added;
  }

  /**
   * Hands over the values read since the last time, one run per series: a file read in pieces has each piece's
   * values sent while the next is read, however its rows are ordered (by year, by indicator…).
   */
  handOver(): void {
    const { values, run } = this;
    const withSources = this.index !== null && this.index.source >= 0;
    for (const series of this.pending) {
      if (this.errors.length === 0) {
        run.indicatorCode = series.indicatorCode;
        run.kind = series.kind;
        run.sector = series.sector;
        run.size = series.size;
        run.head = series.head;
        run.sources = withSources ? values.sourcesFrom(series.head) : null;
        this.write(run);
        this.valueCount += series.size;
        this.codes.add(series.indicatorCode);
      }
      series.head = -1;
      series.tail = -1;
      series.size = 0;
    }
    this.pending = [];
    values.clear();
  }
}

/** The run `handOver` hands over: one object, pointed at each series in turn. */
class HandedRun implements ImportedRun {
  indicatorCode = '';
  kind = ValueKind.OBSERVED;
  sector = '';
  size = 0;
  sources: (string | null)[] | null = null;
  /** The series' first value in `values`. */
  head = -1;

  constructor(private readonly values: PendingValues) {}

  visitYears(visitor: PointVisitor): void {
    const { values } = this;
    for (let at = this.head; at >= 0; at = values.next[at] ?? -1) visitor.year(values.years[at] ?? 0);
  }

  visitDecimals(visitor: PointVisitor): void {
    const { values } = this;
    for (let at = this.head; at >= 0; at = values.next[at] ?? -1) {
      visitor.decimal(values.decimals, values.decimalStart(at), values.ends[at] ?? 0);
    }
  }
}

/** Reads a whole file (UTF-8 bytes, or a text): see `ValueFileReader`. */
export function readValueFile(
  file: Buffer | string,
  definitionOf: (code: string) => ValueRules | undefined,
  write: (run: ImportedRun) => void,
): ValueFileReport {
  const reader = new ValueFileReader(definitionOf, write);
  reader.read(typeof file === 'string' ? Buffer.from(file, 'utf8') : file);
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
