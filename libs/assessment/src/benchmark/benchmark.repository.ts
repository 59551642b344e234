import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { SelfAssessment } from '../self-assessment/self-assessment.entity';

export interface GroupStatistics {
  contributors: number;
  overall: number | null;
  domains: Map<string, number | null>;
}

export interface DomainDistribution {
  code: string;
  contributors: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

/**
 * Each organisation counts once, by its latest submission on the referential. Statistics are computed
 * by Postgres over those rows, so an answer never leaves the database for a benchmark.
 */
const LATEST = `
  with latest as (
    select distinct on (organisation_id) organisation_id, sector, organisation_type, overall_score, node_scores
      from assessment.self_assessments
     where tenant_id = $1 and referential_id = $2 and status = 'submitted'
     order by organisation_id, submitted_at desc)`;

@Injectable()
export class BenchmarkRepository extends TenantRepository<SelfAssessment> {
  constructor(uow: UnitOfWork) {
    super(uow, SelfAssessment);
  }

  /** Medians of a sector's or a type's organisations, overall and for each of the domain codes. */
  async group(
    referentialId: string,
    by: 'sector' | 'organisation_type',
    value: string,
    domainCodes: readonly string[],
  ): Promise<GroupStatistics> {
    const domainColumns = domainCodes
      .map(
        (_, i) =>
          `, percentile_cont(0.5) within group (order by (node_scores->>$${i + 4})::numeric) as d${i}`,
      )
      .join('');
    const [row] = await (
      await this.manager()
    ).query(
      `${LATEST}
       select count(*)::int as contributors,
              percentile_cont(0.5) within group (order by overall_score) as overall${domainColumns}
         from latest where ${by === 'sector' ? 'sector' : 'organisation_type'} = $3`,
      [RequestContext.tenantId(), referentialId, value, ...domainCodes],
    );
    const number = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
    return {
      contributors: row.contributors,
      overall: number(row.overall),
      domains: new Map(domainCodes.map((code, i) => [code, number(row[`d${i}`])])),
    };
  }

  /** Quartiles of every domain's scores across the territory's organisations. */
  async distribution(referentialId: string, domainCodes: readonly string[]): Promise<DomainDistribution[]> {
    if (domainCodes.length === 0) return [];
    const rows: Record<string, unknown>[] = await (
      await this.manager()
    ).query(
      `${LATEST},
       scores as (
         select d.code, (l.node_scores->>d.code)::numeric as score
           from latest l cross join unnest($3::text[]) as d(code)
          where l.node_scores->>d.code is not null)
       select code, count(*)::int as contributors, min(score) as min,
              percentile_cont(0.25) within group (order by score) as q1,
              percentile_cont(0.5) within group (order by score) as median,
              percentile_cont(0.75) within group (order by score) as q3,
              max(score) as max
         from scores group by code`,
      [RequestContext.tenantId(), referentialId, [...domainCodes]],
    );
    const number = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
    const byCode = new Map(rows.map((r) => [r.code as string, r]));
    return domainCodes.map((code) => {
      const r = byCode.get(code);
      return {
        code,
        contributors: (r?.contributors as number | undefined) ?? 0,
        min: number(r?.min),
        q1: number(r?.q1),
        median: number(r?.median),
        q3: number(r?.q3),
        max: number(r?.max),
      };
    });
  }
}
