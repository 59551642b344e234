import { eachCsvRecord } from '@alliance/platform';
import { ValueKind } from '../value/indicator-value.entity';
import { valueFault, type ValueRules } from '../value/value-rules';

/** One fault of an imported file, with the line a spreadsheet shows. */
export interface RowError {
  line: number;
  field: string;
  message: string;
}

/** The checked values of one series of the file (indicator, kind, sector), in the file's order. */
export interface ImportedSeries {
  indicatorCode: string;
  kind: ValueKind;
  sector: string;
  years: number[];
  /** The values as decimal texts (« 1234.5 »), written as read rather than through a float's formatting. */
  decimals: string[];
  sources: (string | null)[];
  /** The line of each value, to name the first one when a later row repeats it. */
  lines: number[];
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

/** « 12 », « -12,5 », « 12.5 »: the forms of nearly every row, read without regular expressions. */
function plainDecimal(raw: string): string | null {
  const from = raw.charCodeAt(0) === 45 ? 1 : 0;
  let mark = raw.indexOf(',');
  if (mark < 0) mark = raw.indexOf('.');
  if (mark < 0) return digitsBetween(raw, from, raw.length) ? raw : null;
  if (!digitsBetween(raw, from, mark) || !digitsBetween(raw, mark + 1, raw.length)) return null;
  return raw.charCodeAt(mark) === 44 ? `${raw.slice(0, mark)}.${raw.slice(mark + 1)}` : raw;
}

/**
 * A number written the French way or not, « 1 234,5 », « 1234.5 », « -3 », as the decimal text Postgres reads
 * (« 1234.5 »). Null when it is not one.
 */
export function decimalText(raw: string): string | null {
  const plain = plainDecimal(raw);
  if (plain !== null) return plain;
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
 * Reads and checks every row against the definitions, collecting every fault rather than stopping at the
 * first, so the territory fixes its file once. Values come out grouped by series, as they are stored.
 */
export function readValueFile(
  text: string,
  definitionOf: (code: string) => ValueRules | undefined,
): { series: ImportedSeries[]; rowCount: number; errors: RowError[] } {
  const body = text.replace(/^\uFEFF/, '');
  const headerEnd = body.indexOf('\n');
  const separator = body.slice(0, headerEnd < 0 ? body.length : headerEnd).includes(';') ? ';' : ',';
  const errors: RowError[] = [];
  const series = new Map<string, ImportedSeries & { lastYear: number }>();
  let index: Record<Column, number> | null = null;
  let rowCount = -1;
  // Files come sorted by indicator, then year or sector: consecutive rows mostly share their definition and
  // their series, so both are looked up again only when they change.
  let lastCode: string | null = null;
  let definition: ValueRules | undefined;
  let current: (ImportedSeries & { lastYear: number }) | undefined;
  eachCsvRecord(body, separator, (line, fields) => {
    rowCount += 1;
    if (!index) {
      index = headerIndex(fields, errors);
      return;
    }
    if (errors[0]?.line === 1) return;
    const at = index;
    const cell = (i: number) => (i >= 0 ? (fields[i] ?? '').trim() : '');
    const code = cell(at.indicatorCode);
    if (code !== lastCode) {
      lastCode = code;
      definition = definitionOf(code);
    }
    if (!definition) {
      const message = code ? `Indicateur inconnu ou non suivi : « ${code} ».` : 'Code d’indicateur manquant.';
      errors.push({ line, field: 'code', message });
      return;
    }
    const rawYear = cell(at.year);
    const year = parseYear(rawYear);
    if (year === null) {
      const message = `Date « ${rawYear} » non reconnue : écrivez 2020, 2020-12-31 ou 31/12/2020.`;
      errors.push({ line, field: 'annee', message });
      return;
    }
    const rawValue = cell(at.value);
    const decimal = decimalText(rawValue);
    if (decimal === null) {
      errors.push({ line, field: 'valeur', message: `Valeur « ${rawValue} » : ce n’est pas un nombre.` });
      return;
    }
    const rawKind = cell(at.kind);
    const kind = rawKind ? KINDS[rawKind.toLowerCase()] : ValueKind.OBSERVED;
    if (!kind) {
      errors.push({
        line,
        field: 'type',
        message: `Type « ${rawKind} » inconnu : observé, estimé ou cible.`,
      });
      return;
    }
    const value = Number(decimal);
    const unit = cell(at.unit);
    const problem = valueFault(definition, { value, unit: unit || null, year });
    if (problem) {
      const field = problem.field === 'unit' ? 'unite' : problem.field === 'year' ? 'annee' : 'valeur';
      errors.push({ line, field, message: problem.message });
      return;
    }
    const sector = cell(at.sector);
    if (!current || current.indicatorCode !== code || current.kind !== kind || current.sector !== sector) {
      const key = `${code}\u0000${kind}\u0000${sector}`;
      current = series.get(key);
      if (!current) {
        current = {
          indicatorCode: code,
          kind,
          sector,
          years: [],
          decimals: [],
          sources: [],
          lines: [],
          lastYear: 0,
        };
        series.set(key, current);
      }
    }
    // Years mostly come in order: a year after the series' latest one cannot repeat an earlier row.
    const earlier = year > current.lastYear ? -1 : current.years.indexOf(year);
    if (earlier >= 0) {
      const message = `Même indicateur, année, type et secteur qu’à la ligne ${current.lines[earlier]}.`;
      errors.push({ line, field: 'code', message });
      return;
    }
    current.years.push(year);
    current.decimals.push(decimal);
    current.sources.push(cell(at.source) || null);
    current.lines.push(line);
    if (year > current.lastYear) current.lastYear = year;
  });
  if (!index) {
    return {
      series: [],
      rowCount: 0,
      errors: [{ line: 1, field: 'fichier', message: 'Le fichier est vide.' }],
    };
  }
  if (errors.length > 0) return { series: [], rowCount: Math.max(rowCount, 0), errors };
  const read = [...series.values()].map(({ lastYear: _, ...one }) => one);
  return { series: read, rowCount: Math.max(rowCount, 0), errors };
}

/** Where each column is, from the header; a missing required column is a fault of line 1. */
function headerIndex(fields: string[], errors: RowError[]): Record<Column, number> {
  const names = fields.map((h) => h.trim().toLowerCase());
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
