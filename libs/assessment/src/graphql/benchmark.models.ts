import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DomainMedian', { description: 'The median score of a group on one domain.' })
export class DomainMedianModel {
  @Field({ description: 'Code of the domain.' })
  code: string;
  @Field(() => Float, { nullable: true, description: 'Median score in percent.' })
  median: number | null;
}

@ObjectType('BenchmarkGroup', {
  description: 'Medians of a group of organisations, shown only when at least five contribute.',
})
export class BenchmarkGroupModel {
  @Field(() => String, {
    nullable: true,
    description: 'Sector or organisation type code; null when unknown.',
  })
  code: string | null;
  @Field(() => Int, { description: 'Organisations of the group with a submission on the referential.' })
  contributors: number;
  @Field({ description: 'False when fewer than five organisations contribute: medians are then withheld.' })
  shown: boolean;
  @Field(() => Float, { nullable: true, description: 'Median overall score in percent.' })
  overall: number | null;
  @Field(() => [DomainMedianModel], { description: 'Median per domain.' })
  domains: DomainMedianModel[];
}

@ObjectType('AssessmentBenchmark', {
  description: 'How an organisation compares with its sector and its type.',
})
export class AssessmentBenchmarkModel {
  @Field(() => BenchmarkGroupModel, { description: 'Organisations of the same sector in the territory.' })
  sector: BenchmarkGroupModel;
  @Field(() => BenchmarkGroupModel, { description: 'Organisations of the same type in the territory.' })
  organisationType: BenchmarkGroupModel;
}

@ObjectType('DomainDistribution', { description: 'The spread of the territory’s scores on one domain.' })
export class DomainDistributionModel {
  @Field({ description: 'Code of the domain.' })
  code: string;
  @Field(() => Int, { description: 'Organisations with a score on it.' })
  contributors: number;
  @Field(() => Float, { nullable: true, description: 'Lowest score.' })
  min: number | null;
  @Field(() => Float, { nullable: true, description: 'First quartile.' })
  q1: number | null;
  @Field(() => Float, { nullable: true, description: 'Median.' })
  median: number | null;
  @Field(() => Float, { nullable: true, description: 'Third quartile.' })
  q3: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest score.' })
  max: number | null;
}
