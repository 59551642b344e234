import { isAscii } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { IndicatorImport, ImportStatus } from './indicator-import.entity';
import type { RowError } from './value-file';

@Injectable()
export class IndicatorImportRepository extends TenantRepository<IndicatorImport> {
  constructor(uow: UnitOfWork) {
    super(uow, IndicatorImport);
  }

  /** The file's text: inflated from its gzip, or as stored by imports made before files were gzipped. */
  async content(id: string): Promise<string | null> {
    const rows: { content: string | null; gzip: Buffer | null }[] = await (
      await this.manager()
    ).query(`select content, content_gzip as gzip from indicators.imports where tenant_id = $1 and id = $2`, [
      RequestContext.tenantId(),
      id,
    ]);
    const [row] = rows;
    if (!row) return null;
    return row.gzip ? textOf(gunzipSync(row.gzip)) : row.content;
  }

  async progress(
    id: string,
    fields: {
      status?: ImportStatus;
      totalRows?: number;
      processedRows?: number;
      writtenRows?: number;
      errors?: RowError[];
      finished?: boolean;
    },
  ): Promise<void> {
    await (
      await this.manager()
    ).query(
      `update indicators.imports set status = coalesce($3, status), total_rows = coalesce($4, total_rows),
         processed_rows = coalesce($5, processed_rows), written_rows = coalesce($6, written_rows),
         errors = coalesce($7::jsonb, errors), finished_at = case when $8 then now() else finished_at end
       where tenant_id = $1 and id = $2`,
      [
        RequestContext.tenantId(),
        id,
        fields.status ?? null,
        fields.totalRows ?? null,
        fields.processedRows ?? null,
        fields.writtenRows ?? null,
        fields.errors ? JSON.stringify(fields.errors) : null,
        fields.finished ?? false,
      ],
    );
  }
}

/**
 * Most files are plain ASCII, which reads as Latin-1 byte for byte in a fraction of what UTF-8 decoding costs
 * (0.3 ms against 10 ms for 100,000 rows). The upload already refused anything that is not UTF-8.
 */
function textOf(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
