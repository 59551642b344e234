import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OverviewDimensionValue {
  PLAN_STAKE = 'plan_stake',
  THEME = 'theme',
}
registerEnumType(OverviewDimensionValue, {
  name: 'OverviewDimension',
  description: 'What the animators’ overview groups by.',
  valuesMap: {
    PLAN_STAKE: { description: 'By stake of the territory’s climate plan.' },
    THEME: { description: 'By theme of the territory.' },
  },
});

@ObjectType('OverviewItem', { description: 'A coalition, commitment or action serving a stake or theme.' })
export class OverviewItemModel {
  @Field(() => ID, { description: 'Its identifier.' })
  id: string;
  @Field({ description: 'Its name or title.' })
  title: string;
}

@ObjectType('ImpactTotal', { description: 'Expected impacts summed for one unit.' })
export class ImpactTotalModel {
  @Field({ description: 'Unit, e.g. `tCO2e/an`.' })
  unit: string;
  @Field(() => Float, { description: 'Sum of the expected quantities in that unit.' })
  quantity: number;
}

@ObjectType('CommitmentsOverviewRow', {
  description: 'What serves one plan stake or theme: coalitions, commitments, actions and their impacts.',
})
export class CommitmentsOverviewRowModel {
  @Field({ description: 'Code of the plan stake or theme.' })
  code: string;
  @Field(() => Int, { description: 'How many coalitions serve it.' })
  coalitionCount: number;
  @Field(() => Int, { description: 'How many commitments serve it.' })
  commitmentCount: number;
  @Field(() => Int, { description: 'How many actions (abandoned ones aside) serve it.' })
  actionCount: number;
  @Field(() => [OverviewItemModel], { description: 'The coalitions, by name.' })
  coalitions: OverviewItemModel[];
  @Field(() => [OverviewItemModel], { description: 'The commitments, by title.' })
  commitments: OverviewItemModel[];
  @Field(() => [OverviewItemModel], { description: 'The actions, by title.' })
  actions: OverviewItemModel[];
  @Field(() => [ImpactTotalModel], { description: 'Expected impacts of its actions, summed per unit.' })
  impacts: ImpactTotalModel[];
}
