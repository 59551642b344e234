import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { IndicatorValue, ValueKind } from './indicator-value.entity';

export interface ValueWrite {
  indicatorCode: string;
  year: number;
  kind: ValueKind;
  sector: string;
  organisationId: string | null;
  value: number | null;
  computed: boolean;
  missingReason: string | null;
  source: string | null;
  enteredBy: string | null;
}

const COLUMNS =
  'tenant_id, indicator_code, year, kind, sector, organisation_id, value, computed, missing_reason, source, entered_by';

@Injectable()
export class IndicatorValueRepository extends TenantRepository<IndicatorValue> {
  constructor(uow: UnitOfWork) {
    super(uow, IndicatorValue);
  }

  async byIndicators(codes: readonly string[]): Promise<IndicatorValue[]> {
    if (codes.length === 0) return [];
    return (await this.query('v'))
      .andWhere('v.indicatorCode in (:...codes)', { codes: [...codes] })
      .orderBy('v.year')
      .addOrderBy('v.kind')
      .addOrderBy('v.sector')
      .getMany();
  }

  /**
   * Writes many values in one statement: the same scope (indicator, kind, year, sector, organisation)
   * replaces the previous value, so entering or importing twice leaves one row.
   */
  async upsertMany(rows: readonly ValueWrite[], options = { returning: true }): Promise<IndicatorValue[]> {
    if (rows.length === 0) return [];
    const tenantId = RequestContext.tenantId();
    // One typed array per column: Postgres unnests them far faster than it parses a JSON document.
    const saved: { id: string }[] = await (
      await this.manager()
    ).query(
      `insert into indicators.indicator_values (${COLUMNS})
       select $1, r.* from unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::uuid[], $7::numeric[],
              $8::boolean[], $9::text[], $10::text[], $11::uuid[])
         as r(indicator_code, year, kind, sector, organisation_id, value, computed, missing_reason, source, entered_by)
       on conflict (tenant_id, indicator_code, kind, year, sector, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'))
       do update set value = excluded.value, computed = excluded.computed, missing_reason = excluded.missing_reason,
         source = excluded.source, entered_by = excluded.entered_by, updated_at = now()
       returning id`,
      [
        tenantId,
        rows.map((r) => r.indicatorCode),
        rows.map((r) => r.year),
        rows.map((r) => r.kind),
        rows.map((r) => r.sector),
        rows.map((r) => r.organisationId),
        rows.map((r) => r.value),
        rows.map((r) => r.computed),
        rows.map((r) => r.missingReason),
        rows.map((r) => r.source),
        rows.map((r) => r.enteredBy),
      ],
    );
    return options.returning ? this.findByIds(saved.map((s) => s.id)) : [];
  }

  /** Removes territory-wide computed values, never entered ones. */
  async removeComputed(rows: readonly { code: string; kind: ValueKind; year: number }[]): Promise<void> {
    if (rows.length === 0) return;
    await (
      await this.manager()
    ).query(
      `delete from indicators.indicator_values v
        using unnest($2::text[], $3::text[], $4::int[]) as r(code, kind, year)
        where v.tenant_id = $1 and v.computed and v.sector = '' and v.organisation_id is null
          and v.indicator_code = r.code and v.kind = r.kind and v.year = r.year`,
      [RequestContext.tenantId(), rows.map((r) => r.code), rows.map((r) => r.kind), rows.map((r) => r.year)],
    );
  }

  /** Territory-wide values of the given codes, kinds and years, as inputs of formulas. */
  async territoryWide(
    codes: readonly string[],
    kinds: readonly ValueKind[],
    years: readonly number[] | null,
  ): Promise<{ code: string; kind: ValueKind; year: number; value: number | null; computed: boolean }[]> {
    if (codes.length === 0) return [];
    const rows: { code: string; kind: ValueKind; year: number; value: string | null; computed: boolean }[] =
      await (
        await this.manager()
      ).query(
        `select indicator_code as code, kind, year, value, computed from indicators.indicator_values
        where tenant_id = $1 and sector = '' and organisation_id is null and indicator_code = any($2)
          and kind = any($3) and ($4::int[] is null or year = any($4))`,
        [RequestContext.tenantId(), [...codes], [...kinds], years ? [...years] : null],
      );
    return rows.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }));
  }
}
