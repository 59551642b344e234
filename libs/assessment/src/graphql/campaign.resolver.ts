import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { encodeCursor, RequestContext } from '@alliance/platform';
import type { Campaign } from '../campaign/campaign.entity';
import { CampaignRepository } from '../campaign/campaign.repository';
import { CampaignService } from '../campaign/campaign.service';
import {
  AddCampaignTargetsInput,
  CampaignConnection,
  CampaignModel,
  OpenCampaignInput,
  ResponseRateModel,
} from './campaign.models';

@Resolver(() => CampaignModel)
export class CampaignResolver {
  constructor(
    private readonly service: CampaignService,
    private readonly campaignRows: CampaignRepository,
  ) {}

  @Query(() => CampaignConnection, {
    description: 'The territory’s campaigns, oldest first (admins, animators).',
  })
  async campaigns(
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<CampaignConnection> {
    const page = await this.service.list({ first: first ?? 20, after });
    return {
      edges: page.items.map((c) => ({ cursor: encodeCursor(c.createdAt, c.id), node: c })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => CampaignModel, { description: 'One campaign (admins, animators).' })
  campaign(@Args('id', { type: () => ID, description: 'The campaign.' }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => CampaignModel, {
    description: 'Opens a campaign on a published version (admins, animators).',
  })
  openCampaign(@Args('input', { description: 'The campaign.' }) input: OpenCampaignInput) {
    return this.service.open(input);
  }

  @Mutation(() => CampaignModel, { description: 'Adds organisations asked to answer (admins, animators).' })
  addCampaignTargets(@Args('input', { description: 'The organisations.' }) input: AddCampaignTargetsInput) {
    return this.service.addTargets(input.campaignId, input.targets);
  }

  @Mutation(() => Int, {
    description: 'E-mails a reminder to every targeted organisation that has not answered; returns how many.',
  })
  sendCampaignReminders(
    @Args('campaignId', { type: () => ID, description: 'The campaign.' }) campaignId: string,
  ) {
    return this.service.sendReminders(campaignId);
  }

  @ResolveField(() => ResponseRateModel, { description: 'How many targeted organisations have answered.' })
  async responseRate(@Parent() campaign: Campaign): Promise<ResponseRateModel> {
    const counts = await RequestContext.perRequest(
      'assessment.responseCounts',
      () =>
        new DataLoader<string, { targets: number; responded: number }>(async (ids) => {
          const byId = await this.campaignRows.responseCounts(ids);
          return ids.map((id) => byId.get(id) ?? { targets: 0, responded: 0 });
        }),
    ).load(campaign.id);
    return {
      ...counts,
      rate: counts.targets ? Math.round((counts.responded / counts.targets) * 1000) / 10 : null,
    };
  }
}
