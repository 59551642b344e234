import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaUsageSql, tenantTableSql } from '@alliance/platform';

/**
 * Organisations and the directory, coalitions, commitments and actions. Codes of the territory's
 * configuration (themes, sectors, zones, organisation types, plan stakes) are kept by value: territory owns
 * them, and a code renamed there is resolved by federation, not by a foreign key across schemas.
 */
export class CommunitySchema1763800400000 implements MigrationInterface {
  name = 'CommunitySchema1763800400000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      ...schemaUsageSql('community'),

      `create table community.organisations (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         name text not null check (length(trim(name)) between 1 and 200),
         type_code text not null,
         siren text check (siren ~ '^[0-9]{9}$'),
         siret text check (siret ~ '^[0-9]{14}$'),
         sector_codes text[] not null default '{}',
         zone_codes text[] not null default '{}',
         size_band text check (size_band in ('none', '1-9', '10-49', '50-249', '250-4999', '5000+')),
         address text,
         postcode text,
         city text,
         website text check (website ~ '^https?://'),
         description text,
         public_profile boolean not null default false,
         created_by uuid,
         search tsvector generated always as (
           to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(city, '') || ' ' || coalesce(description, ''))
         ) stored,
         created_at timestamptz(3) not null default now())`,
      `create index organisations_tenant_created_idx on community.organisations (tenant_id, created_at, id)`,
      `create unique index organisations_tenant_siret_key on community.organisations (tenant_id, siret) where siret is not null`,
      `create index organisations_tenant_name_postcode_idx on community.organisations (tenant_id, lower(name), postcode)`,
      `create index organisations_sectors_idx on community.organisations using gin (sector_codes)`,
      `create index organisations_zones_idx on community.organisations using gin (zone_codes)`,
      `create index organisations_search_idx on community.organisations using gin (search)`,
      ...tenantTableSql('community.organisations'),

      `create table community.representatives (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         organisation_id uuid not null references community.organisations(id) on delete cascade,
         user_id uuid not null,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, organisation_id, user_id))`,
      `create index representatives_user_idx on community.representatives (tenant_id, user_id)`,
      ...tenantTableSql('community.representatives'),

      // Asking to represent an existing organisation; its representatives or an animator decide.
      `create table community.join_requests (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         organisation_id uuid not null references community.organisations(id) on delete cascade,
         user_id uuid not null,
         message text,
         status text not null default 'pending' check (status in ('pending', 'approved', 'refused')),
         decided_by uuid,
         decided_at timestamptz,
         created_at timestamptz(3) not null default now())`,
      `create unique index join_requests_pending_key on community.join_requests (tenant_id, organisation_id, user_id) where status = 'pending'`,
      ...tenantTableSql('community.join_requests'),

      `create table community.organisation_imports (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         file_name text not null,
         content text not null,
         status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
         total_rows int not null default 0,
         processed_rows int not null default 0,
         created_rows int not null default 0,
         skipped_rows int not null default 0,
         errors jsonb not null default '[]',
         requested_by uuid not null,
         finished_at timestamptz,
         created_at timestamptz(3) not null default now())`,
      `create index organisation_imports_tenant_created_idx on community.organisation_imports (tenant_id, created_at, id)`,
      ...tenantTableSql('community.organisation_imports'),

      `create table community.coalitions (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         name text not null check (length(trim(name)) between 1 and 200),
         objective text not null,
         perimeter_kind text not null check (perimeter_kind in ('theme', 'zone', 'sector')),
         perimeter_code text not null,
         review_status text not null default 'proposed' check (review_status in ('proposed', 'returned', 'validated')),
         review_comment text,
         stage text not null default 'forming'
           check (stage in ('forming', 'explore', 'inspire', 'plan', 'committed', 'active', 'closed')),
         facilitation text check (facilitation in ('rotating', 'fixed')),
         meeting_frequency text,
         tools text,
         liaison text,
         proposed_by uuid not null,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, name))`,
      `create index coalitions_tenant_created_idx on community.coalitions (tenant_id, created_at, id)`,
      ...tenantTableSql('community.coalitions'),

      `create table community.coalition_stages (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         coalition_id uuid not null references community.coalitions(id) on delete cascade,
         stage text not null,
         reached_on date not null,
         moved_by uuid,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, coalition_id, stage))`,
      ...tenantTableSql('community.coalition_stages'),

      `create table community.coalition_members (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         coalition_id uuid not null references community.coalitions(id) on delete cascade,
         organisation_id uuid not null references community.organisations(id) on delete cascade,
         status text not null check (status in ('requested', 'invited', 'member')),
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, coalition_id, organisation_id))`,
      `create index coalition_members_organisation_idx on community.coalition_members (tenant_id, organisation_id)`,
      ...tenantTableSql('community.coalition_members'),

      `create table community.coalition_facilitators (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         coalition_id uuid not null references community.coalitions(id) on delete cascade,
         user_id uuid not null,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, coalition_id, user_id))`,
      ...tenantTableSql('community.coalition_facilitators'),

      // Exactly one author: a coalition or an organisation.
      `create table community.commitments (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         coalition_id uuid references community.coalitions(id) on delete cascade,
         organisation_id uuid references community.organisations(id) on delete cascade,
         status text not null default 'draft'
           check (status in ('draft', 'submitted', 'returned', 'validated', 'published')),
         review_comment text,
         current_revision int not null default 1,
         published_at timestamptz,
         created_by uuid not null,
         created_at timestamptz(3) not null default now(),
         check ((coalition_id is null) <> (organisation_id is null)))`,
      `create index commitments_tenant_created_idx on community.commitments (tenant_id, created_at, id)`,
      `create index commitments_coalition_idx on community.commitments (tenant_id, coalition_id)`,
      ...tenantTableSql('community.commitments'),

      // Editing a published commitment writes a new revision; earlier ones stay readable.
      `create table community.commitment_revisions (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         commitment_id uuid not null references community.commitments(id) on delete cascade,
         revision int not null,
         title text not null,
         objective text,
         member_organisation_ids uuid[] not null default '{}',
         functioning text,
         first_actions text,
         plan_stake_codes text[] not null default '{}',
         edited_by uuid not null,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, commitment_id, revision))`,
      ...tenantTableSql('community.commitment_revisions'),

      `create table community.actions (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         commitment_id uuid references community.commitments(id) on delete cascade,
         coalition_id uuid references community.coalitions(id) on delete cascade,
         organisation_id uuid references community.organisations(id) on delete cascade,
         title text not null check (length(trim(title)) between 1 and 200),
         description text,
         category_code text,
         status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'abandoned')),
         starts_on date,
         due_on date,
         budget_euros numeric check (budget_euros >= 0),
         people numeric check (people >= 0),
         barriers text[] not null default '{}',
         levers text[] not null default '{}',
         partner_organisation_ids uuid[] not null default '{}',
         plan_stake_codes text[] not null default '{}',
         created_by uuid not null,
         created_at timestamptz(3) not null default now(),
         check (starts_on is null or due_on is null or starts_on <= due_on))`,
      `create index actions_tenant_created_idx on community.actions (tenant_id, created_at, id)`,
      `create index actions_commitment_idx on community.actions (tenant_id, commitment_id)`,
      `create index actions_coalition_idx on community.actions (tenant_id, coalition_id)`,
      `create index actions_stakes_idx on community.actions using gin (plan_stake_codes)`,
      ...tenantTableSql('community.actions'),

      `create table community.action_impacts (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         action_id uuid not null references community.actions(id) on delete cascade,
         indicator_code text,
         quantity numeric not null,
         unit text not null,
         year int not null check (year between 2000 and 2100),
         method text,
         created_at timestamptz(3) not null default now())`,
      `create index action_impacts_action_idx on community.action_impacts (tenant_id, action_id)`,
      ...tenantTableSql('community.action_impacts'),

      `create table community.action_progress (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         action_id uuid not null references community.actions(id) on delete cascade,
         reported_on date not null,
         note text not null,
         percent int check (percent between 0 and 100),
         reported_by uuid not null,
         created_at timestamptz(3) not null default now())`,
      `create index action_progress_action_idx on community.action_progress (tenant_id, action_id)`,
      ...tenantTableSql('community.action_progress'),
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop schema community cascade');
  }
}
