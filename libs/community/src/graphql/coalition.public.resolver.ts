import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { encodeCursor } from '@alliance/platform';
import { CoalitionService, type PublishedCoalition } from '../coalition/coalition.service';
import { TenantModel } from './tenant.model';
import { PublicCoalitionConnection, PublicCoalitionModel } from './coalition.types';

/** What a territory publishes of its coalitions, readable without logging in through `tenantBySlug`. */
@Resolver(() => TenantModel)
export class CoalitionPublicResolver {
  constructor(private readonly service: CoalitionService) {}

  @ResolveField(() => PublicCoalitionConnection, {
    description: 'The territory’s validated coalitions, oldest first. Readable without logging in.',
  })
  async publicCoalitions(
    @Parent() tenant: TenantModel,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<PublicCoalitionConnection> {
    const page = await this.service.publishedPage(tenant.id, { first: first ?? 20, after });
    return {
      edges: page.items.map((c) => ({
        cursor: encodeCursor(c.createdAt, c.id),
        node: c as PublicCoalitionModel & PublishedCoalition,
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @ResolveField(() => PublicCoalitionModel, {
    nullable: true,
    description:
      'One validated coalition of the territory; null when there is none. Readable without logging in.',
  })
  publicCoalition(
    @Parent() tenant: TenantModel,
    @Args('id', { type: () => ID, description: 'The coalition.' }) id: string,
  ): Promise<PublishedCoalition | null> {
    return this.service.publishedOne(tenant.id, id);
  }
}
