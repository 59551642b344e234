import { parseCsv } from '@alliance/platform';
import type { Definition } from '../indicator/definition';
import { ValueKind } from '../value/indicator-value.entity';
import { valueFault } from '../value/value-rules';

/** One fault of an imported file, with the line a spreadsheet shows. */
export interface RowError {
  line: number;
  field: string;
  message: string;
}

export interface ImportedValue {
  line: number;
  indicatorCode: string;
  year: number;
  kind: ValueKind;
  value: number;
  unit: string | null;
  sector: string;
  source: string | null;
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

/** A year from « 2020 », « 2020-12-31 », « 31/12/2020 » or « 12/2020 »; null for anything else. */
export function parseYear(raw: string): number | null {
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
  const s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * Reads and checks every row against the definitions, collecting every fault rather than stopping at the
 * first, so the territory fixes its file once.
 */
export function readValueFile(
  text: string,
  definitionOf: (code: string) => Definition | undefined,
): { rows: ImportedValue[]; errors: RowError[] } {
  const separator = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''), separator);
  const errors: RowError[] = [];
  if (!header) return { rows: [], errors: [{ line: 1, field: 'fichier', message: 'Le fichier est vide.' }] };
  const names = header.fields.map((h) => h.trim().toLowerCase());
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
  if (errors.length > 0) return { rows: [], errors };
  const rows: ImportedValue[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    const cell = (column: Column) => (index[column] >= 0 ? (fields[index[column]] ?? '').trim() : '');
    const fault = (field: string, message: string) => errors.push({ line, field, message });
    const code = cell('indicatorCode');
    const definition = definitionOf(code);
    if (!definition) {
      fault('code', code ? `Indicateur inconnu ou non suivi : « ${code} ».` : 'Code d’indicateur manquant.');
      continue;
    }
    const year = parseYear(cell('year'));
    if (year === null) {
      fault('annee', `Date « ${cell('year')} » non reconnue : écrivez 2020, 2020-12-31 ou 31/12/2020.`);
      continue;
    }
    const value = parseNumber(cell('value'));
    if (value === null) {
      fault('valeur', `Valeur « ${cell('value')} » : ce n’est pas un nombre.`);
      continue;
    }
    const rawKind = cell('kind').toLowerCase();
    const kind = rawKind ? KINDS[rawKind] : ValueKind.OBSERVED;
    if (!kind) {
      fault('type', `Type « ${cell('kind')} » inconnu : observé, estimé ou cible.`);
      continue;
    }
    const unit = cell('unit') || null;
    const problem = valueFault(definition, { value, unit, year });
    if (problem) {
      fault(
        problem.field === 'unit' ? 'unite' : problem.field === 'year' ? 'annee' : 'valeur',
        problem.message,
      );
      continue;
    }
    const sector = cell('sector');
    const key = `${code}|${year}|${kind}|${sector}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fault('code', `Même indicateur, année, type et secteur qu’à la ligne ${earlier}.`);
      continue;
    }
    seen.set(key, line);
    rows.push({ line, indicatorCode: code, year, kind, value, unit, sector, source: cell('source') || null });
  }
  return { rows, errors };
}
