import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '@alliance/platform';

export class Toolbox1763800200200 implements MigrationInterface {
  name = 'Toolbox1763800200200';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // Themes are territory's codes, kept by value.
      `create table assessment.toolbox_resources (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         kind text not null check (kind in ('guide', 'financing', 'contact', 'training')),
         title text not null,
         description text,
         url text check (url ~ '^https?://'),
         themes text[] not null default '{}',
         created_at timestamptz(3) not null default now())`,
      `create index toolbox_resources_tenant_created_idx on assessment.toolbox_resources (tenant_id, created_at, id)`,
      `create index toolbox_resources_themes_idx on assessment.toolbox_resources using gin (themes)`,
      ...tenantTableSql('assessment.toolbox_resources'),

      // Linked by referential and criterion code rather than node id, so a link outlives the version.
      `create table assessment.resource_links (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         resource_id uuid not null references assessment.toolbox_resources(id) on delete cascade,
         referential_id uuid not null references assessment.referentials(id) on delete cascade,
         criterion_code text not null,
         max_level int not null check (max_level between 0 and 9),
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, referential_id, criterion_code, resource_id))`,
      ...tenantTableSql('assessment.resource_links'),
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table assessment.resource_links');
    await q.query('drop table assessment.toolbox_resources');
  }
}
