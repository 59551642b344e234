import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { IndicatorImport, ImportStatus } from './indicator-import.entity';
import type { RowError } from './value-file';

@Injectable()
export class IndicatorImportRepository extends TenantRepository<IndicatorImport> {
  constructor(uow: UnitOfWork) {
    super(uow, IndicatorImport);
  }

  async content(id: string): Promise<string | null> {
    const rows: { content: string }[] = await (
      await this.manager()
    ).query(`select content from indicators.imports where tenant_id = $1 and id = $2`, [
      RequestContext.tenantId(),
      id,
    ]);
    return rows[0]?.content ?? null;
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
