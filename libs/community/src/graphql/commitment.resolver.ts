import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { encodeCursor } from '@alliance/platform';
import type { CommitmentRevision } from '../commitment/commitment.entity';
import { CommitmentService } from '../commitment/commitment.service';
import { ActionModel, type ActionView, actionView } from './action.models';
import { CommitmentLoaders } from './commitment.loaders';
import { TenantModel } from './tenant.model';
import { CoalitionModel } from './coalition.model';
import { OrganisationModel } from './organisation.model';
import type { Coalition } from '../coalition/coalition.entity';
import type { Organisation } from '../organisation/organisation.entity';
import {
  CommitmentConnection,
  CommitmentModel,
  CommitmentRevisionModel,
  CommitmentStatusValue,
  type CommitmentView,
  commitmentView,
  CreateCommitmentInput,
  UpdateCommitmentInput,
} from './commitment.models';

@Resolver(() => CommitmentModel)
export class CommitmentResolver {
  constructor(
    private readonly service: CommitmentService,
    private readonly loaders: CommitmentLoaders,
  ) {}

  @Query(() => CommitmentModel, { description: 'A commitment of the territory, with its revisions.' })
  async commitment(@Args('id', { type: () => ID, description: 'The commitment.' }) id: string) {
    return commitmentView(await this.service.byId(id), false);
  }

  @Query(() => CommitmentConnection, { description: 'The territory’s commitments, oldest first.' })
  async commitments(
    @Args('coalitionId', { type: () => ID, nullable: true, description: 'Only those of this coalition.' })
    coalitionId?: string,
    @Args('organisationId', {
      type: () => ID,
      nullable: true,
      description: 'Only those of this organisation.',
    })
    organisationId?: string,
    @Args('status', {
      type: () => CommitmentStatusValue,
      nullable: true,
      description: 'Only those in this status.',
    })
    status?: CommitmentStatusValue,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<CommitmentConnection> {
    const page = await this.service.list(
      { coalitionId, organisationId, status },
      { first: first ?? 20, after },
    );
    return {
      edges: page.items.map((c) => ({
        cursor: encodeCursor(c.createdAt, c.id),
        node: commitmentView(c, false),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => CommitmentModel, {
    description:
      'Starts a commitment of a coalition (its facilitators, representatives of its members) or of an organisation (its representatives), as a draft.',
  })
  async createCommitment(@Args('input', { description: 'The commitment.' }) input: CreateCommitmentInput) {
    return commitmentView(await this.service.create(input), false);
  }

  @Mutation(() => CommitmentModel, {
    description:
      'Edits a commitment (its authors). Editing a published one writes a new revision that goes back through review; the published revision stays public meanwhile.',
  })
  async updateCommitment(@Args('input', { description: 'The changes.' }) input: UpdateCommitmentInput) {
    const { commitmentId, ...content } = input;
    return commitmentView(await this.service.update(commitmentId, content), false);
  }

  @Mutation(() => CommitmentModel, {
    description:
      'Submits the current revision for review (its authors); refused with every missing element named.',
  })
  async submitCommitment(@Args('id', { type: () => ID, description: 'The commitment.' }) id: string) {
    return commitmentView(await this.service.submit(id), false);
  }

  @Mutation(() => CommitmentModel, { description: 'Validates a submitted commitment (admins, animators).' })
  async validateCommitment(@Args('id', { type: () => ID, description: 'The commitment.' }) id: string) {
    return commitmentView(await this.service.validate(id), false);
  }

  @Mutation(() => CommitmentModel, {
    description: 'Returns a submitted commitment to its authors with a comment (admins, animators).',
  })
  async returnCommitment(
    @Args('id', { type: () => ID, description: 'The commitment.' }) id: string,
    @Args('comment', { description: 'What the authors should review.' }) comment: string,
  ) {
    return commitmentView(await this.service.returnWithComment(id, comment), false);
  }

  @Mutation(() => CommitmentModel, {
    description:
      'Publishes a validated commitment on the territory’s public pages (admins, animators, or its authors once validated).',
  })
  async publishCommitment(@Args('id', { type: () => ID, description: 'The commitment.' }) id: string) {
    return commitmentView(await this.service.publish(id), false);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Name of the coalition or organisation that commits.',
  })
  authorName(@Parent() c: CommitmentView): Promise<string | null> {
    if (c.coalitionId) return this.loaders.coalitionName(c.tenantId, c.coalitionId);
    if (c.organisationId) return this.loaders.organisationName(c.tenantId, c.organisationId);
    return Promise.resolve(null);
  }

  @ResolveField(() => CoalitionModel, {
    nullable: true,
    description: 'The coalition that commits, if a coalition does (validated ones only, read as the public).',
  })
  async coalition(@Parent() c: CommitmentView): Promise<Coalition | null> {
    if (!c.coalitionId) return null;
    const coalition = await this.loaders.coalition(c.tenantId, c.coalitionId);
    if (!coalition || !c.publicView) return coalition;
    return coalition.reviewStatus === 'validated' ? { ...coalition, reviewComment: null } : null;
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description:
      'The organisation that commits, if an organisation does (read as the public, only if its profile is public).',
  })
  async organisation(@Parent() c: CommitmentView): Promise<Organisation | null> {
    if (!c.organisationId) return null;
    const organisation = await this.loaders.organisation(c.tenantId, c.organisationId);
    return organisation && (!c.publicView || organisation.publicProfile) ? organisation : null;
  }

  // Also what makes `Tenant` part of this subgraph's schema, so that its public fields can extend it.
  @ResolveField(() => TenantModel, { description: 'The territory it belongs to.' })
  territory(@Parent() c: CommitmentView): TenantModel {
    return { id: c.tenantId };
  }

  @ResolveField(() => CommitmentRevisionModel, {
    description: 'The revision being written or reviewed (the published one, read as the public).',
  })
  async current(@Parent() c: CommitmentView): Promise<CommitmentRevision> {
    const revision = await this.loaders.revision(c.tenantId, c.id, c.currentRevision);
    if (!revision) throw new Error(`Commitment ${c.id} has no revision ${c.currentRevision}.`);
    return revision;
  }

  @ResolveField(() => CommitmentRevisionModel, {
    nullable: true,
    description: 'The revision the public sees; null until first published.',
  })
  async published(@Parent() c: CommitmentView): Promise<CommitmentRevision | null> {
    if (c.publishedRevision === null) return null;
    return (await this.loaders.revision(c.tenantId, c.id, c.publishedRevision)) ?? null;
  }

  @ResolveField(() => [CommitmentRevisionModel], {
    description: 'Every revision, oldest first (the published one only, read as the public).',
  })
  async revisions(@Parent() c: CommitmentView): Promise<CommitmentRevision[]> {
    if (c.publicView) return [await this.current(c)];
    return this.loaders.revisionsOf(c.tenantId, c.id);
  }

  @ResolveField(() => CommitmentRevisionModel, {
    nullable: true,
    description: 'One revision by number; null when there is none (or, read as the public, unpublished).',
  })
  async revision(
    @Parent() c: CommitmentView,
    @Args('number', { type: () => Int, description: 'Revision number, from 1.' }) number: number,
  ): Promise<CommitmentRevision | null> {
    if (c.publicView && number !== c.publishedRevision) return null;
    return (await this.loaders.revision(c.tenantId, c.id, number)) ?? null;
  }

  @ResolveField(() => [ActionModel], { description: 'Its actions, oldest first.' })
  async actions(@Parent() c: CommitmentView): Promise<ActionView[]> {
    return (await this.loaders.actionsOf('commitmentId', c.tenantId, c.id)).map((a) =>
      actionView(a, c.publicView),
    );
  }
}

@Resolver(() => CommitmentRevisionModel)
export class CommitmentRevisionResolver {
  constructor(private readonly loaders: CommitmentLoaders) {}

  @ResolveField(() => [String], { description: 'Names of the member organisations, in the same order.' })
  async memberOrganisationNames(@Parent() r: CommitmentRevision): Promise<string[]> {
    const names = await Promise.all(
      r.memberOrganisationIds.map((id) => this.loaders.organisationName(r.tenantId, id)),
    );
    return names.map((n) => n ?? '');
  }
}
