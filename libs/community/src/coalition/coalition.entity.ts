import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

export type PerimeterKind = 'theme' | 'zone' | 'sector';
export type ReviewStatus = 'proposed' | 'returned' | 'validated';
/** forming → explore [découvrir et explorer] → inspire [s'inspirer] → plan → committed → active (→ closed). */
export type CoalitionStage = 'forming' | 'explore' | 'inspire' | 'plan' | 'committed' | 'active' | 'closed';
export const COALITION_STAGES: readonly CoalitionStage[] = [
  'forming',
  'explore',
  'inspire',
  'plan',
  'committed',
  'active',
  'closed',
];
export type Facilitation = 'rotating' | 'fixed';
export type CoalitionMemberStatus = 'requested' | 'invited' | 'member';

/** Actors allied around a theme, a zone or a sector of the territory's configuration. */
@Entity({ schema: 'community', name: 'coalitions' })
export class Coalition extends TenantEntity {
  @Column('text')
  name: string;

  @Column('text')
  objective: string;

  @Column('text', { name: 'perimeter_kind' })
  perimeterKind: PerimeterKind;

  /** Code of the theme, zone or sector in the territory's configuration. */
  @Column('text', { name: 'perimeter_code' })
  perimeterCode: string;

  @Column('text', { name: 'review_status' })
  reviewStatus: ReviewStatus;

  @Column('text', { name: 'review_comment', nullable: true })
  reviewComment: string | null;

  @Column('text')
  stage: CoalitionStage;

  @Column('text', { nullable: true })
  facilitation: Facilitation | null;

  @Column('text', { name: 'meeting_frequency', nullable: true })
  meetingFrequency: string | null;

  @Column('text', { nullable: true })
  tools: string | null;

  /** Who liaises with the territory and outside actors. */
  @Column('text', { nullable: true })
  liaison: string | null;

  @Column('uuid', { name: 'proposed_by' })
  proposedBy: string;
}

/** The date a coalition reached a stage. */
@Entity({ schema: 'community', name: 'coalition_stages' })
export class CoalitionStageReached extends TenantEntity {
  @Column('uuid', { name: 'coalition_id' })
  coalitionId: string;

  @Column('text')
  stage: CoalitionStage;

  @Column('date', { name: 'reached_on' })
  reachedOn: string;

  @Column('uuid', { name: 'moved_by', nullable: true })
  movedBy: string | null;
}

@Entity({ schema: 'community', name: 'coalition_members' })
export class CoalitionMember extends TenantEntity {
  @Column('uuid', { name: 'coalition_id' })
  coalitionId: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @Column('text')
  status: CoalitionMemberStatus;
}

/** A volunteer member who keeps the coalition going [facilitateur]. */
@Entity({ schema: 'community', name: 'coalition_facilitators' })
export class CoalitionFacilitator extends TenantEntity {
  @Column('uuid', { name: 'coalition_id' })
  coalitionId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;
}
