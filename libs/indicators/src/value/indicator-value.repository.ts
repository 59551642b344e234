import { Injectable } from '@nestjs/common';
import {
  type CopyIn,
  CopyText,
  RequestContext,
  WritePipeline,
  TenantRepository,
  UnitOfWork,
} from '@alliance/platform';
import { IndicatorValue, ValueKind } from './indicator-value.entity';
import { seriesOfValueId } from './value-id';
import {
  expandedPoints,
  INCOMING_SERIES_COLUMNS,
  seriesOf,
  type SeriesWrite,
  type StreamedSeries,
  type ValueWrite,
  writeSeriesLine,
} from './value-series';

export type { SeriesPoints, SeriesWrite, StreamedSeries, ValueWrite } from './value-series';

/** Series on their way to the table; see `IndicatorValueRepository.openSeriesWriter`. */
export interface SeriesWriter {
  add(series: SeriesWrite | StreamedSeries): void;
  /** Has what was added so far merged into the stored series while the caller goes on adding. */
  send(): void;
  /**
   * Lets the connection go on with what was sent: the server answers one statement before the next leaves, so
   * a caller busy for long (reading a file) waits on this every few milliseconds.
   */
  poll(): Promise<void>;
  /** Merges everything added into the stored series, and waits until it is done. */
  finish(): Promise<void>;
  /** Ends the write without merging anything: the caller then rolls its transaction back. */
  abandon(): Promise<void>;
}

const POINTS = 'years, vals, computed, reasons, sources, entered_by';
/** Once a series' arrays are spelled out, its `_all` columns no longer apply. */
const EXPANDED = 'computed_all = false, source_all = null, entered_all = null';
const SCOPE = `(tenant_id, indicator_code, kind, sector, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'))`;
/** Merges one part of the staged series ($2) into the tenant's ($1) stored series. */
const MERGE_PART = `insert into indicators.value_series as s (id, tenant_id, indicator_code, kind, sector, organisation_id,
    years, vals, computed, computed_all, reasons, sources, source_all, entered_by, entered_all)
  select i.id, $1, i.indicator_code, i.kind, i.sector, i.organisation_id, i.years, i.vals, i.computed,
         coalesce(i.computed_all, false), i.reasons, i.sources, i.source_all, i.entered_by, i.entered_all
    from pg_temp.incoming_series i where i.part = $2
  on conflict ${SCOPE} do update set
    (${POINTS}) = (select m.* from indicators.merge_points(${expandedPoints('s')}, ${expandedPoints('excluded')}) m),
    ${EXPANDED}, updated_at = now()`;

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

  /** One value by its id, found through its series rather than by reading every value of the tenant. */
  async findValue(id: string): Promise<IndicatorValue | null> {
    const scope = seriesOfValueId(id);
    if (!scope) return null;
    return (await this.query('v')).andWhere('v.seriesId = :seriesId and v.year = :year', scope).getOne();
  }

  /** The value of one scope, as stored. */
  async findScope(scope: {
    indicatorCode: string;
    kind: ValueKind;
    year: number;
    sector: string;
    organisationId: string | null;
  }): Promise<IndicatorValue | null> {
    const found = (await this.query('v')).andWhere(
      'v.indicatorCode = :indicatorCode and v.kind = :kind and v.year = :year and v.sector = :sector',
      scope,
    );
    return (
      scope.organisationId
        ? found.andWhere('v.organisationId = :organisationId', scope)
        : found.andWhere('v.organisationId is null')
    ).getOne();
  }

  /**
   * Writes values: the same scope (indicator, kind, year, sector, organisation) replaces the previous value,
   * so entering or importing twice leaves one value.
   */
  async upsertMany(rows: readonly ValueWrite[]): Promise<void> {
    await this.writeSeries(seriesOf(rows));
  }

  /**
   * Writes whole series in one COPY and one statement: a series' new years replace its stored ones, its other
   * years stay. Each scope appears at most once in `series`.
   */
  async writeSeries(series: readonly SeriesWrite[]): Promise<void> {
    if (series.length === 0) return;
    const writer = await this.openSeriesWriter();
    for (const one of series) writer.add(one);
    await writer.finish();
  }

  /**
   * Starts a write of whole series, sent while the caller is still making them (an import reading its file).
   * `send` has what was added so far merged while the caller goes on; `finish` waits for all of it.
   */
  async openSeriesWriter(): Promise<SeriesWriter> {
    const manager = await this.manager();
    const tenantId = RequestContext.tenantId();
    // COPY cannot write into a table under row-level security: the series go through a temporary table that
    // lives as long as the transaction, so the runtime role never keeps anything of its own.
    await manager.query(
      `create temp table if not exists incoming_series (${INCOMING_SERIES_COLUMNS}) on commit drop;
       truncate pg_temp.incoming_series`,
    );
    const pipeline = await WritePipeline.of(manager);
    const COPY = `copy pg_temp.incoming_series from stdin`;
    let copy: CopyIn | null = pipeline.copy(COPY);
    await copy.accepted();
    const out = new CopyText((chunk) => copy?.write(chunk));
    // One statement merges one part, and within it a scope appears at most once: a scope added again goes to
    // a later part than its previous one.
    const partOf = new Map<string, number>();
    let firstUnsent = 0;
    let lastPart = -1;
    const send = () => {
      if (!copy) return;
      out.flush();
      copy.end();
      copy = null;
      for (let part = firstUnsent; part <= lastPart; part += 1) {
        pipeline.query(MERGE_PART, [tenantId, part]);
      }
      firstUnsent = lastPart + 1;
    };
    return {
      add(series) {
        const key = `${series.indicatorCode}\u0000${series.kind}\u0000${series.sector}\u0000${series.organisationId ?? ''}`;
        const part = Math.max(firstUnsent, (partOf.get(key) ?? -1) + 1);
        partOf.set(key, part);
        if (part > lastPart) lastPart = part;
        copy ??= pipeline.copy(COPY);
        writeSeriesLine(out, series, part);
      },
      send,
      // A turn of the event loop: the connection takes the server's answers and sends what waits in its queue.
      poll: () => new Promise<void>((resolve) => setImmediate(resolve)),
      async finish() {
        send();
        await pipeline.settle();
      },
      async abandon() {
        // Whatever waits in `out` is dropped: nothing of this write is kept.
        copy?.end();
        copy = null;
        await pipeline.settle();
      },
    };
  }

  /** Removes one entered value; a computed one is the recompute's to remove. */
  async removeEntered(value: IndicatorValue): Promise<void> {
    await this.removeYears(
      `(select $2::uuid as id, array[$3::int] as years) g`,
      `s.id = g.id`,
      [value.seriesId, value.year],
      false,
    );
  }

  /** Removes territory-wide computed values, never entered ones. */
  async removeComputed(rows: readonly { code: string; kind: ValueKind; year: number }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.removeYears(
      `(select code, kind, array_agg(year) as years from unnest($2::text[], $3::text[], $4::int[]) as r(code, kind, year)
         group by code, kind) g`,
      `s.indicator_code = g.code and s.kind = g.kind and s.sector = '' and s.organisation_id is null`,
      [rows.map((r) => r.code), rows.map((r) => r.kind), rows.map((r) => r.year)],
      true,
    );
  }

  /** Takes the years `g.years` out of the series `where` selects, and drops a series left without any. */
  private async removeYears(
    from: string,
    where: string,
    params: unknown[],
    computedOnly: boolean,
  ): Promise<void> {
    const manager = await this.manager();
    const tenantId = RequestContext.tenantId();
    // An UPDATE answers [rows, count] through TypeORM.
    const [changed]: [{ id: string; left: number }[], number] = await manager.query(
      `update indicators.value_series s set
         (${POINTS}) = (select w.* from indicators.without_years(${expandedPoints('s')}, g.years,
            ${computedOnly ? 'true' : 'false'}) w),
         ${EXPANDED}, updated_at = now()
         from ${from}
        where s.tenant_id = $1 and ${where}
        returning s.id, cardinality(s.years) as left`,
      [tenantId, ...params],
    );
    const empty = changed.filter((c) => Number(c.left) === 0).map((c) => c.id);
    if (empty.length > 0) {
      await manager.query(
        `delete from indicators.value_series where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, empty],
      );
    }
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
