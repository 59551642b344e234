import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageInfo } from '@alliance/platform';
import type { Commitment } from '../commitment/commitment.entity';

export enum CommitmentStatusValue {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  RETURNED = 'returned',
  VALIDATED = 'validated',
  PUBLISHED = 'published',
}
registerEnumType(CommitmentStatusValue, {
  name: 'CommitmentStatus',
  description: 'Where the current revision of a commitment stands in its review.',
  valuesMap: {
    DRAFT: { description: 'Being written by its authors.' },
    SUBMITTED: { description: 'Submitted to the animation team for review.' },
    RETURNED: { description: 'Returned by an animator with a comment.' },
    VALIDATED: { description: 'Validated by an animator, ready to publish.' },
    PUBLISHED: { description: 'Published: this revision is on the public pages.' },
  },
});

/** A commitment as the API shows it; `publicView` marks one read as the public (published revision only). */
export type CommitmentView = Commitment & { publicView: boolean };

export function commitmentView(commitment: Commitment, publicView: boolean): CommitmentView {
  if (!publicView) return Object.assign(commitment, { publicView: false });
  return Object.assign(commitment, {
    publicView: true,
    status: 'published' as const,
    reviewComment: null,
    currentRevision: commitment.publishedRevision ?? commitment.currentRevision,
  });
}

const STAKE_CODE = /^[A-Za-z0-9_.-]{1,50}$/;
const STAKE_MESSAGE =
  'Code d’enjeu du Plan Climat invalide (lettres, chiffres, « . », « - » ou « _ », 50 au plus).';

@ObjectType('Commitment', {
  description:
    'A commitment sheet [feuille d’engagement] of a coalition or an organisation. Read as the public, it shows its published revision only.',
})
export class CommitmentModel {
  @Field(() => ID, { description: 'Identifier of the commitment.' })
  id: string;
  @Field(() => ID, { nullable: true, description: 'The coalition that commits, if a coalition does.' })
  coalitionId: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that commits, if an organisation does.' })
  organisationId: string | null;
  @Field(() => CommitmentStatusValue, { description: 'Where the current revision stands.' })
  status: CommitmentStatusValue;
  @Field(() => String, { nullable: true, description: 'The animator’s comment when returned.' })
  reviewComment: string | null;
  @Field(() => Int, { description: 'Number of the revision being written or reviewed.' })
  currentRevision: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Number of the revision the public sees; null until first published.',
  })
  publishedRevision: number | null;
  @Field(() => Date, { nullable: true, description: 'When a revision was last published.' })
  publishedAt: Date | null;
  @Field({ description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType('CommitmentRevision', {
  description: 'The content of a commitment at one revision: Brest’s five elements.',
})
export class CommitmentRevisionModel {
  @Field(() => Int, { description: 'Revision number, from 1.' })
  revision: number;
  @Field({ description: 'Title.' })
  title: string;
  @Field(() => String, { nullable: true, description: 'The objective [objectif].' })
  objective: string | null;
  @Field(() => [ID], { description: 'Member organisations [membres].' })
  memberOrganisationIds: string[];
  @Field(() => String, {
    nullable: true,
    description: 'The group’s mode of functioning [mode de fonctionnement].',
  })
  functioning: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'First actions done or planned [premières actions mises en œuvre ou planifiées].',
  })
  firstActions: string | null;
  @Field(() => [String], {
    description: 'Codes of the climate-plan stakes targeted [enjeux du Plan Climat].',
  })
  planStakeCodes: string[];
  @Field({ description: 'When this revision was started.' })
  createdAt: Date;
}

@ObjectType('CommitmentEdge', { description: 'One commitment in a page.' })
export class CommitmentEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => CommitmentModel, { description: 'The item.' })
  node: CommitmentView;
}

@ObjectType('CommitmentConnection', { description: 'A page of commitments.' })
export class CommitmentConnection {
  @Field(() => [CommitmentEdge], { description: 'The items of this page.' })
  edges: CommitmentEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many items the whole list holds.' })
  totalCount: number;
}

/** What a commitment states besides its title; each field left out keeps its value. */
@InputType({ isAbstract: true })
export abstract class CommitmentContentInput {
  @Field(() => String, { nullable: true, description: 'The objective.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'L’objectif compte au plus 5 000 caractères.' })
  objective?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description:
      'Member organisations. At creation, a coalition’s members (or the organisation itself) when absent.',
  })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'Cinq cents organisations membres au plus.' })
  @IsUUID('all', { each: true, message: 'Organisation membre inconnue.' })
  memberOrganisationIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'The mode of functioning of the group.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Le mode de fonctionnement compte au plus 5 000 caractères.' })
  functioning?: string | null;
  @Field(() => String, { nullable: true, description: 'The first actions done or planned, as text.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Les premières actions comptent au plus 5 000 caractères.' })
  firstActions?: string | null;
  @Field(() => [String], { nullable: true, description: 'Codes of the climate-plan stakes targeted.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Cinquante enjeux au plus.' })
  @Matches(STAKE_CODE, { each: true, message: STAKE_MESSAGE })
  planStakeCodes?: string[] | null;
}

@InputType({ description: 'A new commitment, by a coalition or by an organisation (exactly one of them).' })
export class CreateCommitmentInput extends CommitmentContentInput {
  @Field(() => ID, { nullable: true, description: 'The coalition that commits.' })
  @IsOptional()
  @IsUUID('all', { message: 'Coalition inconnue.' })
  coalitionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that commits.' })
  @IsOptional()
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organisationId?: string | null;
  @Field({ description: 'Title.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez un titre (200 caractères au plus).' })
  title: string;
}

@InputType({ description: 'Changes to a commitment; editing a published one starts a new revision.' })
export class UpdateCommitmentInput extends CommitmentContentInput {
  @Field(() => ID, { description: 'The commitment.' })
  @IsUUID('all', { message: 'Engagement inconnu.' })
  commitmentId: string;
  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'Saisissez un titre (200 caractères au plus).' })
  title?: string | null;
}
