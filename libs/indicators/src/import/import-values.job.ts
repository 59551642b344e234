import { csvPieces, type JobHandler, Outbox, type UnitOfWork } from '@alliance/platform';
import { DefinitionRepository } from '../indicator/definition.repository';
import { RECOMPUTE_JOB, type RecomputePayload } from '../recompute/recompute.service';
import { IndicatorValueRepository } from '../value/indicator-value.repository';
import { oneOrEach } from '../value/value-series';
import { ImportStatus } from './indicator-import.entity';
import { IndicatorImportRepository } from './indicator-import.repository';
import { announcedRows, ValueFileReader, type ValueFileReport } from './value-file';

export const IMPORT_JOB = 'indicators.import';

export interface ImportPayload extends Record<string, unknown> {
  importId: string;
}

/**
 * A fifth of a 100,000-row file: few statements (each costs the server a plan), and the last one, which the job
 * waits for, stays short.
 */
const SEND_VALUES = 20_000;
/** About 2,000 rows: a millisecond or two of reading between two looks at the connection. */
const PIECE_BYTES = 64 * 1024;

/** The report keeps the first faults; past that, the file needs fixing as a whole anyway. */
const MAX_REPORTED = 1_000;

/** A file with faulty rows: its transaction is rolled back, then its report is written. */
class RefusedFile extends Error {
  constructor(readonly report: ValueFileReport) {
    super('The import file has faulty rows.');
  }
}

/**
 * Checks every row and writes all of them in one transaction, or none: a file with one faulty row writes
 * nothing and reports every faulty row. Values leave for the database piece by piece while the file is still
 * being read, and are committed only once the whole file has passed. Each phase (started, then written or
 * refused) is committed on its own so the portal can poll the import's progress. A redelivered job of a
 * finished import does nothing.
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
    const starting = uow.run(tenantId, async () => {
      const found = await imports.toRead(id);
      if (!found || found.status === ImportStatus.SUCCEEDED || found.status === ImportStatus.FAILED)
        return null;
      await imports.markRunning(id, announcedRows(found.content));
      return found;
    });
    // Awaited below; a failure meanwhile must not count as unhandled.
    starting.catch(() => undefined);
    try {
      // The write transaction gets its rules and its staging table while the first one fetches the file. It asks
      // the pool for its connection after the first one did, so the first is never left waiting behind it.
      await uow.run(tenantId, async () => {
        const followed = await definitions.followedRules();
        const writer = await values.openSeriesWriter();
        const started = await starting;
        if (!started) {
          await writer.abandon();
          return;
        }
        const { content, createdBy } = started;
        const reader = new ValueFileReader(
          (code) => followed.get(code),
          (run) =>
            writer.add({
              indicatorCode: run.indicatorCode,
              kind: run.kind,
              sector: run.sector,
              organisationId: null,
              points: run,
              computed: false,
              missingReasons: null,
              sources: run.sources ? oneOrEach(run.sources) : null,
              enteredBy: createdBy,
            }),
        );
        // The database merges what was read while the rest is read.
        for (const piece of csvPieces(content, PIECE_BYTES)) {
          reader.read(content, piece);
          if (reader.pendingValues >= SEND_VALUES) {
            reader.handOver();
            writer.send();
          }
          await writer.poll();
        }
        const report = reader.finish();
        if (report.errors.length > 0) {
          await writer.abandon();
          throw new RefusedFile(report);
        }
        await writer.finish();
        const recompute: RecomputePayload = { codes: report.codes, years: null };
        await outbox.publish({ type: RECOMPUTE_JOB, payload: recompute });
        await imports.progress(id, {
          status: ImportStatus.SUCCEEDED,
          totalRows: report.rowCount,
          processedRows: report.rowCount,
          writtenRows: report.valueCount,
          finished: true,
        });
      });
    } catch (error) {
      if (!(error instanceof RefusedFile)) throw error;
      const { rowCount, errors } = error.report;
      await uow.run(tenantId, () =>
        imports.progress(id, {
          status: ImportStatus.FAILED,
          totalRows: rowCount,
          processedRows: rowCount,
          errors: errors.slice(0, MAX_REPORTED),
          finished: true,
        }),
      );
    }
  };
}
