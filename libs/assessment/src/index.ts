export { AssessmentModule } from './assessment.module';
export { assessmentEntities } from './assessment.entities';
export { assessmentMigrations } from './migrations';
export { scoreReferential, type Answer, type ScoredNode, type NodeScore } from './scoring/scoring';
export { ASSESSMENT_BODY_LIMIT } from './referential/referential.service';
export { seedAssessment, GRAND_POITIERS_REFERENTIAL_CODE } from './seed/grand-poitiers.seed';
// The bench measures scoring and benchmarks through the same code paths as the subgraph.
export { SelfAssessmentService } from './self-assessment/self-assessment.service';
export { AnswerRepository, SelfAssessmentRepository } from './self-assessment/self-assessment.repository';
export {
  MaturityLevelRepository,
  ReferentialNodeRepository,
  ReferentialVersionRepository,
} from './referential/referential.repository';
export { BenchmarkRepository } from './benchmark/benchmark.repository';
export {
  REPRESENTATIVE_ADDED_EVENT,
  REPRESENTATIVE_REMOVED_EVENT,
  representativeAddedJob,
  representativeRemovedJob,
} from './representation/representative-events.job';
export { RepresentativeRepository } from './representation/representative.repository';
export { seedAssessmentDemo, type DemoPeople } from './seed/grand-poitiers-demo.seed';
