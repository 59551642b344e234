import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

/** A person who may answer for an organisation, with what scoring needs to know of it (codes, by value). */
@Entity({ schema: 'assessment', name: 'organisation_representatives' })
export class OrganisationRepresentative extends TenantEntity {
  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { name: 'organisation_name' })
  organisationName: string;

  /** Organisation type code of the territory's configuration (e.g. `ENTREPRISES`). */
  @Column('text', { name: 'organisation_type', nullable: true })
  organisationType: string | null;

  @Column('text', { nullable: true })
  sector: string | null;
}
