import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_DATABASE_ROLE, tenantTableSql } from '@alliance/platform';

const POINT_COLUMNS = 'years, vals, computed, reasons, sources, entered_by';

/**
 * Values are stored one row per series (indicator, kind, sector, organisation) holding its years as parallel
 * arrays, instead of one row per value: an import of 100,000 values writes a few thousand rows, which is what
 * lets it keep up with a plain COPY (ADR 0006). `indicators.indicator_values` stays, as a view with one row per
 * value, so every read is unchanged. What most series share for every year (not computed, no reason, one source,
 * one person who entered them) is kept once, in the `_all` columns, with a null array. A value's id is its series' id with the year in its last four hex digits:
 * stable as long as the value's scope exists, and found again without scanning the view.
 */
export class ValueSeries1763800500000 implements MigrationInterface {
  name = 'ValueSeries1763800500000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `create function indicators.new_series_id() returns uuid language sql volatile
         as $$ select overlay(gen_random_uuid()::text placing '0000' from 33 for 4)::uuid $$`,
      `create function indicators.value_id(series_id uuid, year int) returns uuid language sql immutable
         as $$ select overlay(series_id::text placing lpad(to_hex(year), 4, '0') from 33 for 4)::uuid $$`,
      `create table indicators.value_series (
         id uuid primary key default indicators.new_series_id(),
         tenant_id uuid not null,
         indicator_code text not null,
         kind text not null check (kind in ('observed','estimated','target')),
         sector text not null default '',
         organisation_id uuid,
         years int[] not null check (1900 <= all (years) and 2200 >= all (years)),
         vals numeric[] not null,
         computed boolean[],
         computed_all boolean not null default false,
         reasons text[],
         sources text[],
         source_all text,
         entered_by uuid[],
         entered_all uuid,
         created_at timestamptz(3) not null default now(),
         updated_at timestamptz(3) not null default now(),
         check (cardinality(vals) = cardinality(years)
           and (computed is null or cardinality(computed) = cardinality(years))
           and (reasons is null or cardinality(reasons) = cardinality(years))
           and (sources is null or cardinality(sources) = cardinality(years))
           and (entered_by is null or cardinality(entered_by) = cardinality(years))))`,
      `create unique index value_series_scope_uq on indicators.value_series
         (tenant_id, indicator_code, kind, sector, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'))`,
      `create function indicators.expand(points anyarray, whole anyelement, n int) returns anyarray
         language sql immutable as $$ select coalesce(points, array_fill(whole, array[n])) $$`,
      // The new points of a scope replace the stored points of the same years; the other years stay.
      `create function indicators.merge_points(
         o_years int[], o_vals numeric[], o_computed boolean[], o_reasons text[], o_sources text[], o_entered uuid[],
         n_years int[], n_vals numeric[], n_computed boolean[], n_reasons text[], n_sources text[], n_entered uuid[])
       returns table (years int[], vals numeric[], computed boolean[], reasons text[], sources text[], entered_by uuid[])
       language sql immutable as $$
         select array_agg(p.y order by p.y), array_agg(p.v order by p.y), array_agg(p.c order by p.y),
                array_agg(p.r order by p.y), array_agg(p.s order by p.y), array_agg(p.e order by p.y)
           from (select distinct on (b.y) b.y, b.v, b.c, b.r, b.s, b.e
                   from (select n.*, 0 as rank from unnest(n_years, n_vals, n_computed, n_reasons, n_sources, n_entered)
                                  as n(y, v, c, r, s, e)
                         union all
                         select o.*, 1 from unnest(o_years, o_vals, o_computed, o_reasons, o_sources, o_entered)
                                  as o(y, v, c, r, s, e)) b
                  order by b.y, b.rank) p
       $$`,
      // The points of a series without the given years (only the computed ones of those years, when asked).
      `create function indicators.without_years(
         o_years int[], o_vals numeric[], o_computed boolean[], o_reasons text[], o_sources text[], o_entered uuid[],
         gone int[], computed_only boolean)
       returns table (years int[], vals numeric[], computed boolean[], reasons text[], sources text[], entered_by uuid[])
       language sql immutable as $$
         select coalesce(array_agg(p.y order by p.y), '{}'), coalesce(array_agg(p.v order by p.y), '{}'),
                coalesce(array_agg(p.c order by p.y), '{}'), coalesce(array_agg(p.r order by p.y), '{}'),
                coalesce(array_agg(p.s order by p.y), '{}'), coalesce(array_agg(p.e order by p.y), '{}')
           from unnest(o_years, o_vals, o_computed, o_reasons, o_sources, o_entered) as p(y, v, c, r, s, e)
          where not (p.y = any (gone) and (p.c or not computed_only))
       $$`,
      // The old table is read by its owner whatever the tenant, then replaced.
      `alter table indicators.indicator_values no force row level security`,
      `insert into indicators.value_series
         (tenant_id, indicator_code, kind, sector, organisation_id, ${POINT_COLUMNS}, created_at, updated_at)
       select tenant_id, indicator_code, kind, sector, organisation_id,
              array_agg(year order by year), array_agg(value order by year), array_agg(computed order by year),
              array_agg(missing_reason order by year), array_agg(source order by year),
              array_agg(entered_by order by year), min(created_at), max(updated_at)
         from indicators.indicator_values
        group by tenant_id, indicator_code, kind, sector, organisation_id`,
      `drop table indicators.indicator_values`,
      ...tenantTableSql('indicators.value_series'),
      // security_invoker: the view reads value_series with the caller's rights, so its row-level security holds.
      `create view indicators.indicator_values with (security_invoker = true) as
         select indicators.value_id(s.id, p.year) as id, s.id as series_id, s.tenant_id, s.indicator_code, p.year,
                s.kind, s.sector, s.organisation_id, p.value, coalesce(p.computed, s.computed_all) as computed,
                p.missing_reason, case when s.sources is null then s.source_all else p.source end as source,
                case when s.entered_by is null then s.entered_all else p.entered_by end as entered_by,
                s.created_at, s.updated_at
           from indicators.value_series s
           cross join lateral unnest(s.years, s.vals, s.computed, s.reasons, s.sources, s.entered_by)
             as p(year, value, computed, missing_reason, source, entered_by)`,
      `grant select on indicators.indicator_values to ${RUNTIME_DATABASE_ROLE}`,
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    const statements = [
      `alter table indicators.value_series no force row level security`,
      `create table indicators.values_by_row as select * from indicators.indicator_values`,
      `drop view indicators.indicator_values`,
      `drop table indicators.value_series`,
      `drop function indicators.merge_points`,
      `drop function indicators.without_years`,
      `drop function indicators.value_id`,
      `drop function indicators.expand`,
      `drop function indicators.new_series_id`,
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
      `insert into indicators.indicator_values
         (id, tenant_id, indicator_code, year, kind, sector, organisation_id, value, computed, missing_reason, source,
          entered_by, created_at, updated_at)
       select id, tenant_id, indicator_code, year, kind, sector, organisation_id, value, computed, missing_reason,
              source, entered_by, created_at, updated_at from indicators.values_by_row`,
      `drop table indicators.values_by_row`,
      `create unique index indicator_values_scope_uq on indicators.indicator_values
         (tenant_id, indicator_code, kind, year, sector, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'))`,
      ...tenantTableSql('indicators.indicator_values'),
    ];
    for (const statement of statements) await q.query(statement);
  }
}
