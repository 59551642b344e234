import type { INestApplication } from '@nestjs/common';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { ASSESSMENT_BODY_LIMIT, AssessmentModule, assessmentEntities } from '@alliance/assessment';

export const ASSESSMENT_SUBGRAPH = 'assessment';

export function createAssessmentApp(config?: AllianceConfig): Promise<INestApplication> {
  return createSubgraphApp({
    name: ASSESSMENT_SUBGRAPH,
    feature: AssessmentModule,
    entities: assessmentEntities,
    config,
    bodyLimit: ASSESSMENT_BODY_LIMIT,
  });
}
