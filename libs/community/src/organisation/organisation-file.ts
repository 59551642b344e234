import { parseCsv } from '@alliance/platform';
import { type SizeBand } from './organisation.entity';
import { parseCompanyNumber } from './siret';

/** One fault of an imported file, with the line a spreadsheet shows (the header is line 1). */
export interface RowError {
  line: number;
  field: string;
  message: string;
}

export interface ImportedOrganisation {
  line: number;
  name: string;
  typeCode: string;
  siren: string | null;
  siret: string | null;
  sectorCodes: string[];
  zoneCodes: string[];
  sizeBand: SizeBand | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  website: string | null;
  description: string | null;
  publicProfile: boolean;
}

/** A data row of the file: the organisation it describes, or every fault found in it. */
export type ReadRow =
  { line: number; organisation: ImportedOrganisation } | { line: number; errors: RowError[] };

/** The columns of an import file, by the French header a territory's spreadsheet uses first. */
const COLUMNS = {
  nom: ['nom', 'raison sociale', 'raison_sociale', 'name'],
  type: ['type', 'type_code'],
  siret: ['siret', 'siren'],
  secteurs: ['secteurs', 'secteur'],
  zones: ['zones', 'zone'],
  taille: ['taille', 'tranche_effectif', 'effectif'],
  adresse: ['adresse'],
  code_postal: ['code_postal', 'code postal', 'cp'],
  ville: ['ville', 'commune'],
  site_web: ['site_web', 'site web', 'site'],
  description: ['description'],
  public: ['public', 'profil_public'],
} as const;
type Column = keyof typeof COLUMNS;
export const REQUIRED_COLUMNS: readonly Column[] = ['nom', 'type'];

const SIZE_BANDS: readonly SizeBand[] = ['none', '1-9', '10-49', '50-249', '250-4999', '5000+'];
const YES = ['oui', 'o', 'yes', 'true', 'vrai', '1', 'x'];
const NO = ['non', 'n', 'no', 'false', 'faux', '0', ''];
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class EncodingError extends Error {}

/**
 * Decodes the file's bytes as UTF-8 and refuses anything else: a Latin-1 or Windows-1252 export would
 * otherwise import « Ã© » for « é » without a word. A byte-order mark is allowed and dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let line = 1;
    const probe = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < bytes.length; i += 1) {
      try {
        probe.decode(bytes.subarray(i, i + 1), { stream: true });
      } catch {
        break;
      }
      if (bytes[i] === 0x0a) line += 1;
    }
    throw new EncodingError(
      `Le fichier n’est pas encodé en UTF-8 (octet invalide ligne ${line}, probablement du Latin-1 ou du Windows-1252) : enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau.`,
    );
  }
}

function separatorOf(text: string): string {
  const header = text.split('\n')[0] ?? '';
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

function headerIndex(header: readonly string[]): Record<Column, number> {
  const names = header.map((h) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
  }
  return index;
}

/** The required columns the header lacks; empty when the file can be read row by row. */
export function missingColumns(text: string): string[] {
  const [header] = parseCsv(text.replace(/^\uFEFF/, ''), separatorOf(text));
  const index = headerIndex(header?.fields ?? []);
  return REQUIRED_COLUMNS.filter((column) => index[column] < 0);
}

/** Codes listed in one cell: « energie|mobilites » or « energie, mobilites ». */
function codes(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[|,]/)
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Reads every data row, collecting every fault of a row rather than stopping at the first, so the
 * territory fixes its file once. Rows without faults are read whatever the others hold.
 */
export function readOrganisationFile(text: string): ReadRow[] {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''), separatorOf(text));
  const index = headerIndex(header?.fields ?? []);
  return records.map(({ line, fields }) => {
    const cell = (column: Column) => (index[column] >= 0 ? (fields[index[column]] ?? '').trim() : '');
    const errors: RowError[] = [];
    const fault = (field: Column, message: string) => errors.push({ line, field, message });

    const name = cell('nom').replace(/\s+/g, ' ');
    if (!name) fault('nom', 'Nom de l’organisation manquant.');
    else if (name.length > 200) fault('nom', 'Le nom compte au plus 200 caractères.');

    const typeCode = cell('type');
    if (!typeCode) fault('type', 'Type d’organisation manquant.');
    else if (!CODE.test(typeCode)) fault('type', `Type « ${typeCode} » : ce n’est pas un code de type.`);

    let siren: string | null = null;
    let siret: string | null = null;
    if (cell('siret')) {
      const number = parseCompanyNumber(cell('siret'));
      if ('error' in number) fault('siret', number.error);
      else ({ siren, siret } = number);
    }

    const sectorCodes = codes(cell('secteurs'));
    const zoneCodes = codes(cell('zones'));
    for (const [column, list] of [
      ['secteurs', sectorCodes],
      ['zones', zoneCodes],
    ] as const) {
      const bad = list.find((c) => !CODE.test(c));
      if (bad) fault(column, `Code « ${bad} » invalide dans la colonne ${column}.`);
    }

    const rawSize = cell('taille');
    const sizeBand = rawSize ? (SIZE_BANDS.find((b) => b === rawSize.replace(/\s/g, '')) ?? null) : null;
    if (rawSize && !sizeBand) {
      fault('taille', `Taille « ${rawSize} » inconnue : ${SIZE_BANDS.join(', ')}.`);
    }

    const postcode = cell('code_postal').replace(/\s/g, '') || null;
    if (postcode && !/^[0-9][0-9AB][0-9]{3}$/.test(postcode)) {
      fault('code_postal', `Code postal « ${cell('code_postal')} » : cinq chiffres attendus.`);
    }

    const website = cell('site_web') || null;
    if (website && !/^https?:\/\/\S+$/.test(website)) {
      fault('site_web', `Site « ${website} » : l’adresse doit commencer par http:// ou https://.`);
    }

    const rawPublic = cell('public').toLowerCase();
    const publicProfile = YES.includes(rawPublic);
    if (!publicProfile && !NO.includes(rawPublic)) {
      fault('public', `« ${cell('public')} » dans la colonne public : oui ou non attendu.`);
    }

    if (errors.length > 0) return { line, errors };
    return {
      line,
      organisation: {
        line,
        name,
        typeCode,
        siren,
        siret,
        sectorCodes,
        zoneCodes,
        sizeBand,
        address: cell('adresse') || null,
        postcode,
        city: cell('ville') || null,
        website,
        description: cell('description') || null,
        publicProfile,
      },
    };
  });
}
