import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@alliance/platform';
import { ReferentialVersionStatus } from '../referential/referential.entity';

registerEnumType(ReferentialVersionStatus, {
  name: 'ReferentialVersionStatus',
  description: 'Whether a version may still change.',
  valuesMap: {
    DRAFT: { description: 'Being prepared: its tree and scale may change.' },
    PUBLISHED: { description: 'Frozen: assessments are made on it.' },
  },
});

@ObjectType('Referential', { description: 'A self-assessment referential of the territory.' })
export class ReferentialModel {
  @Field(() => ID, { description: 'Identifier of the referential.' })
  id: string;
  @Field({ description: 'Short code, unique in the territory, e.g. `grand-poitiers`.' })
  code: string;
  @Field({ description: 'Title shown to members.' })
  title: string;
  @Field(() => String, { nullable: true, description: 'What the referential measures and for whom.' })
  description: string | null;
  @Field({ description: 'When the referential was created.' })
  createdAt: Date;
}

@ObjectType('MaturityLevel', { description: 'One step of a version’s maturity scale.' })
export class MaturityLevelModel {
  @Field(() => Int, { description: 'Level number, 0 for the lowest.' })
  level: number;
  @Field({ description: 'Label, e.g. « Engagé ».' })
  label: string;
  @Field(() => Float, { description: 'Score the level is worth.' })
  score: number;
}

@ObjectType('CriterionLevel', { description: 'What one maturity level looks like for a criterion.' })
export class CriterionLevelModel {
  @Field(() => Int, { description: 'Level number.' })
  level: number;
  @Field({ description: 'Description of the practice at this level.' })
  description: string;
}

@ObjectType('ReferentialNode', {
  description: 'A domain, sub-domain or criterion (a node without children) of a referential version.',
})
export class ReferentialNodeModel {
  @Field(() => ID, { description: 'Identifier of the node.' })
  id: string;
  @Field({ description: 'Dotted hierarchical code, e.g. `1.2.3`.' })
  code: string;
  @Field(() => String, { nullable: true, description: 'Code of the parent node; null for a domain.' })
  parentCode: string | null;
  @Field(() => Int, { description: 'Depth in the tree, 1 for a domain.' })
  depth: number;
  @Field({ description: 'Title.' })
  title: string;
  @Field(() => String, { nullable: true, description: 'Guidance for whoever answers.' })
  guidance: string | null;
  @Field(() => Float, { nullable: true, description: 'Weight in points, when given in points.' })
  points: number | null;
  @Field(() => Float, { nullable: true, description: 'Weight as a percentage of the parent, when given so.' })
  percentage: number | null;
  @Field(() => Float, { description: 'Resolved weight, in the unit of its siblings.' })
  weight: number;
  @Field(() => String, { nullable: true, description: 'Category, e.g. `bases` or `mise en œuvre`.' })
  category: string | null;
  @Field(() => [String], { description: 'Organisation type codes it applies to; empty for every type.' })
  organisationTypes: string[];
  @Field({ description: 'True for a criterion (a node without children), which is answered.' })
  isCriterion: boolean;
  @Field(() => [CriterionLevelModel], { description: 'What each maturity level looks like here.' })
  levels: CriterionLevelModel[];
}

@ObjectType('ReferentialVersion', { description: 'One version of a referential.' })
export class ReferentialVersionModel {
  @Field(() => ID, { description: 'Identifier of the version.' })
  id: string;
  @Field(() => ID, { description: 'The referential it belongs to.' })
  referentialId: string;
  @Field(() => Int, { description: 'Version number, from 1.' })
  number: number;
  @Field(() => ReferentialVersionStatus, { description: 'Draft or published.' })
  status: ReferentialVersionStatus;
  @Field(() => Date, { nullable: true, description: 'When the version was published.' })
  publishedAt: Date | null;
  @Field({ description: 'When the version was started.' })
  createdAt: Date;
}

@ObjectType('ReferentialEdge', { description: 'One referential in a page.' })
export class ReferentialEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => ReferentialModel, { description: 'The item.' })
  node: ReferentialModel;
}

@ObjectType('ReferentialConnection', { description: 'A page of referentials.' })
export class ReferentialConnection {
  @Field(() => [ReferentialEdge], { description: 'The items of this page.' })
  edges: ReferentialEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many items the whole list holds.' })
  totalCount: number;
}
