import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@alliance/platform';
import { CoalitionModel, CoalitionStageValue, PerimeterKindValue } from './coalition.model';
import { TenantModel } from './tenant.model';

export enum CoalitionMemberStatusValue {
  REQUESTED = 'requested',
  INVITED = 'invited',
  MEMBER = 'member',
}
registerEnumType(CoalitionMemberStatusValue, {
  name: 'CoalitionMemberStatus',
  description: 'Where an organisation stands in a coalition.',
  valuesMap: {
    REQUESTED: { description: 'It asked to join; a facilitator or an animator approves.' },
    INVITED: { description: 'It was invited; one of its representatives accepts.' },
    MEMBER: { description: 'It is a member.' },
  },
});

@ObjectType('CoalitionMembership', {
  description: 'An organisation in a coalition, or asking or invited to be.',
})
export class CoalitionMembershipModel {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId: string;
  @Field(() => CoalitionMemberStatusValue, { description: 'Requested, invited or member.' })
  status: CoalitionMemberStatusValue;
  @Field({ description: 'When it asked, was invited, or founded the coalition.' })
  createdAt: Date;
}

@ObjectType('CoalitionFacilitator', { description: 'A volunteer member who keeps the coalition going.' })
export class CoalitionFacilitatorModel {
  @Field(() => ID, { description: 'The person (a user of the territory).' })
  userId: string;
  @Field({ description: 'When they were named.' })
  createdAt: Date;
}

@ObjectType('CoalitionStageReached', { description: 'A stage a coalition reached, and when.' })
export class CoalitionStageReachedModel {
  @Field(() => CoalitionStageValue, { description: 'The stage.' })
  stage: CoalitionStageValue;
  @Field({ description: 'The day it was reached (YYYY-MM-DD).' })
  reachedOn: string;
}

@ObjectType('CoalitionEdge', { description: 'One coalition in a page.' })
export class CoalitionEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => CoalitionModel, { description: 'The item.' })
  node: CoalitionModel;
}

@ObjectType('CoalitionConnection', { description: 'A page of coalitions.' })
export class CoalitionConnection {
  @Field(() => [CoalitionEdge], { description: 'The items of this page.' })
  edges: CoalitionEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many items the whole list holds.' })
  totalCount: number;
}

@ObjectType('PublicCoalitionMember', { description: 'A member organisation, as the public pages show it.' })
export class PublicCoalitionMemberModel {
  @Field(() => ID, { description: 'The organisation.' })
  id: string;
  @Field({ description: 'Its name.' })
  name: string;
}

@ObjectType('PublicCoalition', {
  description: 'A validated coalition as the territory publishes it, readable without logging in.',
})
export class PublicCoalitionModel {
  @Field(() => ID, { description: 'Identifier of the coalition.' })
  id: string;
  @Field({ description: 'Name.' })
  name: string;
  @Field({ description: 'What the coalition sets out to do.' })
  objective: string;
  @Field(() => PerimeterKindValue, { description: 'Theme, zone or sector.' })
  perimeterKind: PerimeterKindValue;
  @Field({ description: 'Code of the theme, zone or sector in the territory’s configuration.' })
  perimeterCode: string;
  @Field(() => CoalitionStageValue, { description: 'The stage reached.' })
  stage: CoalitionStageValue;
  @Field(() => [CoalitionStageReachedModel], { description: 'Stages reached, in order, with their dates.' })
  stages: CoalitionStageReachedModel[];
  @Field(() => [PublicCoalitionMemberModel], { description: 'Member organisations, in order of joining.' })
  members: PublicCoalitionMemberModel[];
  @Field({ description: 'When it was proposed.' })
  createdAt: Date;
  // Also what puts Tenant, which no root field returns here, into this subgraph's schema.
  @Field(() => TenantModel, { description: 'The territory that publishes it.' })
  territory: TenantModel;
}

@ObjectType('PublicCoalitionEdge', { description: 'One published coalition in a page.' })
export class PublicCoalitionEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => PublicCoalitionModel, { description: 'The item.' })
  node: PublicCoalitionModel;
}

@ObjectType('PublicCoalitionConnection', { description: 'A page of published coalitions.' })
export class PublicCoalitionConnection {
  @Field(() => [PublicCoalitionEdge], { description: 'The items of this page.' })
  edges: PublicCoalitionEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many items the whole list holds.' })
  totalCount: number;
}
