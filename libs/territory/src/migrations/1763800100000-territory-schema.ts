import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaUsageSql, tenantTableSql } from '@alliance/platform';

export class TerritorySchema1763800100000 implements MigrationInterface {
  name = 'TerritorySchema1763800100000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      ...schemaUsageSql('territory'),

      // Themes, sectors, zones and organisation types share one shape (a coded, ordered, archivable label),
      // so they share one table; see docs/adr on territory configuration.
      `create table territory.catalogue_items (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         kind text not null check (kind in ('theme','sector','zone','organisation_type')),
         code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
         label text not null check (length(label) between 1 and 200),
         position integer not null,
         zone_kind text check (zone_kind in ('zae','neighbourhood','commune')),
         geojson jsonb,
         archived_at timestamptz,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, kind, code),
         check ((kind = 'zone') = (zone_kind is not null)),
         check (kind = 'zone' or geojson is null))`,
      `create index catalogue_items_tenant_kind_position_idx on territory.catalogue_items (tenant_id, kind, position)`,
      ...tenantTableSql('territory.catalogue_items', 'select, insert, update'),

      `create table territory.plan_items (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         parent_id uuid references territory.plan_items(id),
         level text not null check (level in ('axis','stake','action')),
         code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
         label text not null check (length(label) between 1 and 500),
         position integer not null,
         archived_at timestamptz,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, code),
         check ((level = 'axis') = (parent_id is null)))`,
      `create index plan_items_tenant_parent_position_idx on territory.plan_items (tenant_id, parent_id, position)`,
      ...tenantTableSql('territory.plan_items', 'select, insert, update'),

      `create table territory.objectives (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
         label text not null check (length(label) between 1 and 500),
         horizon_year integer not null check (horizon_year between 2000 and 2100),
         target text not null check (length(target) between 1 and 200),
         theme_id uuid references territory.catalogue_items(id),
         position integer not null,
         archived_at timestamptz,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, code))`,
      `create index objectives_tenant_position_idx on territory.objectives (tenant_id, position)`,
      ...tenantTableSql('territory.objectives', 'select, insert, update'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop schema territory cascade');
  }
}
