import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'abandoned';

/** A concrete action of a commitment, a coalition or an organisation. */
@Entity({ schema: 'community', name: 'actions' })
export class Action extends TenantEntity {
  @Column('uuid', { name: 'commitment_id', nullable: true })
  commitmentId: string | null;

  @Column('uuid', { name: 'coalition_id', nullable: true })
  coalitionId: string | null;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** Code of one of the territory's themes. */
  @Column('text', { name: 'category_code', nullable: true })
  categoryCode: string | null;

  @Column('text')
  status: ActionStatus;

  @Column('date', { name: 'starts_on', nullable: true })
  startsOn: string | null;

  @Column('date', { name: 'due_on', nullable: true })
  dueOn: string | null;

  /** Numerics come back from pg as strings, exact. */
  @Column('numeric', { name: 'budget_euros', nullable: true })
  budgetEuros: string | null;

  @Column('numeric', { nullable: true })
  people: string | null;

  /** What holds the action back [freins]. */
  @Column('text', { array: true })
  barriers: string[];

  /** What would help it spread [leviers]. */
  @Column('text', { array: true })
  levers: string[];

  @Column('uuid', { name: 'partner_organisation_ids', array: true })
  partnerOrganisationIds: string[];

  @Column('text', { name: 'plan_stake_codes', array: true })
  planStakeCodes: string[];

  @Column('uuid', { name: 'created_by' })
  createdBy: string;
}

/** An expected impact, e.g. 120 tCO2e/year avoided, optionally tied to an indicator code. */
@Entity({ schema: 'community', name: 'action_impacts' })
export class ActionImpact extends TenantEntity {
  @Column('uuid', { name: 'action_id' })
  actionId: string;

  @Column('text', { name: 'indicator_code', nullable: true })
  indicatorCode: string | null;

  @Column('numeric')
  quantity: string;

  @Column('text')
  unit: string;

  @Column('int')
  year: number;

  @Column('text', { nullable: true })
  method: string | null;
}

/** A dated progress update of an action. */
@Entity({ schema: 'community', name: 'action_progress' })
export class ActionProgress extends TenantEntity {
  @Column('uuid', { name: 'action_id' })
  actionId: string;

  @Column('date', { name: 'reported_on' })
  reportedOn: string;

  @Column('text')
  note: string;

  @Column('int', { nullable: true })
  percent: number | null;

  @Column('uuid', { name: 'reported_by' })
  reportedBy: string;
}
