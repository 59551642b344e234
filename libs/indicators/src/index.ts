export { IndicatorsModule } from './indicators.module';
export { indicatorsEntities } from './indicators.entities';
export { indicatorsMigrations } from './migrations';
export { RECOMPUTE_JOB, type RecomputePayload } from './recompute/recompute.service';
export { recomputeIndicatorsJob } from './recompute/recompute-indicators.job';
export {
  IMPACT_DECLARED_EVENT,
  IMPACT_WITHDRAWN_EVENT,
  impactDeclaredJob,
  impactWithdrawnJob,
} from './impact/impact-events.job';
export { seedIndicatorObjectives } from './seed/objectives.seed';
export { IMPORT_JOB, importValuesJob } from './import/import-values.job';
export { INDICATORS_BODY_LIMIT } from './import/import.service';
