import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, notFound, Outbox, requireTenantRole } from '@alliance/platform';
import { VALUE_EDITORS } from '../value/value.service';
import type { IndicatorImport } from './indicator-import.entity';
import { IndicatorImportRepository } from './indicator-import.repository';
import { IMPORT_JOB, type ImportPayload } from './import-values.job';
import { decodeUtf8, EncodingError } from './value-file';

/** Off the event loop: gzipping a 20 MB file takes a few hundred milliseconds. */
const gzipped = promisify(gzip);

/** 20 MB of CSV: far above 100,000 rows, well below what a request should carry. */
const MAX_BYTES = 20 * 1024 * 1024;

/** What a request to the indicators subgraph may carry: a value file of MAX_BYTES, base64-encoded, and a little more. */
export const INDICATORS_BODY_LIMIT = '30mb';

@Injectable()
export class ImportService {
  constructor(
    private readonly imports: IndicatorImportRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  /** Checks the encoding at once (the person is still there to fix it); rows are checked by the job. */
  async start(fileName: string, contentBase64: string): Promise<IndicatorImport> {
    const claims = requireTenantRole(...VALUE_EDITORS);
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length === 0) throw badInput('Le fichier est vide.', 'file');
    if (bytes.length > MAX_BYTES) throw badInput('Le fichier dépasse 20 Mo : découpez-le.', 'file');
    try {
      decodeUtf8(bytes);
    } catch (error) {
      if (error instanceof EncodingError) throw badInput(error.message, 'file');
      throw error;
    }
    const started = await this.imports.insert({
      fileName: fileName.trim() || 'valeurs.csv',
      contentGzip: await gzipped(bytes),
      createdBy: claims.userId,
    });
    const payload: ImportPayload = { importId: started.id };
    await this.outbox.publish({ type: IMPORT_JOB, payload });
    await this.audit.record({
      action: 'indicator-import.start',
      objectType: 'indicator-import',
      objectId: started.id,
      data: { fileName: started.fileName, bytes: bytes.length },
    });
    return started;
  }

  async byId(id: string): Promise<IndicatorImport> {
    requireTenantRole(...VALUE_EDITORS);
    const found = await this.imports.findById(id);
    if (!found) throw notFound('Cet import n’existe pas.');
    return found;
  }
}
