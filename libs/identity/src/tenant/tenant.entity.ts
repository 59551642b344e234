import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum TenantKind {
  METROPOLE = 'metropole',
  COMMUNAUTE_URBAINE = 'communaute_urbaine',
  COMMUNAUTE_AGGLOMERATION = 'communaute_agglomeration',
  COMMUNAUTE_COMMUNES = 'communaute_communes',
  COMMUNE = 'commune',
  PAYS_PETR = 'pays_petr',
}

export enum TenantStatus {
  ONBOARDING = 'onboarding',
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
}

/** A territory. The registry of tenants is itself platform-wide: it is what tenant rows point to. */
@Entity({ schema: 'identity', name: 'tenants' })
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: TenantKind;

  @Column('text', { nullable: true })
  siren: string | null;

  @Column('text', { name: 'programme_name' })
  programmeName: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { default: TenantStatus.ACTIVE })
  status: TenantStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
