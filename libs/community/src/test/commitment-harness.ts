import { type AllianceConfig, TenantRole } from '@alliance/platform';
import { signedAccessToken, SubgraphHarness, type TestTenant } from '@alliance/testing';

export { communityHarness as commitmentHarness } from './community-harness';

/** An access token as identity would sign it, so that community's tests need no identity subgraph. */
export function tokenFor(
  config: AllianceConfig,
  person: { id: string },
  tenant: TestTenant,
  role: TenantRole,
): Promise<string> {
  return signedAccessToken(config, person.id, tenant, role);
}

/** A member of the territory with a token. */
export async function person(
  harness: SubgraphHarness,
  tenant: TestTenant,
  role: TenantRole,
): Promise<{ id: string; token: string }> {
  const member = await harness.factories.member(tenant, role);
  return { id: member.id, token: await tokenFor(harness.config, member, tenant, role) };
}

/**
 * Organisations, representatives, coalitions, members and facilitators written straight through the owner
 * connection, as fixtures: the commitment tests then depend only on the tables the organisation and coalition
 * services fill, not on those services' rules.
 */
export class CommunityRows {
  constructor(
    private readonly harness: SubgraphHarness,
    private readonly tenant: TestTenant,
  ) {}

  private async one(sql: string, params: unknown[]): Promise<string> {
    const owner = await this.harness.owner();
    return owner.transaction(async (m) => {
      await m.query(`select set_config('app.tenant_id', $1, true)`, [this.tenant.id]);
      const rows: { id: string }[] = await m.query(sql, params);
      return rows[0]?.id ?? '';
    });
  }

  organisation(name: string, typeCode = 'ASSOCIATIONS'): Promise<string> {
    return this.one(
      `insert into community.organisations (tenant_id, name, type_code) values ($1, $2, $3) returning id`,
      [this.tenant.id, name, typeCode],
    );
  }

  representative(organisationId: string, userId: string): Promise<string> {
    return this.one(
      `insert into community.representatives (tenant_id, organisation_id, user_id) values ($1, $2, $3) returning id`,
      [this.tenant.id, organisationId, userId],
    );
  }

  coalition(name: string, perimeterKind: string, perimeterCode: string, proposedBy: string): Promise<string> {
    return this.one(
      `insert into community.coalitions
         (tenant_id, name, objective, perimeter_kind, perimeter_code, review_status, stage, proposed_by)
       values ($1, $2, 'Agir ensemble', $3, $4, 'validated', 'plan', $5) returning id`,
      [this.tenant.id, name, perimeterKind, perimeterCode, proposedBy],
    );
  }

  member(coalitionId: string, organisationId: string, status = 'member'): Promise<string> {
    return this.one(
      `insert into community.coalition_members (tenant_id, coalition_id, organisation_id, status)
       values ($1, $2, $3, $4) returning id`,
      [this.tenant.id, coalitionId, organisationId, status],
    );
  }

  facilitator(coalitionId: string, userId: string): Promise<string> {
    return this.one(
      `insert into community.coalition_facilitators (tenant_id, coalition_id, user_id) values ($1, $2, $3) returning id`,
      [this.tenant.id, coalitionId, userId],
    );
  }

  /** Rows as the owner sees them in this territory, to check what a refused operation left behind. */
  async sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    const owner = await this.harness.owner();
    return owner.transaction(async (m) => {
      await m.query(`select set_config('app.tenant_id', $1, true)`, [this.tenant.id]);
      return m.query(query, params);
    });
  }
}

export { TenantRole };
