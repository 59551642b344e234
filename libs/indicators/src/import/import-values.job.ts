import { type JobHandler, Outbox, type UnitOfWork } from '@alliance/platform';
import { DefinitionRepository } from '../indicator/definition.repository';
import { SelectionRepository } from '../indicator/selection.repository';
import { RECOMPUTE_JOB, type RecomputePayload } from '../recompute/recompute.service';
import { IndicatorValueRepository } from '../value/indicator-value.repository';
import { ImportStatus } from './indicator-import.entity';
import { IndicatorImportRepository } from './indicator-import.repository';
import { readValueFile, type RowError } from './value-file';

export const IMPORT_JOB = 'indicators.import';

export interface ImportPayload extends Record<string, unknown> {
  importId: string;
}

/** Rows written per statement: large enough to be fast, small enough for one JSON parameter. */
const WRITE_BATCH = 5_000;
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
  const selections = new SelectionRepository(uow);
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
      const followed = await definitions.byCodes(await selections.followedCodes());
      const { rows, errors } = readValueFile(content, (code) => followed.get(code));
      const total = rows.length + errors.length;
      await imports.progress(id, { status: ImportStatus.RUNNING, totalRows: total, processedRows: 0 });
      return { rows, errors, total, createdBy: found.createdBy };
    });
    if (!prepared) return;
    const { rows, errors, total, createdBy } = prepared;
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
      for (let start = 0; start < rows.length; start += WRITE_BATCH) {
        await values.upsertMany(
          rows.slice(start, start + WRITE_BATCH).map((r) => ({
            indicatorCode: r.indicatorCode,
            year: r.year,
            kind: r.kind,
            sector: r.sector,
            organisationId: null,
            value: r.value,
            computed: false,
            missingReason: null,
            source: r.source,
            enteredBy: createdBy,
          })),
          { returning: false },
        );
      }
      const recompute: RecomputePayload = {
        codes: [...new Set(rows.map((r) => r.indicatorCode))],
        years: null,
      };
      await outbox.publish({ type: RECOMPUTE_JOB, payload: recompute });
      await imports.progress(id, {
        status: ImportStatus.SUCCEEDED,
        processedRows: total,
        writtenRows: rows.length,
        finished: true,
      });
    });
  };
}
