export { TerritoryModule } from './territory.module';
export { territoryEntities } from './territory.entities';
export { territoryMigrations } from './migrations';
export { seedFoundingConfigurations, FOUNDING_CONFIGURATIONS } from './seed/founding.seed';
export { seedConfigurationTemplates, SHIPPED_TEMPLATES } from './seed/templates.seed';
