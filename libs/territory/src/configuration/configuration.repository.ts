import { Injectable } from '@nestjs/common';
import { RequestContext, UnitOfWork } from '@alliance/platform';
import type { ConfigurationDocument } from './configuration-document';
import type { ZoneKind } from '../catalogue/catalogue-item.entity';
import type { PlanLevel } from '../plan/plan-item.entity';
import { planDepths } from './configuration-validation';

/**
 * Writes a whole configuration document into the current tenant with one multi-row statement per table
 * (per plan depth), so applying a template costs a handful of round trips whatever its size. Items whose
 * code already exists are left as they are: applying twice is applying once.
 */
@Injectable()
export class ConfigurationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async applyMissing(doc: ConfigurationDocument): Promise<void> {
    const manager = await this.uow.manager();
    const tenantId = RequestContext.tenantId();
    const lists = [
      ['theme', doc.themes],
      ['sector', doc.sectors],
      ['zone', doc.zones],
      ['organisation_type', doc.organisationTypes],
    ] as const;
    for (const [kind, items] of lists) {
      if (items.length === 0) continue;
      await manager.query(
        `insert into territory.catalogue_items (tenant_id, kind, code, label, position, zone_kind, geojson)
         select $1, $2, x.code, x.label, x.position, x.zone_kind, x.geojson
           from unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::jsonb[])
             as x(code, label, position, zone_kind, geojson)
         on conflict (tenant_id, kind, code) do nothing`,
        [
          tenantId,
          kind,
          items.map((i) => i.code),
          items.map((i) => i.label),
          items.map((_, index) => index),
          items.map((i) => ('zoneKind' in i ? i.zoneKind : null)),
          items.map((i) => ('geojson' in i && i.geojson ? JSON.stringify(i.geojson) : null)),
        ],
      );
    }
    const depths = planDepths(doc.plan);
    const siblingRank = new Map<string, number>();
    const rank = (parent: string | null | undefined) => {
      const key = parent ?? '';
      const next = siblingRank.get(key) ?? 0;
      siblingRank.set(key, next + 1);
      return next;
    };
    const rows = doc.plan.map((item) => ({ item, position: rank(item.parent) }));
    const maxDepth = Math.max(-1, ...depths.values());
    for (let depth = 0; depth <= maxDepth; depth++) {
      const level = rows.filter(({ item }) => depths.get(item.code) === depth);
      await manager.query(
        `insert into territory.plan_items (tenant_id, parent_id, level, code, label, position)
         select $1, p.id, x.level, x.code, x.label, x.position
           from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
             as x(code, label, level, parent, position)
           left join territory.plan_items p on p.tenant_id = $1 and p.code = x.parent
         on conflict (tenant_id, code) do nothing`,
        [
          tenantId,
          level.map((r) => r.item.code),
          level.map((r) => r.item.label),
          level.map((r) => r.item.level),
          level.map((r) => r.item.parent ?? null),
          level.map((r) => r.position),
        ],
      );
    }
    if (doc.objectives.length > 0) {
      await manager.query(
        `insert into territory.objectives (tenant_id, code, label, horizon_year, target, theme_id, position)
         select $1, x.code, x.label, x.horizon_year, x.target, t.id, x.position
           from unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int[])
             as x(code, label, horizon_year, target, theme, position)
           left join territory.catalogue_items t on t.tenant_id = $1 and t.kind = 'theme' and t.code = x.theme
         on conflict (tenant_id, code) do nothing`,
        [
          tenantId,
          doc.objectives.map((o) => o.code),
          doc.objectives.map((o) => o.label),
          doc.objectives.map((o) => o.horizonYear),
          doc.objectives.map((o) => o.target),
          doc.objectives.map((o) => o.theme ?? null),
          doc.objectives.map((_, index) => index),
        ],
      );
    }
  }

  /** True when the tenant has no configuration item at all, archived ones included. */
  async isEmpty(): Promise<boolean> {
    const rows: { n: number }[] = await (
      await this.uow.manager()
    ).query(
      `select (select count(*) from territory.catalogue_items where tenant_id = $1)
            + (select count(*) from territory.plan_items where tenant_id = $1)
            + (select count(*) from territory.objectives where tenant_id = $1) as n`,
      [RequestContext.tenantId()],
    );
    return Number(rows[0]?.n ?? 0) === 0;
  }

  /**
   * The active configuration as a document: lists in the admins' order, the plan parents first then
   * siblings in order (depth first), objectives naming their theme by code when it is active.
   */
  async read(): Promise<ConfigurationDocument> {
    const manager = await this.uow.manager();
    const tenantId = RequestContext.tenantId();
    const catalogue: {
      kind: string;
      code: string;
      label: string;
      zone_kind: `${ZoneKind}` | null;
      geojson: Record<string, unknown> | null;
    }[] = await manager.query(
      `select kind, code, label, zone_kind, geojson from territory.catalogue_items
        where tenant_id = $1 and archived_at is null order by kind, position, created_at, id`,
      [tenantId],
    );
    const of = (kind: string) =>
      catalogue.filter((c) => c.kind === kind).map((c) => ({ code: c.code, label: c.label }));
    const plan: {
      id: string;
      parent_id: string | null;
      level: `${PlanLevel}`;
      code: string;
      label: string;
    }[] = await manager.query(
      `select id, parent_id, level, code, label from territory.plan_items
          where tenant_id = $1 and archived_at is null order by position, created_at, id`,
      [tenantId],
    );
    const codes = new Map(plan.map((p) => [p.id, p.code]));
    const ordered: ConfigurationDocument['plan'] = [];
    const visit = (parentId: string | null) => {
      for (const item of plan.filter((p) => p.parent_id === parentId)) {
        ordered.push({
          code: item.code,
          label: item.label,
          level: item.level,
          parent: item.parent_id ? (codes.get(item.parent_id) ?? null) : null,
        });
        visit(item.id);
      }
    };
    visit(null);
    const objectives: {
      code: string;
      label: string;
      horizon_year: number;
      target: string;
      theme: string | null;
    }[] = await manager.query(
      `select o.code, o.label, o.horizon_year, o.target, t.code as theme
           from territory.objectives o
           left join territory.catalogue_items t on t.id = o.theme_id and t.archived_at is null
          where o.tenant_id = $1 and o.archived_at is null order by o.position, o.created_at, o.id`,
      [tenantId],
    );
    return {
      themes: of('theme'),
      sectors: of('sector'),
      zones: catalogue
        .filter((c) => c.kind === 'zone')
        .map((c) => ({ code: c.code, label: c.label, zoneKind: c.zone_kind ?? 'zae', geojson: c.geojson })),
      organisationTypes: of('organisation_type'),
      plan: ordered,
      objectives: objectives.map((o) => ({
        code: o.code,
        label: o.label,
        horizonYear: o.horizon_year,
        target: o.target,
        theme: o.theme,
      })),
    };
  }
}
