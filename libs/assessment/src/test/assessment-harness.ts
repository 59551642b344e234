import { SubgraphHarness } from '@alliance/testing';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { AssessmentModule } from '../assessment.module';
import { assessmentEntities } from '../assessment.entities';
import { ASSESSMENT_BODY_LIMIT } from '../referential/referential.service';

export function assessmentHarness(): SubgraphHarness {
  return new SubgraphHarness((config: AllianceConfig) =>
    createSubgraphApp({
      name: 'assessment',
      feature: AssessmentModule,
      entities: assessmentEntities,
      config,
      bodyLimit: ASSESSMENT_BODY_LIMIT,
    }),
  );
}
