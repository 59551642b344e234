import { type JobHandler, UnitOfWork } from '@alliance/platform';
import { DeclaredImpactRepository } from './declared-impact.repository';

export const IMPACT_DECLARED_EVENT = 'community.impact-declared';
export const IMPACT_WITHDRAWN_EVENT = 'community.impact-withdrawn';

/** Emitted by community when an action declares (or corrects) an expected impact; see ADR 0005. */
export interface ImpactDeclaredPayload extends Record<string, unknown> {
  impactId: string;
  actionId: string;
  actionTitle?: string | null;
  indicatorCode: string;
  quantity: number;
  unit: string;
  year: number;
}

export interface ImpactWithdrawnPayload extends Record<string, unknown> {
  impactId: string;
}

function malformed(type: string, id: string, field: string): Error {
  return new Error(`${type} ${id}: the payload has no valid ${field}.`);
}

/** Keeps the projection in step with community; replaying an event leaves the same row. */
export function impactDeclaredJob(uow: UnitOfWork): JobHandler<ImpactDeclaredPayload> {
  const impacts = new DeclaredImpactRepository(uow);
  return async (job) => {
    const p = job.payload;
    if (!job.tenantId) throw malformed(job.type, job.id, 'tenantId');
    for (const field of ['impactId', 'actionId', 'indicatorCode', 'unit'] as const) {
      if (typeof p[field] !== 'string' || !p[field]) throw malformed(job.type, job.id, field);
    }
    if (typeof p.quantity !== 'number' || !Number.isFinite(p.quantity))
      throw malformed(job.type, job.id, 'quantity');
    if (!Number.isInteger(p.year)) throw malformed(job.type, job.id, 'year');
    await uow.run(job.tenantId, () =>
      impacts.upsert({
        impactRef: p.impactId,
        actionRef: p.actionId,
        actionTitle: p.actionTitle ?? null,
        indicatorCode: p.indicatorCode,
        quantity: p.quantity,
        unit: p.unit,
        year: p.year,
      }),
    );
  };
}

export function impactWithdrawnJob(uow: UnitOfWork): JobHandler<ImpactWithdrawnPayload> {
  const impacts = new DeclaredImpactRepository(uow);
  return async (job) => {
    if (!job.tenantId) throw malformed(job.type, job.id, 'tenantId');
    if (typeof job.payload.impactId !== 'string') throw malformed(job.type, job.id, 'impactId');
    await uow.run(job.tenantId, () => impacts.withdraw(job.payload.impactId));
  };
}
