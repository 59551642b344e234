export { TerritoryModule } from './territory.module';
export { territoryEntities } from './territory.entities';
export { territoryMigrations } from './migrations';
export { seedFoundingConfigurations, FOUNDING_CONFIGURATIONS } from './seed/founding.seed';
export { seedConfigurationTemplates, SHIPPED_TEMPLATES } from './seed/templates.seed';
export {
  ONBOARDING_DIRECTORY,
  ONBOARD_TERRITORY_JOB,
  type OnboardingDirectory,
  type OnboardPayload,
} from './onboarding/onboarding-directory';
export { OnboardingSteps } from './onboarding/onboarding-steps';
export {
  Onboarding,
  OnboardingStatus,
  OnboardingStep,
  ONBOARDING_STEPS,
} from './onboarding/onboarding.entity';
