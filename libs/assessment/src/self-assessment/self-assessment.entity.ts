import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export enum SelfAssessmentStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
}

/** An organisation's answers to one referential version; scored and frozen on submission. */
@Entity({ schema: 'assessment', name: 'self_assessments' })
export class SelfAssessment extends TenantEntity {
  @Column('uuid', { name: 'version_id' })
  versionId: string;

  @Column('uuid', { name: 'referential_id' })
  referentialId: string;

  /** The organisation, owned by the community context: an id, no foreign key. */
  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  /** Captured when started, so a later change of the organisation never rewrites this score. */
  @Column('text', { name: 'organisation_type', nullable: true })
  organisationType: string | null;

  @Column('text', { nullable: true })
  sector: string | null;

  @Column('uuid', { name: 'author_user_id' })
  authorUserId: string;

  @Column('text')
  status: SelfAssessmentStatus;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  /** Overall score in percent, stored on submission. */
  @Column('numeric', { name: 'overall_score', nullable: true, transformer: numeric })
  overallScore: number | null;

  /** Score in percent of each node, by code, stored on submission (null: nothing counted there). */
  @Column('jsonb', { name: 'node_scores', nullable: true })
  nodeScores: Record<string, number | null> | null;
}

@Entity({ schema: 'assessment', name: 'answers' })
export class AssessmentAnswer extends TenantEntity {
  @Column('uuid', { name: 'assessment_id' })
  assessmentId: string;

  @Column('text', { name: 'criterion_code' })
  criterionCode: string;

  @Column('int', { nullable: true })
  level: number | null;

  @Column('boolean', { name: 'not_concerned' })
  notConcerned: boolean;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('text', { name: 'evidence_links', array: true })
  evidenceLinks: string[];
}
