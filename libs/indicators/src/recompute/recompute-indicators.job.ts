import { type JobHandler, UnitOfWork } from '@alliance/platform';
import { DefinitionRepository } from '../indicator/definition.repository';
import { SelectionRepository } from '../indicator/selection.repository';
import { IndicatorValueRepository } from '../value/indicator-value.repository';
import { type RecomputePayload, RecomputeService } from './recompute.service';

/** The worker's handler: re-enters the tenant and recomputes in one transaction. Safe to deliver twice. */
export function recomputeIndicatorsJob(uow: UnitOfWork): JobHandler<RecomputePayload> {
  const service = new RecomputeService(
    new DefinitionRepository(uow),
    new SelectionRepository(uow),
    new IndicatorValueRepository(uow),
  );
  return async (job) => {
    if (!job.tenantId) throw new Error(`${job.type} ${job.id} carries no tenant.`);
    await uow.run(job.tenantId, () => service.recompute(job.payload));
  };
}
