import { Global, Module } from '@nestjs/common';
import { ALLIANCE_CONFIG, type AllianceConfig, UnitOfWork } from '@alliance/platform';
import { TenantProvisioning } from '@alliance/identity/provisioning';
import { ONBOARDING_DIRECTORY, type OnboardingDirectory } from '@alliance/territory';

/**
 * Onboarding (territory) asks identity whether a slug is free and whether a consultant serves a tenant.
 * Contexts never import each other, so this app, which composes the territory subgraph, wires identity's
 * provisioning reads into territory's port.
 */
@Global()
@Module({
  providers: [
    {
      provide: ONBOARDING_DIRECTORY,
      inject: [UnitOfWork, ALLIANCE_CONFIG],
      useFactory: (uow: UnitOfWork, config: AllianceConfig): OnboardingDirectory =>
        new TenantProvisioning(uow, config.publicUrl),
    },
  ],
  exports: [ONBOARDING_DIRECTORY],
})
export class OnboardingDirectoryModule {}
