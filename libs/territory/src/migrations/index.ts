import { TerritorySchema1763800100000 } from './1763800100000-territory-schema';
import { TerritoryTemplates1763800101000 } from './1763800101000-territory-templates';
import { TerritoryOnboardings1763800102000 } from './1763800102000-territory-onboardings';

export const territoryMigrations = [
  TerritorySchema1763800100000,
  TerritoryTemplates1763800101000,
  TerritoryOnboardings1763800102000,
];
