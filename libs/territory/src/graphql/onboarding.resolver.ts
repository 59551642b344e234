import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { encodeCursor } from '@alliance/platform';
import { OnboardingService } from '../onboarding/onboarding.service';
import { OnboardingConnection, OnboardingModel, StartOnboardingInput } from './onboarding.models';

@Resolver(() => OnboardingModel)
export class OnboardingResolver {
  constructor(private readonly service: OnboardingService) {}

  @Mutation(() => OnboardingModel, {
    description:
      'Starts onboarding a new territory as a job (consultants, operators): creates it, assigns the consultant, applies the configuration, invites the first admin.',
  })
  startOnboarding(
    @Args('input', { description: 'The territory and its source.' }) input: StartOnboardingInput,
  ) {
    return this.service.start(input);
  }

  @Query(() => OnboardingModel, {
    description: 'One onboarding and its progress (its requester, operators).',
  })
  onboarding(@Args('id', { type: () => ID, description: 'The onboarding.' }) id: string) {
    return this.service.get(id);
  }

  @Query(() => OnboardingConnection, {
    description: 'Onboardings, oldest first: one’s own (consultants) or all (operators).',
  })
  async onboardings(
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string,
  ) {
    const page = await this.service.list({ first: first ?? 20, after });
    return {
      edges: page.items.map((node) => ({ cursor: encodeCursor(node.createdAt, node.id), node })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }
}
