import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

export type CommitmentStatus = 'draft' | 'submitted' | 'returned' | 'validated' | 'published';

/** A commitment sheet [feuille d'engagement], by a coalition or by an organisation. */
@Entity({ schema: 'community', name: 'commitments' })
export class Commitment extends TenantEntity {
  @Column('uuid', { name: 'coalition_id', nullable: true })
  coalitionId: string | null;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @Column('text')
  status: CommitmentStatus;

  @Column('text', { name: 'review_comment', nullable: true })
  reviewComment: string | null;

  @Column('int', { name: 'current_revision' })
  currentRevision: number;

  /** The revision the public sees; null until first published. */
  @Column('int', { name: 'published_revision', nullable: true })
  publishedRevision: number | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;
}

/** The content of a commitment at one revision (Brest's five elements). */
@Entity({ schema: 'community', name: 'commitment_revisions' })
export class CommitmentRevision extends TenantEntity {
  @Column('uuid', { name: 'commitment_id' })
  commitmentId: string;

  @Column('int')
  revision: number;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  objective: string | null;

  @Column('uuid', { name: 'member_organisation_ids', array: true })
  memberOrganisationIds: string[];

  /** Mode of functioning of the group. */
  @Column('text', { nullable: true })
  functioning: string | null;

  @Column('text', { name: 'first_actions', nullable: true })
  firstActions: string | null;

  @Column('text', { name: 'plan_stake_codes', array: true })
  planStakeCodes: string[];

  @Column('uuid', { name: 'edited_by' })
  editedBy: string;
}
