import { type AllianceConfig, TenantRole } from '@alliance/platform';
import { signedAccessToken, SubgraphHarness, type TestTenant } from '@alliance/testing';
export { communityHarness } from '../../test/community-harness';

/** An access token as identity would sign it, so that community's tests need no identity subgraph. */
export function tokenFor(
  config: AllianceConfig,
  person: { id: string },
  tenant: TestTenant,
  role: TenantRole,
): Promise<string> {
  return signedAccessToken(config, person.id, tenant, role);
}

export interface Person {
  id: string;
  token: string;
}

/**
 * A territory with people and organisations, built in one line each. Organisations and their
 * representatives are written through the owner connection: they stand in for the registration API of
 * the organisations' aggregate, which coalitions only read.
 */
export class CoalitionWorld {
  private constructor(
    readonly harness: SubgraphHarness,
    readonly tenant: TestTenant,
  ) {}

  static async create(harness: SubgraphHarness, name: string): Promise<CoalitionWorld> {
    return new CoalitionWorld(harness, await harness.factories.tenant(name));
  }

  async person(role: TenantRole): Promise<Person> {
    const member = await this.harness.factories.member(this.tenant, role);
    return { id: member.id, token: await tokenFor(this.harness.config, member, this.tenant, role) };
  }

  /** Registers an organisation of the territory, represented by the given people. */
  async organisation(name: string, ...representatives: Person[]): Promise<string> {
    const [row] = await this.sql<{ id: string }>(
      `insert into community.organisations (tenant_id, name, type_code) values ($1, $2, 'ENTREPRISE') returning id`,
      [this.tenant.id, name],
    );
    if (!row) throw new Error(`Organisation ${name} was not created.`);
    for (const person of representatives) await this.represent(person, row.id);
    return row.id;
  }

  /** Many organisations at once, in one statement, none represented. */
  async organisations(names: string[]): Promise<string[]> {
    const rows = await this.sql<{ id: string }>(
      `insert into community.organisations (tenant_id, name, type_code)
       select $1, n, 'ENTREPRISE' from unnest($2::text[]) with ordinality as t(n, i) order by i returning id`,
      [this.tenant.id, names],
    );
    return rows.map((r) => r.id);
  }

  async represent(person: Person, organisationId: string): Promise<void> {
    await this.sql(
      `insert into community.representatives (tenant_id, organisation_id, user_id) values ($1, $2, $3)`,
      [this.tenant.id, organisationId, person.id],
    );
  }

  async sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return (await this.harness.owner()).query(query, params);
  }

  /** The audit trail of an object, oldest first. */
  async audit(objectId: string): Promise<{ action: string; actor_user_id: string; data: unknown }[]> {
    return this.sql(
      `select action, actor_user_id, data from platform.audit_entries
        where tenant_id = $1 and object_id = $2 order by created_at, id`,
      [this.tenant.id, objectId],
    );
  }
}

export { TenantRole };
