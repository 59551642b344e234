import { DataSource } from 'typeorm';
import { createDataSource, loadConfig, RequestContext, UnitOfWork } from '@alliance/platform';
import { Factories } from '@alliance/testing';
import { TenantRole } from '@alliance/platform';
import { Membership, User } from '@alliance/identity';

/**
 * The database's own guard, checked without the application's: whatever a repository forgets, the
 * runtime role sees the current tenant's rows only, and nothing at all without a tenant.
 */
describe('row-level security', () => {
  const config = loadConfig();
  let runtime: DataSource;
  let owner: DataSource;
  let factories: Factories;
  let uow: UnitOfWork;

  beforeAll(async () => {
    runtime = await createDataSource(config.runtimeDatabaseUrl, [Membership, User]).initialize();
    owner = await createDataSource(config.ownerDatabaseUrl, []).initialize();
    factories = new Factories(runtime);
    uow = new UnitOfWork(runtime);
  });
  afterAll(async () => {
    await runtime.destroy();
    await owner.destroy();
  });

  it('every table with a tenant_id is a tenant table: not null, RLS enabled and forced, a policy, an index led by tenant_id', async () => {
    const tables: {
      table: string;
      nullable: string;
      rls: boolean;
      forced: boolean;
      policies: string;
      leading_index: string;
    }[] = await owner.query(`
        select c.table_schema || '.' || c.table_name as table, c.is_nullable as nullable,
               cl.relrowsecurity as rls, cl.relforcerowsecurity as forced,
               (select count(*) from pg_policies p where p.schemaname = c.table_schema and p.tablename = c.table_name) as policies,
               (select count(*) from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                 where i.indrelid = cl.oid and a.attname = 'tenant_id') as leading_index
          from information_schema.columns c
          join pg_class cl on cl.relname = c.table_name
          join pg_namespace n on n.oid = cl.relnamespace and n.nspname = c.table_schema
         where c.column_name = 'tenant_id' and c.table_schema not in ('platform', 'pg_catalog', 'information_schema')
           and cl.relkind = 'r'
           -- platform-wide registries that refer to a tenant without belonging to one
           and (c.table_schema, c.table_name) not in (('identity', 'refresh_tokens'))`);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    const offenders = tables.filter(
      (t) =>
        t.nullable !== 'NO' || !t.rls || !t.forced || Number(t.policies) < 1 || Number(t.leading_index) < 1,
    );
    expect(offenders).toEqual([]);
  });

  it('the runtime role owns nothing and cannot bypass row-level security', async () => {
    const [role] = await owner.query(
      `select rolsuper, rolbypassrls from pg_roles where rolname = 'alliance_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned: unknown[] = await owner.query(
      `select 1 from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = 'alliance_app'`,
    );
    expect(owned).toHaveLength(0);
  });

  it('with the tenant filter taken away, a query still returns the current tenant’s rows only', async () => {
    const brest = await factories.tenant('Brest métropole');
    const poitiers = await factories.tenant('Grand Poitiers');
    await factories.member(brest, TenantRole.MEMBER);
    await factories.member(poitiers, TenantRole.MEMBER);
    await factories.member(poitiers, TenantRole.ADMIN);
    const seen = await uow.run(brest.id, (m) => m.query(`select tenant_id from identity.memberships`));
    expect(seen).toEqual([{ tenant_id: brest.id }]);
    const viaOrm = await uow.run(brest.id, (m) => m.getRepository(Membership).find());
    expect(viaOrm.map((row) => row.tenantId)).toEqual([brest.id]);
  });

  it('with no tenant set, a query returns nothing — never everything', async () => {
    const tenant = await factories.tenant();
    await factories.member(tenant, TenantRole.MEMBER);
    expect(await uow.run(null, (m) => m.query(`select * from identity.memberships`))).toEqual([]);
    expect(await runtime.query(`select * from identity.memberships`)).toEqual([]);
    expect(await runtime.query(`select * from platform.audit_entries`)).toEqual([]);
  });

  it('refuses to write a row into another tenant', async () => {
    const brest = await factories.tenant();
    const poitiers = await factories.tenant();
    const user = await factories.user();
    await expect(
      uow.run(brest.id, (m) =>
        m.query(`insert into identity.memberships (tenant_id, user_id, role) values ($1, $2, 'member')`, [
          poitiers.id,
          user.id,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('a where holding undefined or null throws instead of matching every row', async () => {
    const tenant = await factories.tenant();
    await uow.run(tenant.id, async (m) => {
      await expect(m.getRepository(Membership).find({ where: { userId: undefined } })).rejects.toThrow();
      await expect(
        m.getRepository(Membership).delete({ userId: null as unknown as string }),
      ).rejects.toThrow();
    });
  });

  it('reading the tenant with none in the context throws', () => {
    expect(() => RequestContext.run({ locale: 'fr' }, () => RequestContext.tenantId())).toThrow(/No tenant/);
  });
});
