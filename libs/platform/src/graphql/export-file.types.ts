import { Directive, Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File format of an export.',
  valuesMap: {
    CSV: { description: 'Semicolon-separated UTF-8 text with decimal commas, as the imports read it.' },
    XLSX: { description: 'An Excel workbook.' },
  },
});

// Every subgraph's exports answer with this same type, so the portal downloads them all one way.
@ObjectType({ description: 'An exported file, ready to download.' })
@Directive('@shareable')
export class ExportFile {
  @Field({ description: 'Suggested file name.' })
  fileName: string;
  @Field({ description: 'Media type, e.g. `text/csv`.' })
  mediaType: string;
  @Field({ description: 'The file’s bytes, base64-encoded.' })
  contentBase64: string;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The answer to an export query: `stem.csv` or `stem.xlsx` with its media type. */
export function exportFile(stem: string, format: ExportFormat, bytes: Buffer): ExportFile {
  return {
    fileName: `${stem}.${format}`,
    mediaType: MEDIA_TYPES[format],
    contentBase64: bytes.toString('base64'),
  };
}
