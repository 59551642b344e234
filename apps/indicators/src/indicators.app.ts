import type { INestApplication } from '@nestjs/common';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { INDICATORS_BODY_LIMIT, IndicatorsModule, indicatorsEntities } from '@alliance/indicators';

export const INDICATORS_SUBGRAPH = 'indicators';

export function createIndicatorsApp(config?: AllianceConfig): Promise<INestApplication> {
  return createSubgraphApp({
    name: INDICATORS_SUBGRAPH,
    feature: IndicatorsModule,
    entities: indicatorsEntities,
    // Value files travel inline, base64-encoded: 100,000 rows are a few megabytes.
    bodyLimit: INDICATORS_BODY_LIMIT,
    config,
  });
}
