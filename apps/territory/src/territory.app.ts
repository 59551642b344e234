import type { INestApplication } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { TerritoryModule, territoryEntities } from '@alliance/territory';
import { OnboardingDirectoryModule } from './onboarding-directory.module';

export const TERRITORY_SUBGRAPH = 'territory';

/** The territory context with the identity reads its onboarding needs. */
@Module({ imports: [OnboardingDirectoryModule, TerritoryModule] })
class TerritoryAppModule {}

export function createTerritoryApp(config?: AllianceConfig): Promise<INestApplication> {
  return createSubgraphApp({
    name: TERRITORY_SUBGRAPH,
    feature: TerritoryAppModule,
    entities: territoryEntities,
    config,
  });
}
