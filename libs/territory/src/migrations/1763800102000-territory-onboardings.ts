import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_DATABASE_ROLE as APP } from '@alliance/platform';

export class TerritoryOnboardings1763800102000 implements MigrationInterface {
  name = 'TerritoryOnboardings1763800102000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // An onboarding exists before its tenant does, and its requester (a consultant or an operator) acts
      // across tenants: a platform-wide table, read through the service's requester/operator check.
      `create table territory.onboardings (
         id uuid primary key default gen_random_uuid(),
         new_tenant_id uuid not null unique,
         name text not null check (length(name) between 1 and 200),
         slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
         programme_name text not null,
         admin_email text not null,
         source_template_id uuid references territory.templates(id),
         source_template_version integer,
         source_tenant_id uuid,
         requested_by uuid not null,
         assign_consultant boolean not null,
         status text not null default 'pending' check (status in ('pending','running','succeeded','failed')),
         steps_done integer not null default 0,
         total_steps integer not null,
         current_step text,
         error text,
         created_at timestamptz(3) not null default now(),
         finished_at timestamptz,
         check ((source_template_id is null) <> (source_tenant_id is null)),
         foreign key (source_template_id, source_template_version)
           references territory.template_versions(template_id, version))`,
      // Two onboardings may not race for one slug; a failed one frees it.
      `create unique index onboardings_live_slug_idx on territory.onboardings (slug) where status <> 'failed'`,
      `create index onboardings_requester_idx on territory.onboardings (requested_by, created_at, id)`,
      `grant select, insert, update on territory.onboardings to ${APP}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table territory.onboardings');
  }
}
