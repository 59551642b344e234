import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_DATABASE_ROLE as APP, tenantTableSql } from '@alliance/platform';

export class TerritoryTemplates1763800101000 implements MigrationInterface {
  name = 'TerritoryTemplates1763800101000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // The template library is the platform's, shared by every consultant: no tenant, no row-level
      // security. Versions are immutable: the runtime role may insert them, never update or delete them.
      `create table territory.templates (
         id uuid primary key default gen_random_uuid(),
         code text not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
         name text not null check (length(name) between 1 and 200),
         description text,
         created_at timestamptz(3) not null default now())`,
      `grant select, insert on territory.templates to ${APP}`,
      `create table territory.template_versions (
         template_id uuid not null references territory.templates(id),
         version integer not null check (version >= 1),
         document jsonb not null,
         note text,
         created_by uuid,
         created_at timestamptz(3) not null default now(),
         primary key (template_id, version))`,
      `grant select, insert on territory.template_versions to ${APP}`,

      // Which template version a territory's configuration was made from, to show what differs since.
      `create table territory.configuration_origins (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null unique,
         template_id uuid not null references territory.templates(id),
         template_version integer not null,
         created_at timestamptz(3) not null default now(),
         foreign key (template_id, template_version) references territory.template_versions(template_id, version))`,
      ...tenantTableSql('territory.configuration_origins', 'select, insert'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table territory.configuration_origins');
    await q.query('drop table territory.template_versions');
    await q.query('drop table territory.templates');
  }
}
