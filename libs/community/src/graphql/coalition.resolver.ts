import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { encodeCursor, type Page, RequestContext } from '@alliance/platform';
import type {
  Coalition,
  CoalitionFacilitator,
  CoalitionMember,
  CoalitionStageReached,
} from '../coalition/coalition.entity';
import { CoalitionService } from '../coalition/coalition.service';
import { CoalitionLoaders } from './coalition.loaders';
import { CoalitionModel, CoalitionStageValue } from './coalition.model';
import {
  CoalitionFilterInput,
  ProposeCoalitionInput,
  SetCoalitionFunctioningInput,
  UpdateCoalitionInput,
} from './coalition.inputs';
import {
  CoalitionConnection,
  CoalitionFacilitatorModel,
  CoalitionMembershipModel,
  CoalitionStageReachedModel,
} from './coalition.types';
import { OrganisationModel } from './organisation.model';

const coalitionId = { type: () => ID, description: 'The coalition.' } as const;
const organisationId = { type: () => ID, description: 'The organisation.' } as const;

export function toCoalitionConnection(page: Page<Coalition>): CoalitionConnection {
  return {
    edges: page.items.map((c) => ({ cursor: encodeCursor(c.createdAt, c.id), node: c as CoalitionModel })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

@Resolver(() => CoalitionModel)
export class CoalitionResolver {
  constructor(
    private readonly service: CoalitionService,
    private readonly loaders: CoalitionLoaders,
  ) {}

  @Query(() => CoalitionConnection, {
    description:
      'The territory’s coalitions, oldest first: validated ones and one’s own proposals; every one for animators.',
  })
  async coalitions(
    @Args('filter', { type: () => CoalitionFilterInput, nullable: true, description: 'Criteria to match.' })
    filter?: CoalitionFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<CoalitionConnection> {
    return toCoalitionConnection(await this.service.list(filter ?? {}, { first: first ?? 20, after }));
  }

  @Query(() => CoalitionModel, { description: 'One coalition, with its members, facilitators and stages.' })
  coalition(@Args('id', { type: () => ID, description: 'The coalition.' }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Proposes a coalition to the animators (members); founding organisations join it at once.',
  })
  proposeCoalition(@Args('input', { description: 'The proposal.' }) input: ProposeCoalitionInput) {
    return this.service.propose(input);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Edits a proposed or returned coalition (its proposer); it goes back to the animators.',
  })
  updateCoalition(@Args('input', { description: 'The edited proposal.' }) input: UpdateCoalitionInput) {
    return this.service.update(input.id, input);
  }

  @Mutation(() => CoalitionModel, { description: 'Validates a proposed coalition (animators, admins).' })
  validateCoalition(@Args('id', coalitionId) id: string) {
    return this.service.validate(id);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Returns a proposed coalition to its proposer with a comment (animators, admins).',
  })
  returnCoalition(
    @Args('id', coalitionId) id: string,
    @Args('comment', { description: 'What the proposer should change.' }) comment: string,
  ) {
    return this.service.returnToProposer(id, comment);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Asks, for an organisation one represents, to join a validated coalition.',
  })
  requestToJoinCoalition(
    @Args('coalitionId', coalitionId) id: string,
    @Args('organisationId', organisationId) organisation: string,
  ) {
    return this.service.requestToJoin(id, organisation);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Invites an organisation into a validated coalition (its facilitators, animators).',
  })
  inviteOrganisationToCoalition(
    @Args('coalitionId', coalitionId) id: string,
    @Args('organisationId', organisationId) organisation: string,
  ) {
    return this.service.invite(id, organisation);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Approves an organisation’s request to join (the coalition’s facilitators, animators).',
  })
  approveCoalitionRequest(
    @Args('coalitionId', coalitionId) id: string,
    @Args('organisationId', organisationId) organisation: string,
  ) {
    return this.service.approveRequest(id, organisation);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Accepts, for an organisation one represents, its invitation into a coalition.',
  })
  acceptCoalitionInvitation(
    @Args('coalitionId', coalitionId) id: string,
    @Args('organisationId', organisationId) organisation: string,
  ) {
    return this.service.acceptInvitation(id, organisation);
  }

  @Mutation(() => CoalitionModel, {
    description:
      'Takes an organisation out of a coalition, withdrawing its request or declining its invitation (its representatives, animators).',
  })
  leaveCoalition(
    @Args('coalitionId', coalitionId) id: string,
    @Args('organisationId', organisationId) organisation: string,
  ) {
    return this.service.leave(id, organisation);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Names a facilitator, a member of the territory (animators, the coalition’s facilitators).',
  })
  nameCoalitionFacilitator(
    @Args('coalitionId', coalitionId) id: string,
    @Args('userId', { type: () => ID, description: 'The person named.' }) userId: string,
  ) {
    return this.service.nameFacilitator(id, userId);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Removes a facilitator (animators, the coalition’s facilitators).',
  })
  removeCoalitionFacilitator(
    @Args('coalitionId', coalitionId) id: string,
    @Args('userId', { type: () => ID, description: 'The person removed.' }) userId: string,
  ) {
    return this.service.removeFacilitator(id, userId);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Records how the coalition works (its facilitators, animators).',
  })
  setCoalitionFunctioning(
    @Args('input', { description: 'The mode of functioning.' }) input: SetCoalitionFunctioningInput,
  ) {
    return this.service.setFunctioning(input.coalitionId, input);
  }

  @Mutation(() => CoalitionModel, {
    description: 'Moves a validated coalition to the next stage, or closes it (its facilitators, animators).',
  })
  moveCoalitionStage(
    @Args('id', coalitionId) id: string,
    @Args('stage', { type: () => CoalitionStageValue, description: 'The stage to reach.' })
    stage: CoalitionStageValue,
  ) {
    return this.service.moveStage(id, stage);
  }

  @ResolveField(() => ID, { description: 'The person who proposed the coalition.' })
  proposedBy(@Parent() coalition: Coalition): string {
    return coalition.proposedBy;
  }

  @ResolveField(() => [CoalitionMembershipModel], {
    description: 'Member organisations, then requests and invitations, in order of arrival.',
  })
  async members(@Parent() coalition: Coalition): Promise<CoalitionMember[]> {
    return this.loaders.membersOf(coalition.id);
  }

  @ResolveField(() => [CoalitionFacilitatorModel], { description: 'Its facilitators.' })
  facilitators(@Parent() coalition: Coalition): Promise<CoalitionFacilitator[]> {
    return this.loaders.facilitatorsOf(coalition.id);
  }

  @ResolveField(() => [CoalitionStageReachedModel], {
    description: 'Stages reached, in order, each with the day it was reached.',
  })
  stages(@Parent() coalition: Coalition): Promise<CoalitionStageReached[]> {
    return this.loaders.stagesOf(coalition.id);
  }

  @ResolveField(() => Boolean, {
    description:
      'True when the signed-in person may invite, approve, describe the functioning and move stages.',
  })
  async viewerCanFacilitate(@Parent() coalition: Coalition): Promise<boolean> {
    const claims = RequestContext.claims();
    if (!claims) return false;
    if (this.service.isStaff(claims)) return true;
    return (await this.loaders.facilitatorsOf(coalition.id)).some((f) => f.userId === claims.userId);
  }
}

@Resolver(() => CoalitionMembershipModel)
export class CoalitionMembershipResolver {
  constructor(private readonly loaders: CoalitionLoaders) {}

  @ResolveField(() => OrganisationModel, { description: 'The organisation.' })
  async organisation(@Parent() membership: CoalitionMember): Promise<OrganisationModel> {
    const organisation = await this.loaders.organisation(membership.organisationId);
    if (!organisation) throw new Error(`Organisation ${membership.organisationId} is missing.`);
    return organisation;
  }
}
