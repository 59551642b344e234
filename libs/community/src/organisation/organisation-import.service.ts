import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, notFound, Outbox, requireTenantRole } from '@alliance/platform';
import type { OrganisationImport } from './organisation.entity';
import { OrganisationImportRepository } from './organisation.repository';
import { decodeUtf8, EncodingError, missingColumns } from './organisation-file';
import { ORGANISATION_IMPORT_JOB, type OrganisationImportPayload } from './import-organisations.job';
import { STAFF } from './representation';

/** 20 MB of CSV: far above a territory's directory, well below what a request may carry. */
const MAX_BYTES = 20 * 1024 * 1024;

@Injectable()
export class OrganisationImportService {
  constructor(
    private readonly imports: OrganisationImportRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  /** Checks the encoding and the header at once (the person is still there to fix them); rows are checked by the job. */
  async start(fileName: string, contentBase64: string): Promise<OrganisationImport> {
    const claims = requireTenantRole(...STAFF);
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length === 0) throw badInput('Le fichier est vide.', 'contentBase64');
    if (bytes.length > MAX_BYTES) throw badInput('Le fichier dépasse 20 Mo : découpez-le.', 'contentBase64');
    let content: string;
    try {
      content = decodeUtf8(bytes);
    } catch (error) {
      if (error instanceof EncodingError) throw badInput(error.message, 'contentBase64');
      throw error;
    }
    const missing = missingColumns(content);
    if (missing.length > 0) {
      throw badInput(
        `${missing.length > 1 ? 'Colonnes obligatoires absentes' : 'Colonne obligatoire absente'} de l’en-tête : ${missing.map((c) => `« ${c} »`).join(', ')}. Colonnes possibles : nom, type, siret, secteurs, zones, taille, adresse, code_postal, ville, site_web, description, public.`,
        'contentBase64',
        { missingColumns: missing },
      );
    }
    const started = await this.imports.insert({
      fileName: fileName.trim() || 'organisations.csv',
      content,
      status: 'queued',
      requestedBy: claims.userId,
    });
    const payload: OrganisationImportPayload = { importId: started.id };
    await this.outbox.publish({ type: ORGANISATION_IMPORT_JOB, payload });
    await this.audit.record({
      action: 'organisation-import.start',
      objectType: 'organisation-import',
      objectId: started.id,
      data: { fileName: started.fileName, bytes: bytes.length },
    });
    // Read back for the counters' defaults, which the insert leaves to Postgres.
    return (await this.imports.findById(started.id)) ?? started;
  }

  async byId(id: string): Promise<OrganisationImport> {
    requireTenantRole(...STAFF);
    const found = await this.imports.findById(id);
    if (!found) throw notFound('Cet import n’existe pas dans ce territoire.');
    return found;
  }
}
