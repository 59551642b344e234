import { type CsvProblem, parseCsv, writeCsv } from './csv';

/**
 * The layout of the Territoires en Transitions referentials (libs/assessment/data/referential-eci-structure.csv).
 * The columns Alliance reads are named here; every other column is kept as it came and written back, so
 * that a referential leaves in the layout it arrived in.
 */
export const ECI_COLUMNS = [
  'identifiant',
  'nom',
  'description',
  'contexte',
  'exemples',
  'ressources',
  'points',
  'pourcentage',
  'categorie',
  'reductionPotentiel',
  'perimetreEvaluation',
  'desactivation',
  'desactivationDesc',
  'score',
  'scoreDesc',
  'reduction',
  'reductionDesc',
  'personnalisationQuestions',
  'indicateurs',
  'exprScore',
] as const;

/** Optional column: organisation type codes, separated by `;`, a criterion applies to (empty: all). */
export const ORGANISATION_TYPES_COLUMN = 'typesOrganisation';
/** Optional columns `niveau0`, `niveau1`…: what each maturity level looks like for the criterion. */
const LEVEL_COLUMN = /^niveau(\d+)$/;

const CODE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
const NUMBER = /^\d+([.,]\d+)?$/;

export interface ReferentialRow {
  line: number;
  position: number;
  code: string;
  parentCode: string | null;
  title: string;
  guidance: string | null;
  points: number | null;
  percentage: number | null;
  category: string | null;
  organisationTypes: string[];
  levelDescriptions: Record<string, string>;
  extra: Record<string, string>;
}

export interface ReferentialImport {
  columns: string[];
  rows: ReferentialRow[];
}

export function parentCodeOf(code: string): string | null {
  const dot = code.lastIndexOf('.');
  return dot < 0 ? null : code.slice(0, dot);
}

function parseNumber(raw: string): number | null | 'invalid' {
  const value = raw.trim();
  if (value === '') return null;
  if (!NUMBER.test(value)) return 'invalid';
  return Number(value.replace(',', '.'));
}

/** French spreadsheets write 12,5: keep that, so an exported file reads back the same in both tools. */
export function formatNumber(value: number | null): string {
  if (value === null) return '';
  return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
}

/**
 * Reads and validates a whole referential. Every offending line is reported and nothing is returned
 * for writing unless there is none, so an import is all or nothing.
 */
export function readReferentialCsv(text: string): { import: ReferentialImport } | { problems: CsvProblem[] } {
  const { records, problems } = parseCsv(text);
  const header = records[0];
  if (!header) return { problems: [{ line: 1, message: 'Le fichier est vide : aucune ligne d’en-tête.' }] };
  const columns = header.fields.map((c) => c.trim());
  for (const required of ['identifiant', 'nom']) {
    if (!columns.includes(required)) {
      problems.push({ line: header.line, message: `Colonne « ${required} » absente de l’en-tête.` });
    }
  }
  const duplicateColumns = columns.filter((c, i) => columns.indexOf(c) !== i);
  for (const column of new Set(duplicateColumns)) {
    problems.push({ line: header.line, message: `Colonne « ${column} » présente deux fois dans l’en-tête.` });
  }
  if (problems.length) return { problems };

  const rows: ReferentialRow[] = [];
  const firstLineOf = new Map<string, number>();
  records.slice(1).forEach((record, index) => {
    const at = (column: string) => (record.fields[columns.indexOf(column)] ?? '').trim();
    const rowProblem = (message: string) => problems.push({ line: record.line, message });
    if (record.fields.length !== columns.length) {
      rowProblem(`${record.fields.length} colonnes au lieu des ${columns.length} de l’en-tête.`);
      return;
    }
    const code = at('identifiant');
    if (!CODE.test(code)) {
      rowProblem(
        code === ''
          ? 'Identifiant manquant.'
          : `Identifiant « ${code} » invalide : attendu des segments séparés par des points, comme 1.2.3.`,
      );
      return;
    }
    const seen = firstLineOf.get(code);
    if (seen !== undefined) {
      rowProblem(`Identifiant « ${code} » en double (déjà utilisé ligne ${seen}).`);
      return;
    }
    firstLineOf.set(code, record.line);
    const title = at('nom');
    if (title === '') rowProblem(`Nom manquant pour « ${code} ».`);
    const points = parseNumber(at('points'));
    if (points === 'invalid')
      rowProblem(`Points « ${at('points')} » de « ${code} » : un nombre positif est attendu.`);
    const percentage = parseNumber(at('pourcentage'));
    if (percentage === 'invalid' || (typeof percentage === 'number' && percentage > 100)) {
      rowProblem(
        `Pourcentage « ${at('pourcentage')} » de « ${code} » : un nombre entre 0 et 100 est attendu.`,
      );
    }
    if (typeof points === 'number' && typeof percentage === 'number') {
      rowProblem(`« ${code} » porte à la fois des points et un pourcentage : gardez l’un des deux.`);
    }
    const levelDescriptions: Record<string, string> = {};
    const extra: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = record.fields[i] ?? '';
      const level = LEVEL_COLUMN.exec(column);
      if (level) {
        if (value.trim()) levelDescriptions[level[1] ?? ''] = value.trim();
      } else if (
        ![
          'identifiant',
          'nom',
          'description',
          'points',
          'pourcentage',
          'categorie',
          ORGANISATION_TYPES_COLUMN,
        ].includes(column)
      ) {
        extra[column] = value;
      }
    });
    rows.push({
      line: record.line,
      position: index,
      code,
      parentCode: parentCodeOf(code),
      title,
      guidance: record.fields[columns.indexOf('description')] || null,
      points: typeof points === 'number' ? points : null,
      percentage: typeof percentage === 'number' ? percentage : null,
      category: at('categorie') || null,
      organisationTypes: at(ORGANISATION_TYPES_COLUMN)
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean),
      levelDescriptions,
      extra,
    });
  });
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ line: header.line, message: 'Aucun critère après l’en-tête.' });
  }
  problems.push(...treeProblems(rows));
  if (problems.length) return { problems: problems.sort((a, b) => a.line - b.line) };
  return { import: { columns, rows } };
}

/** Missing parents and children's percentages: the rules that need the whole tree. */
export function treeProblems(rows: readonly ReferentialRow[]): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const codes = new Set(rows.map((r) => r.code));
  const children = new Map<string, ReferentialRow[]>();
  for (const row of rows) {
    if (row.parentCode !== null && !codes.has(row.parentCode)) {
      problems.push({
        line: row.line,
        message: `Parent « ${row.parentCode} » de « ${row.code} » introuvable.`,
      });
    }
    const key = row.parentCode ?? '';
    children.set(key, [...(children.get(key) ?? []), row]);
  }
  for (const [parent, siblings] of children) {
    const weighted = siblings.filter((s) => s.percentage !== null);
    if (weighted.length === 0) continue;
    const sum = Math.round(weighted.reduce((total, s) => total + (s.percentage ?? 0), 0) * 1e6) / 1e6;
    const of = parent ? `des enfants de « ${parent} »` : 'des domaines de premier niveau';
    let message: string | null = null;
    if (sum > 100) message = `Les pourcentages ${of} totalisent ${formatNumber(sum)} % : plus de 100 %.`;
    else if (weighted.length === siblings.length && sum !== 100) {
      message = `Les pourcentages ${of} totalisent ${formatNumber(sum)} % au lieu de 100 %.`;
    }
    if (message) for (const s of weighted) problems.push({ line: s.line, message });
  }
  return problems;
}

/** Writes a referential in the columns it was imported with (the ECI layout for one built here). */
export function writeReferentialCsv(
  columns: readonly string[],
  rows: readonly Omit<ReferentialRow, 'line'>[],
): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const level = LEVEL_COLUMN.exec(column);
      if (level) return row.levelDescriptions[level[1] ?? ''] ?? '';
      switch (column) {
        case 'identifiant':
          return row.code;
        case 'nom':
          return row.title;
        case 'description':
          return row.guidance ?? '';
        case 'points':
          return formatNumber(row.points);
        case 'pourcentage':
          return formatNumber(row.percentage);
        case 'categorie':
          return row.category ?? '';
        case ORGANISATION_TYPES_COLUMN:
          return row.organisationTypes.join(';');
        default:
          return row.extra[column] ?? '';
      }
    }),
  );
  return writeCsv([columns, ...cells]);
}

/** The columns to export: the imported layout, plus the optional ones a row needs and the layout lacks. */
export function exportColumns(
  base: readonly string[],
  rows: readonly Omit<ReferentialRow, 'line'>[],
): string[] {
  const columns = [...base];
  if (!columns.includes(ORGANISATION_TYPES_COLUMN) && rows.some((r) => r.organisationTypes.length)) {
    columns.push(ORGANISATION_TYPES_COLUMN);
  }
  const levels = new Set(rows.flatMap((r) => Object.keys(r.levelDescriptions)));
  for (const level of [...levels].sort((a, b) => Number(a) - Number(b))) {
    if (!columns.includes(`niveau${level}`)) columns.push(`niveau${level}`);
  }
  return columns;
}
