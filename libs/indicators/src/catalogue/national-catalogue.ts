import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '@alliance/platform';

/** The national catalogue (Territoires en Transitions, MIT: see data/LICENSE-territoires-en-transitions.txt). */
export const NATIONAL_CATALOGUE_PATH = resolve(
  __dirname,
  '..',
  '..',
  'data',
  'national-indicator-catalogue.csv',
);

export interface CatalogueDefinition {
  code: string;
  title: string;
  shortTitle: string | null;
  unit: string;
  parents: string[];
  themes: string[];
  categories: string[];
  precision: number | null;
  minimum: number | null;
  maximum: number | null;
  formula: string | null;
  description: string | null;
}

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const numberOrNull = (raw: string | undefined) => (raw && raw.trim() !== '' ? Number(raw) : null);

export function readNationalCatalogue(path = NATIONAL_CATALOGUE_PATH): CatalogueDefinition[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) throw new Error(`The national catalogue ${path} is empty.`);
  const col = (name: string) => {
    const index = header.fields.indexOf(name);
    if (index < 0) throw new Error(`The national catalogue has no column ${name}.`);
    return index;
  };
  const c = {
    code: col('identifiantReferentiel'),
    title: col('titre'),
    unit: col('unite'),
    shortTitle: col('titreCourt'),
    parents: col('parents'),
    categories: col('categories'),
    themes: col('thematiques'),
    formula: col('valeurCalcule'),
    min: col('borneMin'),
    max: col('borneMax'),
    precision: col('precision'),
    description: col('description'),
  };
  return rows.map(({ fields: f }) => ({
    code: (f[c.code] ?? '').trim(),
    title: (f[c.title] ?? '').trim(),
    shortTitle: f[c.shortTitle]?.trim() || null,
    unit: (f[c.unit] ?? '').trim(),
    parents: list(f[c.parents]),
    themes: list(f[c.themes]),
    categories: list(f[c.categories]),
    precision: numberOrNull(f[c.precision]),
    minimum: numberOrNull(f[c.min]),
    maximum: numberOrNull(f[c.max]),
    formula: f[c.formula]?.trim() || null,
    description: f[c.description]?.trim() || null,
  }));
}
