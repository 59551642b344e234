import { Workbook } from 'exceljs';
import type { OverviewDimension, OverviewRow } from './overview';

const CODE_HEADER: Record<OverviewDimension, string> = { plan_stake: 'enjeu', theme: 'thematique' };

function cell(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const titles = (items: { title: string }[]) => items.map((i) => i.title).join(' | ');
const impacts = (row: OverviewRow, decimalComma: boolean) =>
  row.impacts
    .map((i) => `${decimalComma ? String(i.quantity).replace('.', ',') : i.quantity} ${i.unit}`)
    .join(' | ');

/** The animators' overview as a CSV a French spreadsheet opens as is: semicolons, decimal commas, a BOM. */
export function overviewToCsv(dimension: OverviewDimension, rows: readonly OverviewRow[]): string {
  const lines = [
    [
      CODE_HEADER[dimension],
      'coalitions',
      'engagements',
      'actions',
      'noms des coalitions',
      'titres des engagements',
      'titres des actions',
      'impacts attendus',
    ].join(';'),
  ];
  for (const row of rows) {
    lines.push(
      [
        row.code,
        String(row.coalitions.length),
        String(row.commitments.length),
        String(row.actions.length),
        titles(row.coalitions),
        titles(row.commitments),
        titles(row.actions),
        impacts(row, true),
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same view as a workbook: one sheet of rows, and one of impacts per unit whose quantities stay numbers. */
export async function overviewToXlsx(
  dimension: OverviewDimension,
  rows: readonly OverviewRow[],
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Vue d’ensemble', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: CODE_HEADER[dimension], key: 'code', width: 16 },
    { header: 'coalitions', key: 'coalitions', width: 11 },
    { header: 'engagements', key: 'commitments', width: 12 },
    { header: 'actions', key: 'actions', width: 9 },
    { header: 'noms des coalitions', key: 'coalitionTitles', width: 40 },
    { header: 'titres des engagements', key: 'commitmentTitles', width: 40 },
    { header: 'titres des actions', key: 'actionTitles', width: 50 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      code: row.code,
      coalitions: row.coalitions.length,
      commitments: row.commitments.length,
      actions: row.actions.length,
      coalitionTitles: titles(row.coalitions),
      commitmentTitles: titles(row.commitments),
      actionTitles: titles(row.actions),
    });
  }
  const totals = workbook.addWorksheet('Impacts attendus', { views: [{ state: 'frozen', ySplit: 1 }] });
  totals.columns = [
    { header: CODE_HEADER[dimension], key: 'code', width: 16 },
    { header: 'quantite', key: 'quantity', width: 14 },
    { header: 'unite', key: 'unit', width: 16 },
  ];
  totals.getRow(1).font = { bold: true };
  for (const row of rows)
    for (const impact of row.impacts)
      totals.addRow({ code: row.code, quantity: impact.quantity, unit: impact.unit });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
