import { Injectable } from '@nestjs/common';
import { notFound, requireTenantRole, TenantRole } from '@alliance/platform';
import {
  ReferentialNodeRepository,
  ReferentialVersionRepository,
} from '../referential/referential.repository';
import type { SelfAssessment } from '../self-assessment/self-assessment.entity';
import { BenchmarkRepository, type DomainDistribution, type GroupStatistics } from './benchmark.repository';

/** Below this many contributing organisations a median would point at one of them: it is not shown. */
export const MIN_CONTRIBUTORS = 5;

export interface BenchmarkGroup {
  code: string | null;
  contributors: number;
  shown: boolean;
  overall: number | null;
  domains: { code: string; median: number | null }[];
}

@Injectable()
export class BenchmarkService {
  constructor(
    private readonly benchmarks: BenchmarkRepository,
    private readonly versions: ReferentialVersionRepository,
    private readonly nodes: ReferentialNodeRepository,
  ) {}

  /** The assessment's sector and type medians; an assessment's reader may see them (caller checked). */
  async forAssessment(
    assessment: SelfAssessment,
  ): Promise<{ sector: BenchmarkGroup; organisationType: BenchmarkGroup }> {
    const domains = await this.domainCodes(assessment.versionId);
    const group = async (
      by: 'sector' | 'organisation_type',
      code: string | null,
    ): Promise<BenchmarkGroup> => {
      if (!code) return { code, contributors: 0, shown: false, overall: null, domains: [] };
      return toGroup(code, await this.benchmarks.group(assessment.referentialId, by, code, domains));
    };
    return {
      sector: await group('sector', assessment.sector),
      organisationType: await group('organisation_type', assessment.organisationType),
    };
  }

  /** The territory's distribution per domain on a referential, for its staff. */
  async distribution(referentialId: string): Promise<DomainDistribution[]> {
    requireTenantRole(TenantRole.ADMIN, TenantRole.ANIMATOR);
    const version = await this.versions.latestPublished(referentialId);
    if (!version) throw notFound('Ce référentiel n’a pas de version publiée dans ce territoire.');
    return this.benchmarks.distribution(referentialId, await this.domainCodes(version.id));
  }

  private async domainCodes(versionId: string): Promise<string[]> {
    return (await this.nodes.ofVersions([versionId])).filter((n) => n.parentCode === null).map((n) => n.code);
  }
}

function toGroup(code: string, stats: GroupStatistics): BenchmarkGroup {
  const shown = stats.contributors >= MIN_CONTRIBUTORS;
  return {
    code,
    contributors: stats.contributors,
    shown,
    overall: shown ? stats.overall : null,
    domains: shown ? [...stats.domains].map(([domain, median]) => ({ code: domain, median })) : [],
  };
}
