import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UnitOfWork } from '@alliance/platform';
import { OrganisationService } from '../organisation/organisation.service';
import { OrganisationConnection } from './directory.models';
import { OrganisationFilterInput } from './organisation.inputs';
import { organisationConnection } from './organisation.resolver';
import { TenantModel } from './tenant.model';

/** The territory's public directory: anyone reads the organisations that opted in, without logging in. */
@Resolver(() => TenantModel)
export class PublicDirectoryResolver {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly service: OrganisationService,
  ) {}

  @ResolveField(() => OrganisationConnection, {
    description:
      'Organisations of the territory that chose a public profile, oldest first; readable by anyone.',
  })
  async publicOrganisations(
    @Parent() tenant: TenantModel,
    @Args('filter', { type: () => OrganisationFilterInput, nullable: true, description: 'Filters.' })
    filter?: OrganisationFilterInput,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<OrganisationConnection> {
    // This read alone enters the territory; it returns public profiles only, whoever asks.
    const page = await this.uow.run(tenant.id, () =>
      this.service.publicDirectory(filter ?? {}, { first: first ?? 20, after }),
    );
    return organisationConnection(page);
  }
}
