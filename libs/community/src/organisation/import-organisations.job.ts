import { type JobHandler, type UnitOfWork } from '@alliance/platform';
import { type ImportRowError } from './organisation.entity';
import { OrganisationImportRepository, OrganisationRepository } from './organisation.repository';
import { type ImportedOrganisation, readOrganisationFile } from './organisation-file';

export const ORGANISATION_IMPORT_JOB = 'community.organisation-import';

export interface OrganisationImportPayload extends Record<string, unknown> {
  importId: string;
}

/** Rows checked and written per transaction: each batch commits its rows with the progress they make. */
const BATCH = 500;
/** The report keeps the first faults; past that, the file needs fixing as a whole anyway. */
const MAX_REPORTED = 1_000;

/** A name and postcode as the import compares them: without case, accents or repeated spaces. */
const nameKey = (name: string, postcode: string | null) =>
  `${name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()}|${postcode ?? ''}`;

/**
 * Keeps the valid rows and reports the faulty ones. An organisation already in the directory (same SIRET, or
 * same name and postcode) is skipped and counted. Each batch commits its rows together with the progress
 * (`processed_rows`), under a lock on the import: a second delivery of the job waits, then resumes where the
 * first stopped, so nothing is written twice.
 */
export function importOrganisationsJob(uow: UnitOfWork): JobHandler<OrganisationImportPayload> {
  const imports = new OrganisationImportRepository(uow);
  const organisations = new OrganisationRepository(uow);
  return async (job) => {
    const tenantId = job.tenantId;
    if (!tenantId) throw new Error(`${job.type} ${job.id} carries no tenant.`);
    const id = job.payload.importId;
    const content = await uow.run(tenantId, async () => {
      const found = await imports.lock(id);
      if (!found || found.status === 'done' || found.status === 'failed') return null;
      return (await imports.content(id)) ?? '';
    });
    if (content === null) return;
    const rows = readOrganisationFile(content);
    for (let done = false; !done;) {
      done = await uow.run(tenantId, async () => {
        const state = await imports.lock(id);
        if (!state || state.status === 'done' || state.status === 'failed') return true;
        const batch = rows.slice(state.processedRows, state.processedRows + BATCH);
        const errors: ImportRowError[] = [...state.errors];
        const valid: ImportedOrganisation[] = [];
        for (const row of batch) {
          if ('errors' in row) errors.push(...row.errors);
          else valid.push(row.organisation);
        }
        const known = await organisations.existing(
          valid.flatMap((o) => (o.siret ? [o.siret] : [])),
          valid.map((o) => o.postcode),
        );
        const sirets = new Set(known.flatMap((o) => (o.siret ? [o.siret] : [])));
        const names = new Set(known.map((o) => nameKey(o.name, o.postcode)));
        const fresh: ImportedOrganisation[] = [];
        for (const o of valid) {
          if ((o.siret && sirets.has(o.siret)) || names.has(nameKey(o.name, o.postcode))) continue;
          if (o.siret) sirets.add(o.siret);
          names.add(nameKey(o.name, o.postcode));
          fresh.push(o);
        }
        await organisations.insertMany(
          fresh.map((o) => ({
            name: o.name,
            typeCode: o.typeCode,
            siren: o.siren,
            siret: o.siret,
            sectorCodes: o.sectorCodes,
            zoneCodes: o.zoneCodes,
            sizeBand: o.sizeBand,
            address: o.address,
            postcode: o.postcode,
            city: o.city,
            website: o.website,
            description: o.description,
            publicProfile: o.publicProfile,
            createdBy: state.requestedBy,
          })),
        );
        const processed = state.processedRows + batch.length;
        const finished = processed >= rows.length;
        await imports.progress(id, {
          status: finished ? 'done' : 'running',
          totalRows: rows.length,
          processedRows: processed,
          createdRows: state.createdRows + fresh.length,
          skippedRows: state.skippedRows + valid.length - fresh.length,
          errors: errors.slice(0, MAX_REPORTED),
          finished,
        });
        return finished;
      });
    }
  };
}
