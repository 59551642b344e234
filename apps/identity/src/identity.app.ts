import type { INestApplication } from '@nestjs/common';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { IdentityModule, identityEntities } from '@alliance/identity';

export const IDENTITY_SUBGRAPH = 'identity';

export function createIdentityApp(config?: AllianceConfig): Promise<INestApplication> {
  return createSubgraphApp({
    name: IDENTITY_SUBGRAPH,
    feature: IdentityModule,
    entities: identityEntities,
    config,
  });
}
