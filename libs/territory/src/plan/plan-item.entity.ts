import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

// Keys are the GraphQL enum values, values what is stored.
export enum PlanLevel {
  AXIS = 'axis',
  STAKE = 'stake',
  ACTION = 'action',
}

/** A node of the climate plan: an axis at the root, stakes below, actions as leaves. */
@Entity({ schema: 'territory', name: 'plan_items' })
export class PlanItem extends TenantEntity {
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text')
  level: PlanLevel;

  @Column('text')
  code: string;

  @Column('text')
  label: string;

  @Column('int')
  position: number;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;
}
