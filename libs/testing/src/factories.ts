import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type TenantRole, UnitOfWork } from '@alliance/platform';
import { hash } from 'argon2';

export const TEST_PASSWORD = 'mot-de-passe-1234';

let passwordHash: Promise<string> | undefined;

export interface TestTenant {
  id: string;
  slug: string;
  name: string;
}

/** Builds tenants and people in one line each, through the runtime role like the application itself. */
export class Factories {
  private readonly uow: UnitOfWork;

  constructor(private readonly dataSource: DataSource) {
    this.uow = new UnitOfWork(dataSource);
  }

  async tenant(name = 'Territoire de test'): Promise<TestTenant> {
    const slug = `t-${randomUUID().slice(0, 8)}`;
    const rows: { id: string }[] = await this.uow.run(null, (m) =>
      m.query(
        `insert into identity.tenants (slug, name, kind, programme_name) values ($1, $2, 'metropole', 'Programme de test') returning id`,
        [slug, name],
      ),
    );
    return { id: rows[0]!.id, slug, name };
  }

  async user(
    options: { email?: string; platformRoles?: string[]; displayName?: string } = {},
  ): Promise<{ id: string; email: string }> {
    // The same argon2id hashing as identity's, kept here so tests do not depend on a context.
    passwordHash ??= hash(TEST_PASSWORD, { type: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const email = options.email ?? `p-${randomUUID().slice(0, 8)}@example.org`;
    const rows: { id: string }[] = await this.uow.run(null, async (m) =>
      m.query(
        `insert into identity.users (email, display_name, password_hash, platform_roles) values ($1, $2, $3, $4) returning id`,
        [email, options.displayName ?? 'Personne de test', await passwordHash, options.platformRoles ?? []],
      ),
    );
    return { id: rows[0]!.id, email };
  }

  async member(
    tenant: TestTenant,
    role: TenantRole,
    email?: string,
  ): Promise<{ id: string; email: string; membershipId: string }> {
    const user = await this.user({ email });
    const rows: { id: string }[] = await this.uow.run(tenant.id, (m) =>
      m.query(
        `insert into identity.memberships (tenant_id, user_id, role) values ($1, $2, $3) returning id`,
        [tenant.id, user.id, role],
      ),
    );
    return { ...user, membershipId: rows[0]!.id };
  }

  async consultantServing(...tenants: TestTenant[]): Promise<{ id: string; email: string }> {
    const user = await this.user({ platformRoles: ['consultant'] });
    for (const tenant of tenants) {
      await this.uow.run(null, (m) =>
        m.query('select identity.assign_consultant($1, $2)', [tenant.id, user.id]),
      );
    }
    return user;
  }
}
