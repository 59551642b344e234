import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_DATABASE_ROLE as APP, schemaUsageSql, tenantTableSql } from '@alliance/platform';

export class IdentitySchema1763800001000 implements MigrationInterface {
  name = 'IdentitySchema1763800001000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      ...schemaUsageSql('identity'),

      // Platform-wide registries: the tenants themselves and the people who may act in them.
      `create table identity.tenants (
         id uuid primary key default gen_random_uuid(),
         slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
         name text not null,
         kind text not null,
         siren text check (siren ~ '^[0-9]{9}$'),
         programme_name text not null,
         description text,
         status text not null default 'active',
         created_at timestamptz(3) not null default now())`,
      `grant select, insert, update on identity.tenants to ${APP}`,

      `create table identity.users (
         id uuid primary key default gen_random_uuid(),
         email text not null unique check (email = lower(email)),
         display_name text not null,
         password_hash text not null,
         platform_roles text[] not null default '{}',
         created_at timestamptz(3) not null default now())`,
      `grant select, insert, update on identity.users to ${APP}`,

      `create table identity.refresh_tokens (
         id uuid primary key default gen_random_uuid(),
         user_id uuid not null references identity.users(id),
         tenant_id uuid references identity.tenants(id),
         family_id uuid not null,
         token_hash text not null unique,
         expires_at timestamptz not null,
         rotated_at timestamptz,
         revoked_at timestamptz,
         created_at timestamptz(3) not null default now())`,
      `create index refresh_tokens_user_idx on identity.refresh_tokens (user_id, tenant_id)`,
      `grant select, insert, update on identity.refresh_tokens to ${APP}`,

      `create table identity.password_resets (
         id uuid primary key default gen_random_uuid(),
         user_id uuid not null references identity.users(id),
         token_hash text not null unique,
         expires_at timestamptz not null,
         used_at timestamptz,
         created_at timestamptz(3) not null default now())`,
      `grant select, insert, update on identity.password_resets to ${APP}`,

      // Failed logins, kept outside the request's transaction so a rejected login still counts.
      `create table identity.login_failures (key text not null, at timestamptz not null default now())`,
      `create index login_failures_key_at_idx on identity.login_failures (key, at)`,
      `grant select, insert, delete on identity.login_failures to ${APP}`,

      // Tenant tables.
      `create table identity.memberships (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null references identity.tenants(id),
         user_id uuid not null references identity.users(id),
         role text not null check (role in ('admin','animator','member','expert','observer')),
         status text not null default 'active' check (status in ('active','removed')),
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, user_id))`,
      `create index memberships_tenant_created_idx on identity.memberships (tenant_id, created_at, id)`,
      ...tenantTableSql('identity.memberships'),

      `create table identity.consultant_assignments (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null references identity.tenants(id),
         user_id uuid not null references identity.users(id),
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, user_id))`,
      ...tenantTableSql('identity.consultant_assignments'),

      `create table identity.invitations (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null references identity.tenants(id),
         email text not null,
         role text not null check (role in ('admin','animator','member','expert','observer')),
         token_hash text not null,
         status text not null default 'pending',
         expires_at timestamptz not null,
         invited_by uuid references identity.users(id),
         accepted_at timestamptz,
         created_at timestamptz(3) not null default now())`,
      `create unique index invitations_tenant_token_idx on identity.invitations (tenant_id, token_hash)`,
      `create index invitations_tenant_created_idx on identity.invitations (tenant_id, created_at, id)`,
      ...tenantTableSql('identity.invitations'),

      // The explicit cross-tenant paths. They run as the owner, answer only for the one user or tenant
      // named, and return no more than ids and roles.
      `create function identity.tenant_access_of_user(p_user uuid)
         returns table (tenant_id uuid, role text, serves boolean)
         language sql stable security definer set search_path = identity, pg_temp as $$
           select m.tenant_id, m.role, false from identity.memberships m where m.user_id = p_user and m.status = 'active'
           union all
           select a.tenant_id, null, true from identity.consultant_assignments a where a.user_id = p_user
         $$`,
      `revoke all on function identity.tenant_access_of_user(uuid) from public`,
      `grant execute on function identity.tenant_access_of_user(uuid) to ${APP}`,

      `create function identity.assign_consultant(p_tenant uuid, p_user uuid) returns void
         language sql volatile security definer set search_path = identity, pg_temp as $$
           insert into identity.consultant_assignments (tenant_id, user_id) values (p_tenant, p_user)
           on conflict (tenant_id, user_id) do nothing
         $$`,
      `revoke all on function identity.assign_consultant(uuid, uuid) from public`,
      `grant execute on function identity.assign_consultant(uuid, uuid) to ${APP}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop schema identity cascade');
  }
}
