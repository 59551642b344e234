import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaUsageSql, tenantTableSql } from '@alliance/platform';

export class AssessmentReferentials1763800200000 implements MigrationInterface {
  name = 'AssessmentReferentials1763800200000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      ...schemaUsageSql('assessment'),

      `create table assessment.referentials (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
         title text not null,
         description text,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, code))`,
      `create index referentials_tenant_created_idx on assessment.referentials (tenant_id, created_at, id)`,
      ...tenantTableSql('assessment.referentials'),

      `create table assessment.referential_versions (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         referential_id uuid not null references assessment.referentials(id) on delete cascade,
         number int not null check (number > 0),
         status text not null check (status in ('draft', 'published')),
         csv_columns text[] not null,
         published_at timestamptz,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, referential_id, number),
         check ((status = 'published') = (published_at is not null)))`,
      // At most one draft per referential: the next version is prepared in one place.
      `create unique index referential_versions_one_draft_idx on assessment.referential_versions (tenant_id, referential_id) where status = 'draft'`,
      ...tenantTableSql('assessment.referential_versions'),

      `create table assessment.referential_nodes (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         version_id uuid not null references assessment.referential_versions(id) on delete cascade,
         code text not null,
         parent_code text,
         position int not null,
         title text not null,
         guidance text,
         points numeric check (points >= 0),
         percentage numeric check (percentage between 0 and 100),
         category text,
         organisation_types text[] not null default '{}',
         level_descriptions jsonb not null default '{}',
         extra jsonb not null default '{}',
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, version_id, code))`,
      `create index referential_nodes_version_idx on assessment.referential_nodes (tenant_id, version_id, position)`,
      ...tenantTableSql('assessment.referential_nodes'),

      `create table assessment.maturity_levels (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         version_id uuid not null references assessment.referential_versions(id) on delete cascade,
         level int not null check (level between 0 and 9),
         label text not null,
         score numeric not null check (score >= 0),
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, version_id, level))`,
      ...tenantTableSql('assessment.maturity_levels'),

      // Published versions are frozen in the database too: assessments made on them must never move.
      `create function assessment.refuse_published_change() returns trigger language plpgsql as $$
       declare
         target uuid;
       begin
         if tg_op = 'DELETE' then target := old.version_id; else target := new.version_id; end if;
         if exists (select 1 from assessment.referential_versions v where v.id = target and v.status = 'published') then
           raise exception 'referential version % is published and cannot change', target using errcode = 'check_violation';
         end if;
         if tg_op = 'DELETE' then return old; end if;
         return new;
       end $$`,
      `create trigger referential_nodes_frozen before insert or update or delete on assessment.referential_nodes
         for each row execute function assessment.refuse_published_change()`,
      `create trigger maturity_levels_frozen before insert or update or delete on assessment.maturity_levels
         for each row execute function assessment.refuse_published_change()`,
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop schema assessment cascade');
  }
}
