import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { Coalition } from '../coalition/coalition.entity';
import { Organisation } from '../organisation/organisation.entity';

export interface NamedRef {
  id: string;
  name: string;
}

/**
 * What commitments and actions read of organisations and coalitions (same bounded context, other
 * aggregates): who represents which organisation, who facilitates which coalition, names by ids. It only
 * reads; the organisation and coalition services own every write to those tables.
 */
@Injectable()
export class AuthorshipRepository extends TenantRepository<Organisation> {
  constructor(uow: UnitOfWork) {
    super(uow, Organisation);
  }

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.manager()).query(sql, [RequestContext.tenantId(), ...params]);
  }

  async represents(userId: string, organisationId: string): Promise<boolean> {
    const found = await this.rows(
      `select 1 from community.representatives where tenant_id = $1 and user_id = $2 and organisation_id = $3`,
      [userId, organisationId],
    );
    return found.length > 0;
  }

  /** A facilitator of the coalition, or a representative of one of its member organisations. */
  async actsForCoalition(userId: string, coalitionId: string): Promise<boolean> {
    const found = await this.rows(
      `select 1 from community.coalition_facilitators
        where tenant_id = $1 and coalition_id = $3 and user_id = $2
       union all
       select 1 from community.coalition_members m
         join community.representatives r
           on r.tenant_id = m.tenant_id and r.organisation_id = m.organisation_id and r.user_id = $2
        where m.tenant_id = $1 and m.coalition_id = $3 and m.status = 'member'
       limit 1`,
      [userId, coalitionId],
    );
    return found.length > 0;
  }

  async organisationNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.rows<NamedRef>(
      `select id, name from community.organisations where tenant_id = $1 and id = any($2::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async coalitionNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.rows<NamedRef>(
      `select id, name from community.coalitions where tenant_id = $1 and id = any($2::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Organisations that are members (not merely invited or requesting) of the coalition, oldest first. */
  async coalitionMemberIds(coalitionId: string): Promise<string[]> {
    const rows = await this.rows<{ organisation_id: string }>(
      `select organisation_id from community.coalition_members
        where tenant_id = $1 and coalition_id = $2 and status = 'member' order by created_at, id`,
      [coalitionId],
    );
    return rows.map((r) => r.organisation_id);
  }

  async coalitionsByIds(ids: readonly string[]): Promise<Coalition[]> {
    if (ids.length === 0) return [];
    return (await this.manager())
      .getRepository(Coalition)
      .createQueryBuilder('c')
      .where('c.tenantId = :tenantId', { tenantId: RequestContext.tenantId() })
      .andWhere('c.id in (:...ids)', { ids: [...ids] })
      .getMany();
  }

  /** Validated coalitions gathered around a theme. */
  async coalitionsOfThemes(): Promise<{ id: string; name: string; perimeterCode: string }[]> {
    return this.rows(
      `select id, name, perimeter_code as "perimeterCode" from community.coalitions
        where tenant_id = $1 and perimeter_kind = 'theme' and review_status = 'validated'
        order by created_at, id`,
      [],
    );
  }
}
