import type { INestApplication } from '@nestjs/common';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { CommunityModule, communityEntities } from '@alliance/community';

export const COMMUNITY_SUBGRAPH = 'community';

export function createCommunityApp(config?: AllianceConfig): Promise<INestApplication> {
  return createSubgraphApp({
    name: COMMUNITY_SUBGRAPH,
    feature: CommunityModule,
    entities: communityEntities,
    config,
    // CSV imports of organisations arrive inline, base64-encoded.
    bodyLimit: '25mb',
  });
}
