import { type JobHandler, UnitOfWork } from '@alliance/platform';
import { RepresentativeRepository } from './representative.repository';

export const REPRESENTATIVE_ADDED_EVENT = 'community.representative-added';
export const REPRESENTATIVE_REMOVED_EVENT = 'community.representative-removed';

/** Emitted by community when a person starts representing an organisation (ADR 0005). */
export interface RepresentativeAddedPayload extends Record<string, unknown> {
  organisationId: string;
  userId: string;
  organisationName: string;
  organisationTypeCode?: string | null;
  sectorCode?: string | null;
}

export interface RepresentativeRemovedPayload extends Record<string, unknown> {
  organisationId: string;
  userId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function check(type: string, id: string, ok: boolean, field: string): void {
  if (!ok) throw new Error(`${type} ${id}: the payload has no valid ${field}.`);
}

function tenantOf(job: { id: string; type: string; tenantId: string | null }): string {
  if (!job.tenantId) throw new Error(`${job.type} ${job.id} carries no tenant.`);
  return job.tenantId;
}

/** Keeps the projection in step with community; replaying an event leaves the same row. */
export function representativeAddedJob(uow: UnitOfWork): JobHandler<RepresentativeAddedPayload> {
  const representatives = new RepresentativeRepository(uow);
  return async (job) => {
    const p = job.payload;
    const tenantId = tenantOf(job);
    check(job.type, job.id, UUID.test(String(p.organisationId)), 'organisationId');
    check(job.type, job.id, UUID.test(String(p.userId)), 'userId');
    check(
      job.type,
      job.id,
      typeof p.organisationName === 'string' && !!p.organisationName,
      'organisationName',
    );
    await uow.run(tenantId, () =>
      representatives.upsert({
        organisationId: p.organisationId,
        userId: p.userId,
        organisationName: p.organisationName,
        organisationType: p.organisationTypeCode ?? null,
        sector: p.sectorCode ?? null,
      }),
    );
  };
}

export function representativeRemovedJob(uow: UnitOfWork): JobHandler<RepresentativeRemovedPayload> {
  const representatives = new RepresentativeRepository(uow);
  return async (job) => {
    const p = job.payload;
    const tenantId = tenantOf(job);
    check(job.type, job.id, UUID.test(String(p.organisationId)), 'organisationId');
    check(job.type, job.id, UUID.test(String(p.userId)), 'userId');
    await uow.run(tenantId, () => representatives.withdraw(p.organisationId, p.userId));
  };
}
