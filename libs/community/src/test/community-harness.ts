import { type AllianceConfig, createSubgraphApp } from '@alliance/platform';
import { SubgraphHarness } from '@alliance/testing';
import { CommunityModule } from '../community.module';
import { communityEntities } from '../community.entities';

/** The community subgraph alone, as its app composes it, on the test database. */
export function communityHarness(): SubgraphHarness {
  return new SubgraphHarness((config: AllianceConfig) =>
    createSubgraphApp({
      name: 'community',
      feature: CommunityModule,
      entities: communityEntities,
      config,
      bodyLimit: '25mb',
    }),
  );
}
