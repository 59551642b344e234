import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { RequestContext, TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { Organisation } from '../organisation/organisation.entity';
import {
  Coalition,
  CoalitionFacilitator,
  CoalitionMember,
  CoalitionStageReached,
  type CoalitionStage,
  type PerimeterKind,
  type ReviewStatus,
} from './coalition.entity';

export interface CoalitionFilter {
  stage?: CoalitionStage | null;
  perimeterKind?: PerimeterKind | null;
  perimeterCode?: string | null;
  reviewStatus?: ReviewStatus | null;
}

/** Who looks at the list: staff see every coalition, others the validated ones and their own. */
export interface CoalitionViewer {
  userId: string;
  staff: boolean;
}

@Injectable()
export class CoalitionRepository extends TenantRepository<Coalition> {
  constructor(uow: UnitOfWork) {
    super(uow, Coalition);
  }

  /**
   * What a person of the territory may see: validated coalitions, plus, before validation, those they
   * proposed, facilitate, or whose founding organisations they represent. Staff see everything.
   */
  private visibleTo(
    qb: SelectQueryBuilder<Coalition>,
    viewer: CoalitionViewer,
  ): SelectQueryBuilder<Coalition> {
    if (viewer.staff) return qb;
    return qb.andWhere(
      `(c.reviewStatus = 'validated' or c.proposedBy = :viewerId
        or exists (select 1 from community.coalition_facilitators f
                    where f.tenant_id = c.tenant_id and f.coalition_id = c.id and f.user_id = :viewerId)
        or exists (select 1 from community.coalition_members m
                     join community.representatives r
                       on r.tenant_id = m.tenant_id and r.organisation_id = m.organisation_id
                    where m.tenant_id = c.tenant_id and m.coalition_id = c.id and r.user_id = :viewerId))`,
      { viewerId: viewer.userId },
    );
  }

  async findVisible(id: string, viewer: CoalitionViewer): Promise<Coalition | null> {
    return this.visibleTo((await this.query('c')).andWhere('c.id = :id', { id }), viewer).getOne();
  }

  async pageVisible(
    filter: CoalitionFilter,
    viewer: CoalitionViewer,
    args: PageArgs,
  ): Promise<Page<Coalition>> {
    const qb = this.visibleTo(await this.query('c'), viewer);
    if (filter.stage) qb.andWhere('c.stage = :stage', { stage: filter.stage });
    if (filter.perimeterKind) qb.andWhere('c.perimeterKind = :kind', { kind: filter.perimeterKind });
    if (filter.perimeterCode) qb.andWhere('c.perimeterCode = :code', { code: filter.perimeterCode });
    if (filter.reviewStatus) qb.andWhere('c.reviewStatus = :review', { review: filter.reviewStatus });
    return this.page(qb, 'c', args);
  }

  /** Validated coalitions: what the territory publishes. */
  async pagePublished(args: PageArgs): Promise<Page<Coalition>> {
    return this.page((await this.query('c')).andWhere(`c.reviewStatus = 'validated'`), 'c', args);
  }

  async findPublished(id: string): Promise<Coalition | null> {
    return (await this.query('c')).andWhere(`c.id = :id and c.reviewStatus = 'validated'`, { id }).getOne();
  }

  /** The coalition, locked until the end of the unit of work so that two moves cannot interleave. */
  async lockById(id: string): Promise<Coalition | null> {
    return (await this.query('c')).andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** A coalition of this name, whatever its case, other than `exceptId`. */
  async findByName(name: string, exceptId?: string): Promise<Coalition | null> {
    const qb = (await this.query('c')).andWhere('lower(c.name) = lower(:name)', { name });
    if (exceptId) qb.andWhere('c.id <> :exceptId', { exceptId });
    return qb.getOne();
  }
}

@Injectable()
export class CoalitionMemberRepository extends TenantRepository<CoalitionMember> {
  constructor(uow: UnitOfWork) {
    super(uow, CoalitionMember);
  }

  /** Members, requests and invitations of several coalitions in one query, oldest first. */
  async ofCoalitions(coalitionIds: readonly string[]): Promise<CoalitionMember[]> {
    if (coalitionIds.length === 0) return [];
    return (await this.query('m'))
      .andWhere('m.coalitionId in (:...ids)', { ids: [...coalitionIds] })
      .orderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /** Full members of several coalitions with their organisation's name, for the public pages. */
  async publishedMembers(
    coalitionIds: readonly string[],
  ): Promise<{ coalitionId: string; organisationId: string; name: string }[]> {
    if (coalitionIds.length === 0) return [];
    const rows: { coalition_id: string; organisation_id: string; name: string }[] = await (
      await this.manager()
    ).query(
      `select m.coalition_id, m.organisation_id, o.name
         from community.coalition_members m
         join community.organisations o on o.tenant_id = m.tenant_id and o.id = m.organisation_id
        where m.tenant_id = $1 and m.coalition_id = any($2) and m.status = 'member'
        order by m.created_at, m.id`,
      [RequestContext.tenantId(), [...coalitionIds]],
    );
    return rows.map((r) => ({
      coalitionId: r.coalition_id,
      organisationId: r.organisation_id,
      name: r.name,
    }));
  }

  /**
   * Organisations of the territory by id, read from the organisations' own table (same context); the
   * registration and the directory are the organisations' aggregate's business.
   */
  async organisations(ids: readonly string[]): Promise<Organisation[]> {
    if (ids.length === 0) return [];
    return (await this.manager())
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.tenantId = :tenantId and o.id in (:...ids)', {
        tenantId: RequestContext.tenantId(),
        ids: [...ids],
      })
      .getMany();
  }

  /** Of `organisationIds`, those `userId` represents. */
  async representedBy(userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    if (organisationIds.length === 0) return new Set();
    const rows: { organisation_id: string }[] = await (
      await this.manager()
    ).query(
      `select organisation_id from community.representatives
        where tenant_id = $1 and user_id = $2 and organisation_id = any($3)`,
      [RequestContext.tenantId(), userId, [...organisationIds]],
    );
    return new Set(rows.map((r) => r.organisation_id));
  }

  /** True when `userId` represents at least one organisation of the territory. */
  async representsAny(userId: string): Promise<boolean> {
    const rows: unknown[] = await (
      await this.manager()
    ).query(`select 1 from community.representatives where tenant_id = $1 and user_id = $2 limit 1`, [
      RequestContext.tenantId(),
      userId,
    ]);
    return rows.length > 0;
  }
}

@Injectable()
export class CoalitionFacilitatorRepository extends TenantRepository<CoalitionFacilitator> {
  constructor(uow: UnitOfWork) {
    super(uow, CoalitionFacilitator);
  }

  async ofCoalitions(coalitionIds: readonly string[]): Promise<CoalitionFacilitator[]> {
    if (coalitionIds.length === 0) return [];
    return (await this.query('f'))
      .andWhere('f.coalitionId in (:...ids)', { ids: [...coalitionIds] })
      .orderBy('f.createdAt', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
  }
}

@Injectable()
export class CoalitionStageRepository extends TenantRepository<CoalitionStageReached> {
  constructor(uow: UnitOfWork) {
    super(uow, CoalitionStageReached);
  }

  async ofCoalitions(coalitionIds: readonly string[]): Promise<CoalitionStageReached[]> {
    if (coalitionIds.length === 0) return [];
    return (await this.query('s'))
      .andWhere('s.coalitionId in (:...ids)', { ids: [...coalitionIds] })
      .orderBy('s.reachedOn', 'ASC')
      .addOrderBy('s.createdAt', 'ASC')
      .getMany();
  }
}
