import type { INestApplication } from '@nestjs/common';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { TerritoryModule, territoryEntities } from '@alliance/territory';

export const TERRITORY_SUBGRAPH = 'territory';

export function createTerritoryApp(config?: AllianceConfig): Promise<INestApplication> {
  return createSubgraphApp({
    name: TERRITORY_SUBGRAPH,
    feature: TerritoryModule,
    entities: territoryEntities,
    config,
  });
}
