import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@alliance/platform';
import { SelfAssessmentStatus } from '../self-assessment/self-assessment.entity';
import { CarryOverStatus } from '../self-assessment/self-assessment.service';

registerEnumType(CarryOverStatus, {
  name: 'CarryOverStatus',
  description: 'What becomes of an answer in another version.',
  valuesMap: {
    KEPT: { description: 'The criterion still exists: the answer carries over.' },
    NEW: { description: 'The criterion is new: it needs an answer.' },
    DROPPED: { description: 'The criterion no longer exists: the answer is left behind.' },
  },
});

@ObjectType('CarryOverLine', { description: 'One criterion of the comparison between two versions.' })
export class CarryOverLineModel {
  @Field({ description: 'Code of the criterion.' })
  criterionCode: string;
  @Field(() => String, { nullable: true, description: 'Its title in the other version; null when dropped.' })
  title: string | null;
  @Field(() => CarryOverStatus, { description: 'Kept, new or dropped.' })
  status: CarryOverStatus;
  @Field(() => Int, { nullable: true, description: 'The level answered so far, if any.' })
  level: number | null;
  @Field({ description: 'True when answered « not concerned ».' })
  notConcerned: boolean;
}

registerEnumType(SelfAssessmentStatus, {
  name: 'SelfAssessmentStatus',
  description: 'Whether an assessment may still change.',
  valuesMap: {
    DRAFT: { description: 'Being answered; saved as a draft.' },
    SUBMITTED: { description: 'Submitted: scored and frozen.' },
  },
});

@ObjectType('AssessmentAnswer', { description: 'The answer to one criterion.' })
export class AnswerModel {
  @Field({ description: 'Code of the criterion answered.' })
  criterionCode: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Maturity level chosen; null when not concerned or unanswered.',
  })
  level: number | null;
  @Field({ description: 'True when the organisation is not concerned: the criterion leaves the score.' })
  notConcerned: boolean;
  @Field(() => String, { nullable: true, description: 'Comment of whoever answered.' })
  comment: string | null;
  @Field(() => [String], { description: 'Links to evidence (documents, pages).' })
  evidenceLinks: string[];
}

@ObjectType('NodeScore', { description: 'The score of one node of the referential.' })
export class NodeScoreModel {
  @Field({ description: 'Code of the node.' })
  code: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Score in percent; null when no criterion below counts.',
  })
  score: number | null;
  @Field(() => Int, { description: 'Criteria below answered with a level.' })
  answered: number;
  @Field(() => Int, { description: 'Criteria below that count (applicable and concerned).' })
  counted: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Change in points since the previous submission, when both have a score.',
  })
  change: number | null;
}

@ObjectType('AssessmentScore', { description: 'Scores per node and overall.' })
export class AssessmentScoreModel {
  @Field(() => Float, { nullable: true, description: 'Overall score in percent.' })
  overall: number | null;
  @Field(() => Float, { nullable: true, description: 'Change in points since the previous submission.' })
  overallChange: number | null;
  @Field(() => [NodeScoreModel], { description: 'Every node’s score, in the referential’s order.' })
  nodes: NodeScoreModel[];
}

@ObjectType('SelfAssessment', { description: 'An organisation’s answers to one referential version.' })
export class SelfAssessmentModel {
  @Field(() => ID, { description: 'Identifier of the assessment.' })
  id: string;
  @Field(() => ID, { description: 'The referential version answered.' })
  versionId: string;
  @Field(() => ID, { description: 'The referential.' })
  referentialId: string;
  @Field(() => ID, { description: 'The organisation assessed.' })
  organisationId: string;
  @Field(() => String, { nullable: true, description: 'Organisation type code when started.' })
  organisationType: string | null;
  @Field(() => String, { nullable: true, description: 'Sector code when started.' })
  sector: string | null;
  @Field(() => SelfAssessmentStatus, { description: 'Draft or submitted.' })
  status: SelfAssessmentStatus;
  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  submittedAt: Date | null;
  @Field({ description: 'When it was started.' })
  createdAt: Date;
}

@ObjectType('SelfAssessmentEdge', { description: 'One self-assessment in a page.' })
export class SelfAssessmentEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => SelfAssessmentModel, { description: 'The item.' })
  node: SelfAssessmentModel;
}

@ObjectType('SelfAssessmentConnection', { description: 'A page of self-assessments.' })
export class SelfAssessmentConnection {
  @Field(() => [SelfAssessmentEdge], { description: 'The items of this page.' })
  edges: SelfAssessmentEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many items the whole list holds.' })
  totalCount: number;
}
