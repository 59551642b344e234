import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_DATABASE_ROLE as APP, schemaUsageSql, tenantTableSql } from '@alliance/platform';
import { readNationalCatalogue } from '../catalogue/national-catalogue';

export class IndicatorsSchema1763800300000 implements MigrationInterface {
  name = 'IndicatorsSchema1763800300000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      ...schemaUsageSql('indicators'),

      // Platform-wide: the national catalogue every territory picks from. No tenant, read-only at runtime.
      `create table indicators.catalogue (
         id uuid primary key default gen_random_uuid(),
         code text not null unique,
         title text not null,
         short_title text,
         unit text not null,
         parents text[] not null default '{}',
         themes text[] not null default '{}',
         categories text[] not null default '{}',
         precision int,
         minimum numeric,
         maximum numeric,
         formula text,
         description text,
         created_at timestamptz(3) not null default now())`,
      `grant select on indicators.catalogue to ${APP}`,

      // Tenant tables. Themes are the territory context's: kept as opaque codes, no foreign key across schemas.
      `create table indicators.custom_definitions (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         code text not null check (code ~ '^[a-z0-9_.-]+$'),
         title text not null,
         unit text not null,
         theme_codes text[] not null default '{}',
         precision int,
         minimum numeric,
         maximum numeric,
         formula text,
         description text,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, code))`,
      ...tenantTableSql('indicators.custom_definitions'),

      `create table indicators.selections (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         indicator_code text not null,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, indicator_code))`,
      `create index selections_tenant_created_idx on indicators.selections (tenant_id, created_at, id)`,
      ...tenantTableSql('indicators.selections'),

      `create table indicators.objectives (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         indicator_code text not null,
         kind text not null check (kind in ('absolute','relative','rate','direction')),
         base_year int,
         target_year int,
         target_value numeric,
         change_percent numeric,
         rate_percent numeric,
         direction text check (direction in ('up','down','maintain')),
         source text not null,
         validated_by text,
         label text,
         created_at timestamptz(3) not null default now())`,
      `create index objectives_tenant_indicator_idx on indicators.objectives (tenant_id, indicator_code, created_at)`,
      ...tenantTableSql('indicators.objectives'),

      // One row per indicator, year, kind and scope (territory-wide, a sector, or an organisation).
      `create table indicators.indicator_values (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         indicator_code text not null,
         year int not null check (year between 1900 and 2200),
         kind text not null check (kind in ('observed','estimated','target')),
         sector text not null default '',
         organisation_id uuid,
         value numeric,
         computed boolean not null default false,
         missing_reason text,
         source text,
         entered_by uuid,
         created_at timestamptz(3) not null default now(),
         updated_at timestamptz(3) not null default now(),
         check (value is not null or missing_reason is not null))`,
      `create unique index indicator_values_scope_uq on indicators.indicator_values
         (tenant_id, indicator_code, kind, year, sector, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'))`,
      ...tenantTableSql('indicators.indicator_values'),

      // Projection of the impacts actions declare (community events), for "what is missing".
      `create table indicators.declared_impacts (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         impact_ref text not null,
         action_ref text not null,
         action_title text,
         indicator_code text not null,
         quantity numeric not null,
         unit text not null,
         year int not null,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, impact_ref))`,
      `create index declared_impacts_tenant_indicator_idx on indicators.declared_impacts (tenant_id, indicator_code)`,
      ...tenantTableSql('indicators.declared_impacts'),
    ];
    for (const statement of statements) await q.query(statement);
    await loadCatalogue(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop schema indicators cascade');
  }
}

/**
 * Idempotent: a catalogue row is updated in place, so a newer file can be loaded by a later migration.
 * Rows are a millisecond apart so that the catalogue pages in the file's order.
 */
export async function loadCatalogue(q: QueryRunner): Promise<void> {
  const definitions = readNationalCatalogue();
  await q.query(
    `insert into indicators.catalogue
       (code, title, short_title, unit, parents, themes, categories, precision, minimum, maximum, formula, description,
        created_at)
     select d.code, d.title, d.short_title, d.unit, d.parents, d.themes, d.categories, d.precision, d.minimum,
            d.maximum, d.formula, d.description, now() + (e.n * interval '1 millisecond')
       from jsonb_array_elements($1::jsonb) with ordinality as e(item, n),
            jsonb_to_record(e.item) as d(code text, title text, short_title text, unit text, parents text[],
            themes text[], categories text[], precision int, minimum numeric, maximum numeric, formula text,
            description text)
     on conflict (code) do update set title = excluded.title, short_title = excluded.short_title,
       unit = excluded.unit, parents = excluded.parents, themes = excluded.themes, categories = excluded.categories,
       precision = excluded.precision, minimum = excluded.minimum, maximum = excluded.maximum,
       formula = excluded.formula, description = excluded.description`,
    [
      JSON.stringify(
        definitions.map((d) => ({
          code: d.code,
          title: d.title,
          short_title: d.shortTitle,
          unit: d.unit,
          parents: d.parents,
          themes: d.themes,
          categories: d.categories,
          precision: d.precision,
          minimum: d.minimum,
          maximum: d.maximum,
          formula: d.formula,
          description: d.description,
        })),
      ),
    ],
  );
}
