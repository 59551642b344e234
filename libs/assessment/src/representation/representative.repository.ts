import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { OrganisationRepresentative } from './representative.entity';

export interface RepresentativeWrite {
  organisationId: string;
  userId: string;
  organisationName: string;
  organisationType: string | null;
  sector: string | null;
}

@Injectable()
export class RepresentativeRepository extends TenantRepository<OrganisationRepresentative> {
  constructor(uow: UnitOfWork) {
    super(uow, OrganisationRepresentative);
  }

  /** The organisations a person represents, by name. */
  async ofUser(userId: string): Promise<OrganisationRepresentative[]> {
    return (await this.query('r'))
      .andWhere('r.userId = :userId', { userId })
      .orderBy('r.organisationName', 'ASC')
      .getMany();
  }

  async represents(userId: string, organisationId: string): Promise<boolean> {
    return (await this.query('r'))
      .andWhere('r.userId = :userId and r.organisationId = :organisationId', { userId, organisationId })
      .getExists();
  }

  /** The same announcement again (redelivery, a renamed organisation) updates the row. */
  async upsert(row: RepresentativeWrite): Promise<void> {
    await (
      await this.manager()
    ).query(
      `insert into assessment.organisation_representatives
         (tenant_id, organisation_id, user_id, organisation_name, organisation_type, sector)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (tenant_id, organisation_id, user_id) do update
         set organisation_name = excluded.organisation_name,
             organisation_type = excluded.organisation_type, sector = excluded.sector`,
      [
        RequestContext.tenantId(),
        row.organisationId,
        row.userId,
        row.organisationName,
        row.organisationType,
        row.sector,
      ],
    );
  }

  async withdraw(organisationId: string, userId: string): Promise<void> {
    await (
      await this.manager()
    ).query(
      `delete from assessment.organisation_representatives
        where tenant_id = $1 and organisation_id = $2 and user_id = $3`,
      [RequestContext.tenantId(), organisationId, userId],
    );
  }
}
