import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PerimeterKindValue {
  THEME = 'theme',
  ZONE = 'zone',
  SECTOR = 'sector',
}
registerEnumType(PerimeterKindValue, {
  name: 'PerimeterKind',
  description: 'What a coalition gathers around: a theme, a zone or a sector of the territory.',
  valuesMap: {
    THEME: { description: 'A theme of the climate plan [thématique], e.g. Éclairage.' },
    ZONE: { description: 'A geographical zone [zone], e.g. a business park or a neighbourhood.' },
    SECTOR: { description: 'A sector of activity [secteur], e.g. Industrie navale.' },
  },
});

export enum CoalitionStageValue {
  FORMING = 'forming',
  EXPLORE = 'explore',
  INSPIRE = 'inspire',
  PLAN = 'plan',
  COMMITTED = 'committed',
  ACTIVE = 'active',
  CLOSED = 'closed',
}
registerEnumType(CoalitionStageValue, {
  name: 'CoalitionStage',
  description: 'Where a coalition stands, in order.',
  valuesMap: {
    FORMING: { description: 'Forming: members gather.' },
    EXPLORE: { description: 'Découvrir et explorer.' },
    INSPIRE: { description: 'S’inspirer.' },
    PLAN: { description: 'Se positionner et planifier.' },
    COMMITTED: { description: 'Commitments made.' },
    ACTIVE: { description: 'Acting.' },
    CLOSED: { description: 'Closed.' },
  },
});

export enum ReviewStatusValue {
  PROPOSED = 'proposed',
  RETURNED = 'returned',
  VALIDATED = 'validated',
}
registerEnumType(ReviewStatusValue, {
  name: 'CoalitionReviewStatus',
  description: 'Where an animator’s review of a proposed coalition stands.',
  valuesMap: {
    PROPOSED: { description: 'Awaiting an animator’s review.' },
    RETURNED: { description: 'Returned to its proposer with a comment.' },
    VALIDATED: { description: 'Validated: it may welcome members, move stages and is public.' },
  },
});

export enum FacilitationValue {
  ROTATING = 'rotating',
  FIXED = 'fixed',
}
registerEnumType(FacilitationValue, {
  name: 'Facilitation',
  description: 'Whether facilitation rotates among members or stays with the same people.',
  valuesMap: {
    ROTATING: { description: 'Members take turns to facilitate.' },
    FIXED: { description: 'The same facilitators throughout.' },
  },
});

/** A coalition as every part of the community subgraph shows it; nested fields live with their resolvers. */
@ObjectType('Coalition', { description: 'Actors allied around a theme, a zone or a sector.' })
export class CoalitionModel {
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
  @Field(() => ReviewStatusValue, { description: 'Proposed, returned with a comment, or validated.' })
  reviewStatus: ReviewStatusValue;
  @Field(() => String, { nullable: true, description: 'The animator’s comment when returned.' })
  reviewComment: string | null;
  @Field(() => CoalitionStageValue, { description: 'The stage reached.' })
  stage: CoalitionStageValue;
  @Field(() => FacilitationValue, { nullable: true, description: 'Rotating or fixed facilitation.' })
  facilitation: FacilitationValue | null;
  @Field(() => String, { nullable: true, description: 'How often members meet.' })
  meetingFrequency: string | null;
  @Field(() => String, { nullable: true, description: 'Tools the group works with.' })
  tools: string | null;
  @Field(() => String, { nullable: true, description: 'Who liaises with the territory.' })
  liaison: string | null;
  @Field({ description: 'When it was proposed.' })
  createdAt: Date;
}
