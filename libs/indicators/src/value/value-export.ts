import { Workbook } from 'exceljs';
import type { IndicatorValue } from './indicator-value.entity';

const KIND_LABEL: Record<string, string> = { observed: 'observé', estimated: 'estimé', target: 'cible' };

function cell(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Values as a CSV the import reads back and a French spreadsheet opens as is: semicolons, decimal commas,
 * a byte-order mark so that Excel reads UTF-8.
 */
export function valuesToCsv(values: readonly IndicatorValue[], unitOf: (code: string) => string): string {
  const lines = [
    ['code', 'annee', 'valeur', 'type', 'unite', 'secteur', 'source', 'calcule', 'raison'].join(';'),
  ];
  for (const v of values) {
    lines.push(
      [
        v.indicatorCode,
        String(v.year),
        v.value === null ? '' : String(v.value).replace('.', ','),
        KIND_LABEL[v.kind] ?? v.kind,
        unitOf(v.indicatorCode),
        v.sector,
        v.source ?? '',
        v.computed ? 'oui' : 'non',
        v.missingReason ?? '',
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same table as the CSV, as a workbook: numbers stay numbers, the header row is frozen. */
export async function valuesToXlsx(
  values: readonly IndicatorValue[],
  unitOf: (code: string) => string,
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Valeurs', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'code', key: 'code', width: 16 },
    { header: 'annee', key: 'year', width: 8 },
    { header: 'valeur', key: 'value', width: 14 },
    { header: 'type', key: 'kind', width: 10 },
    { header: 'unite', key: 'unit', width: 14 },
    { header: 'secteur', key: 'sector', width: 16 },
    { header: 'source', key: 'source', width: 20 },
    { header: 'calcule', key: 'computed', width: 8 },
    { header: 'raison', key: 'reason', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const v of values) {
    sheet.addRow({
      code: v.indicatorCode,
      year: v.year,
      value: v.value,
      kind: KIND_LABEL[v.kind] ?? v.kind,
      unit: unitOf(v.indicatorCode),
      sector: v.sector,
      source: v.source ?? '',
      computed: v.computed ? 'oui' : 'non',
      reason: v.missingReason ?? '',
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
