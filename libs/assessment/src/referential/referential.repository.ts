import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import {
  MaturityLevel,
  Referential,
  ReferentialNode,
  ReferentialVersion,
  ReferentialVersionStatus,
} from './referential.entity';

export interface VersionContent {
  csvColumns: string[];
  nodes: Omit<ReferentialNode, 'id' | 'tenantId' | 'createdAt' | 'versionId'>[];
  scale: Pick<MaturityLevel, 'level' | 'label' | 'score'>[];
}

/** Rows per insert statement: well under Postgres's 65,535 parameters with a node's 13 columns. */
const INSERT_CHUNK = 1000;

@Injectable()
export class ReferentialRepository extends TenantRepository<Referential> {
  constructor(uow: UnitOfWork) {
    super(uow, Referential);
  }

  async pageAll(args: PageArgs): Promise<Page<Referential>> {
    return this.page(await this.query('r'), 'r', args);
  }
}

@Injectable()
export class ReferentialVersionRepository extends TenantRepository<ReferentialVersion> {
  constructor(uow: UnitOfWork) {
    super(uow, ReferentialVersion);
  }

  async ofReferentials(referentialIds: readonly string[]): Promise<ReferentialVersion[]> {
    if (referentialIds.length === 0) return [];
    return (await this.query('v'))
      .andWhere('v.referentialId in (:...ids)', { ids: [...referentialIds] })
      .orderBy('v.number', 'DESC')
      .getMany();
  }

  async latestPublished(referentialId: string): Promise<ReferentialVersion | null> {
    return (await this.query('v'))
      .andWhere('v.referentialId = :referentialId and v.status = :status', {
        referentialId,
        status: ReferentialVersionStatus.PUBLISHED,
      })
      .orderBy('v.number', 'DESC')
      .getOne();
  }

  /** A published version of any territory the person may copy from, or null (see the migration's function). */
  async publishedForCopy(versionId: string, userId: string): Promise<VersionContent | null> {
    const [row] = await (
      await this.manager()
    ).query(`select assessment.published_version_for_copy($1, $2) as content`, [versionId, userId]);
    return (row?.content as VersionContent | null) ?? null;
  }

  async highestNumber(referentialId: string): Promise<number> {
    const row = await (
      await this.query('v')
    )
      .select('max(v.number)', 'max')
      .andWhere('v.referentialId = :referentialId', { referentialId })
      .getRawOne<{ max: number | null }>();
    return row?.max ?? 0;
  }
}

@Injectable()
export class ReferentialNodeRepository extends TenantRepository<ReferentialNode> {
  constructor(uow: UnitOfWork) {
    super(uow, ReferentialNode);
  }

  async ofVersions(versionIds: readonly string[]): Promise<ReferentialNode[]> {
    if (versionIds.length === 0) return [];
    return (await this.query('n'))
      .andWhere('n.versionId in (:...ids)', { ids: [...versionIds] })
      .orderBy('n.position', 'ASC')
      .getMany();
  }

  async countByVersion(versionIds: readonly string[]): Promise<Map<string, number>> {
    if (versionIds.length === 0) return new Map();
    const rows = await (
      await this.query('n')
    )
      .select('n.versionId', 'versionId')
      .addSelect('count(*)::int', 'count')
      .andWhere('n.versionId in (:...ids)', { ids: [...versionIds] })
      .groupBy('n.versionId')
      .getRawMany<{ versionId: string; count: number }>();
    return new Map(rows.map((r) => [r.versionId, r.count]));
  }

  /** Replaces a draft's whole tree in a few statements, however many nodes it has. */
  async replaceTree(
    versionId: string,
    nodes: Omit<ReferentialNode, 'id' | 'tenantId' | 'createdAt' | 'versionId'>[],
  ) {
    const tenantId = RequestContext.tenantId();
    const manager = await this.manager();
    await manager.delete(ReferentialNode, { tenantId, versionId });
    for (let i = 0; i < nodes.length; i += INSERT_CHUNK) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ReferentialNode)
        .values(nodes.slice(i, i + INSERT_CHUNK).map((node) => ({ ...node, tenantId, versionId })))
        .execute();
    }
  }
}

@Injectable()
export class MaturityLevelRepository extends TenantRepository<MaturityLevel> {
  constructor(uow: UnitOfWork) {
    super(uow, MaturityLevel);
  }

  async ofVersions(versionIds: readonly string[]): Promise<MaturityLevel[]> {
    if (versionIds.length === 0) return [];
    return (await this.query('l'))
      .andWhere('l.versionId in (:...ids)', { ids: [...versionIds] })
      .orderBy('l.level', 'ASC')
      .getMany();
  }

  async replaceScale(versionId: string, levels: Pick<MaturityLevel, 'level' | 'label' | 'score'>[]) {
    const tenantId = RequestContext.tenantId();
    const manager = await this.manager();
    await manager.delete(MaturityLevel, { tenantId, versionId });
    if (levels.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(MaturityLevel)
      .values(levels.map((l) => ({ ...l, tenantId, versionId })))
      .execute();
  }
}
