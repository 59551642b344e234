import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { encodeCursor } from '@alliance/platform';
import { ResourceKind } from '../toolbox/toolbox.entity';
import { ToolboxService } from '../toolbox/toolbox.service';
import {
  CreateToolboxResourceInput,
  LinkResourceInput,
  ResourceLinkModel,
  ToolboxResourceConnection,
  ToolboxResourceModel,
} from './toolbox.models';

@Resolver(() => ToolboxResourceModel)
export class ToolboxResolver {
  constructor(private readonly service: ToolboxService) {}

  @Query(() => ToolboxResourceConnection, { description: 'The territory’s toolbox, oldest first.' })
  async toolboxResources(
    @Args('theme', { type: () => String, nullable: true, description: 'Only resources of this theme code.' })
    theme?: string,
    @Args('kind', { type: () => ResourceKind, nullable: true, description: 'Only resources of this kind.' })
    kind?: ResourceKind,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<ToolboxResourceConnection> {
    const page = await this.service.list({ theme, kind }, { first: first ?? 20, after });
    return {
      edges: page.items.map((r) => ({ cursor: encodeCursor(r.createdAt, r.id), node: r })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => ToolboxResourceModel, {
    description: 'Adds a resource to the toolbox (admins, animators).',
  })
  createToolboxResource(@Args('input', { description: 'The resource.' }) input: CreateToolboxResourceInput) {
    return this.service.create(input);
  }

  @Mutation(() => ResourceLinkModel, {
    description: 'Recommends a resource for a criterion, to organisations up to a level (admins, animators).',
  })
  linkResourceToCriterion(@Args('input', { description: 'The link.' }) input: LinkResourceInput) {
    return this.service.link(input);
  }
}
