import { type JobHandler, Outbox, type UnitOfWork } from '@alliance/platform';
import { DefinitionRepository } from '../indicator/definition.repository';
import { RECOMPUTE_JOB, type RecomputePayload } from '../recompute/recompute.service';
import { IndicatorValueRepository } from '../value/indicator-value.repository';
import { oneOrEach } from '../value/value-series';
import { ImportStatus } from './indicator-import.entity';
import { IndicatorImportRepository } from './indicator-import.repository';
import { readValueFile, type RowError } from './value-file';

export const IMPORT_JOB = 'indicators.import';

export interface ImportPayload extends Record<string, unknown> {
  importId: string;
}

/** The report keeps the first faults; past that, the file needs fixing as a whole anyway. */
const MAX_REPORTED = 1_000;

/**
 * Checks every row, then writes all of them in one transaction or none: a file with one faulty row writes
 * nothing and reports every faulty row. Each phase (checked, then written or refused) is committed on its own so
 * the portal can poll the import's progress. A redelivered job of a finished import does nothing.
 */
export function importValuesJob(uow: UnitOfWork): JobHandler<ImportPayload> {
  const imports = new IndicatorImportRepository(uow);
  const definitions = new DefinitionRepository(uow);
  const values = new IndicatorValueRepository(uow);
  const outbox = new Outbox(uow, 'indicators');
  return async (job) => {
    const tenantId = job.tenantId;
    if (!tenantId) throw new Error(`${job.type} ${job.id} carries no tenant.`);
    const id = job.payload.importId;
    const prepared = await uow.run(tenantId, async () => {
      const found = await imports.findById(id);
      if (!found || found.status === ImportStatus.SUCCEEDED || found.status === ImportStatus.FAILED)
        return null;
      const content = (await imports.content(id)) ?? '';
      const followed = await definitions.followedRules();
      const { series, rowCount, errors } = readValueFile(content, (code) => followed.get(code));
      await imports.progress(id, { status: ImportStatus.RUNNING, totalRows: rowCount, processedRows: 0 });
      return { series, errors, total: rowCount, createdBy: found.createdBy };
    });
    if (!prepared) return;
    const { series, errors, total, createdBy } = prepared;
    if (errors.length > 0) {
      await uow.run(tenantId, () =>
        imports.progress(id, {
          status: ImportStatus.FAILED,
          processedRows: total,
          errors: errors.slice(0, MAX_REPORTED) as RowError[],
          finished: true,
        }),
      );
      return;
    }
    await uow.run(tenantId, async () => {
      await values.writeSeries(
        series.map((one) => ({
          indicatorCode: one.indicatorCode,
          kind: one.kind,
          sector: one.sector,
          organisationId: null,
          years: one.years,
          values: one.decimals,
          computed: false,
          missingReasons: null,
          sources: oneOrEach(one.sources),
          enteredBy: createdBy,
        })),
      );
      const recompute: RecomputePayload = {
        codes: [...new Set(series.map((one) => one.indicatorCode))],
        years: null,
      };
      await outbox.publish({ type: RECOMPUTE_JOB, payload: recompute });
      await imports.progress(id, {
        status: ImportStatus.SUCCEEDED,
        processedRows: total,
        writtenRows: series.reduce((sum, one) => sum + one.years.length, 0),
        finished: true,
      });
    });
  };
}
