import { Workbook } from 'exceljs';
import type { Organisation } from './organisation.entity';

const HEADERS = [
  'nom',
  'type',
  'siret',
  'secteurs',
  'zones',
  'taille',
  'adresse',
  'code_postal',
  'ville',
  'site_web',
  'description',
  'public',
] as const;

function cell(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function values(o: Organisation): string[] {
  return [
    o.name,
    o.typeCode,
    o.siret ?? o.siren ?? '',
    o.sectorCodes.join('|'),
    o.zoneCodes.join('|'),
    o.sizeBand ?? '',
    o.address ?? '',
    o.postcode ?? '',
    o.city ?? '',
    o.website ?? '',
    o.description ?? '',
    o.publicProfile ? 'oui' : 'non',
  ];
}

/**
 * The directory as a CSV the import reads back and a French spreadsheet opens as is: semicolons, lists of
 * codes joined by « | », a byte-order mark so that Excel reads UTF-8.
 */
export function organisationsToCsv(organisations: readonly Organisation[]): string {
  const lines = [HEADERS.join(';'), ...organisations.map((o) => values(o).map(cell).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same table as the CSV, as a workbook whose header row is frozen. */
export async function organisationsToXlsx(organisations: readonly Organisation[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Annuaire', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header) => ({
    header,
    key: header,
    width: header === 'nom' || header === 'description' ? 40 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const o of organisations) sheet.addRow(values(o));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
