import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OnboardingStatus {
  PENDING = 'pending',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}

/** The steps of an onboarding, in order; progress is how many are done. */
export enum OnboardingStep {
  TENANT = 'tenant',
  CONSULTANT = 'consultant',
  CONFIGURATION = 'configuration',
  INVITATION = 'invitation',
}

export const ONBOARDING_STEPS = [
  OnboardingStep.TENANT,
  OnboardingStep.CONSULTANT,
  OnboardingStep.CONFIGURATION,
  OnboardingStep.INVITATION,
];

/** A request to create a territory from a template or another territory, and how far its job got. */
@Entity({ schema: 'territory', name: 'onboardings' })
export class Onboarding {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The tenant to create, chosen at the request so that a retried job creates it once. */
  // Not `tenant_id`: this table is platform-wide, and that name marks tenant tables (row-level security).
  @Column('uuid', { name: 'new_tenant_id' })
  newTenantId: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('text', { name: 'programme_name' })
  programmeName: string;

  @Column('text', { name: 'admin_email' })
  adminEmail: string;

  @Column('uuid', { name: 'source_template_id', nullable: true })
  sourceTemplateId: string | null;

  @Column('int', { name: 'source_template_version', nullable: true })
  sourceTemplateVersion: number | null;

  @Column('uuid', { name: 'source_tenant_id', nullable: true })
  sourceTenantId: string | null;

  @Column('uuid', { name: 'requested_by' })
  requestedBy: string;

  /** True when the requester is a consultant, who then serves the new territory. */
  @Column('boolean', { name: 'assign_consultant' })
  assignConsultant: boolean;

  @Column('text')
  status: OnboardingStatus;

  @Column('int', { name: 'steps_done' })
  stepsDone: number;

  @Column('int', { name: 'total_steps' })
  totalSteps: number;

  @Column('text', { name: 'current_step', nullable: true })
  currentStep: OnboardingStep | null;

  @Column('text', { nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
