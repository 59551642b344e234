import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext } from '@alliance/platform';
import type { MaturityLevel, ReferentialNode, ReferentialVersion } from '../referential/referential.entity';
import {
  MaturityLevelRepository,
  ReferentialNodeRepository,
  ReferentialVersionRepository,
} from '../referential/referential.repository';

function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => byKey.get(key) ?? []);
}

/** One query per nested field and request, whatever the number of parents (per request, so per tenant). */
@Injectable()
export class ReferentialLoaders {
  constructor(
    private readonly versions: ReferentialVersionRepository,
    private readonly nodes: ReferentialNodeRepository,
    private readonly levels: MaturityLevelRepository,
  ) {}

  versionsOf(referentialId: string): Promise<ReferentialVersion[]> {
    return RequestContext.perRequest(
      'assessment.versionsOf',
      () =>
        new DataLoader<string, ReferentialVersion[]>(async (ids) =>
          grouped(ids, await this.versions.ofReferentials(ids), (v) => v.referentialId),
        ),
    ).load(referentialId);
  }

  nodesOf(versionId: string): Promise<ReferentialNode[]> {
    return RequestContext.perRequest(
      'assessment.nodesOf',
      () =>
        new DataLoader<string, ReferentialNode[]>(async (ids) =>
          grouped(ids, await this.nodes.ofVersions(ids), (n) => n.versionId),
        ),
    ).load(versionId);
  }

  nodeCountOf(versionId: string): Promise<number> {
    return RequestContext.perRequest(
      'assessment.nodeCountOf',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const counts = await this.nodes.countByVersion(ids);
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    ).load(versionId);
  }

  scaleOf(versionId: string): Promise<MaturityLevel[]> {
    return RequestContext.perRequest(
      'assessment.scaleOf',
      () =>
        new DataLoader<string, MaturityLevel[]>(async (ids) =>
          grouped(ids, await this.levels.ofVersions(ids), (l) => l.versionId),
        ),
    ).load(versionId);
  }
}
