import { Module } from '@nestjs/common';
import { OrganisationModule } from './organisation/organisation.module';
import { CoalitionModule } from './coalition/coalition.module';
import { CommitmentModule } from './commitment/commitment.module';
import { TenantReferenceResolver } from './graphql/tenant.resolver';

/** Organisations and the directory, coalitions, commitments and actions. */
@Module({
  imports: [OrganisationModule, CoalitionModule, CommitmentModule],
  providers: [TenantReferenceResolver],
})
export class CommunityModule {}
