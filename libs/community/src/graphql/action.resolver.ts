import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionService } from '../action/action.service';
import { CommitmentLoaders } from './commitment.loaders';
import {
  ActionImpactModel,
  ActionModel,
  ActionProgressModel,
  type ActionView,
  actionView,
  AddActionInput,
  AddActionProgressInput,
  impactView,
  UpdateActionInput,
} from './action.models';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(
    private readonly service: ActionService,
    private readonly loaders: CommitmentLoaders,
  ) {}

  @Query(() => ActionModel, { description: 'An action of the territory.' })
  async action(@Args('id', { type: () => ID, description: 'The action.' }) id: string) {
    return actionView(await this.service.byId(id), false);
  }

  @Mutation(() => ActionModel, {
    description:
      'Records an action on a commitment, a coalition or an organisation (those who write for it); impacts tied to an indicator are declared to indicators.',
  })
  async addAction(@Args('input', { description: 'The action.' }) input: AddActionInput) {
    return actionView(await this.service.add(input), false);
  }

  @Mutation(() => ActionModel, {
    description: 'Changes an action; `impacts`, when given, replaces the list (indicators is told).',
  })
  async updateAction(@Args('input', { description: 'The changes.' }) input: UpdateActionInput) {
    const { actionId, ...content } = input;
    return actionView(await this.service.update(actionId, content), false);
  }

  @Mutation(() => Boolean, {
    description: 'Removes an action with its impacts and progress; its declared impacts are withdrawn.',
  })
  removeAction(@Args('id', { type: () => ID, description: 'The action.' }) id: string) {
    return this.service.remove(id);
  }

  @Mutation(() => ActionProgressModel, { description: 'Records a dated progress update of an action.' })
  addActionProgress(@Args('input', { description: 'The update.' }) input: AddActionProgressInput) {
    return this.service.addProgress(input);
  }

  @ResolveField(() => [ActionImpactModel], { description: 'Expected impacts.' })
  async impacts(@Parent() a: ActionView): Promise<ActionImpactModel[]> {
    return (await this.loaders.impactsOf(a.tenantId, a.id)).map(impactView);
  }

  @ResolveField(() => [ActionProgressModel], {
    description: 'Dated progress updates, oldest first (none, read as the public).',
  })
  async progress(@Parent() a: ActionView): Promise<ActionProgressModel[]> {
    if (a.publicView) return [];
    return this.loaders.progressOf(a.tenantId, a.id);
  }

  @ResolveField(() => [String], { description: 'Names of the partner organisations, in the same order.' })
  async partnerOrganisationNames(@Parent() a: ActionView): Promise<string[]> {
    const names = await Promise.all(
      a.partnerOrganisationIds.map((id) => this.loaders.organisationName(a.tenantId, id)),
    );
    return names.map((n) => n ?? '');
  }
}
