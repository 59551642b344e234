import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { encodeCursor, UnitOfWork } from '@alliance/platform';
import { CommitmentRepository } from '../commitment/commitment.repository';
import {
  CommitmentConnection,
  CommitmentModel,
  type CommitmentView,
  commitmentView,
} from './commitment.models';
import { TenantModel } from './tenant.model';

/**
 * The territory's published commitments, readable without logging in: each field enters the territory inside
 * `uow.run(tenant.id, …)` for its own read, and shows published revisions only.
 */
@Resolver(() => TenantModel)
export class PublicCommitmentsResolver {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly commitments: CommitmentRepository,
  ) {}

  @ResolveField(() => CommitmentConnection, {
    description: 'Published commitments, oldest first, as the public sees them.',
  })
  async publicCommitments(
    @Parent() tenant: TenantModel,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<CommitmentConnection> {
    const page = await this.uow.run(tenant.id, () =>
      this.commitments.pagePublished({ first: first ?? 20, after }),
    );
    return {
      edges: page.items.map((c) => ({
        cursor: encodeCursor(c.createdAt, c.id),
        node: commitmentView(c, true),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @ResolveField(() => CommitmentModel, {
    nullable: true,
    description: 'A published commitment, as the public sees it; null when there is none.',
  })
  async publicCommitment(
    @Parent() tenant: TenantModel,
    @Args('id', { type: () => ID, description: 'The commitment.' }) id: string,
  ): Promise<CommitmentView | null> {
    if (!isUUID(id)) return null;
    const commitment = await this.uow.run(tenant.id, () => this.commitments.findById(id));
    if (!commitment || commitment.publishedRevision === null) return null;
    return commitmentView(commitment, true);
  }
}
