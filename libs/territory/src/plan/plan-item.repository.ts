import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';
import { OrderedRepository } from '../shared/ordered.repository';
import { PlanItem } from './plan-item.entity';

@Injectable()
export class PlanItemRepository extends OrderedRepository<PlanItem> {
  constructor(uow: UnitOfWork) {
    super(uow, PlanItem, 'territory.plan_items');
  }

  /** The whole plan (a few hundred rows at most), parents before their ordered children. */
  async list(includeArchived: boolean): Promise<PlanItem[]> {
    const qb = await this.query('p');
    if (!includeArchived) qb.andWhere('p.archivedAt is null');
    return qb.orderBy('p.position', 'ASC').addOrderBy('p.createdAt', 'ASC').getMany();
  }

  async activeChildren(parentId: string | null): Promise<PlanItem[]> {
    return this.find(
      { parentId: parentId ?? IsNull(), archivedAt: IsNull() } as Parameters<PlanItemRepository['find']>[0],
      { position: 'ASC' },
    );
  }

  async findByCode(code: string): Promise<PlanItem | null> {
    return this.findOne({ code });
  }

  async nextPosition(parentId: string | null): Promise<number> {
    const qb = (await this.query('p')).select('coalesce(max(p.position) + 1, 0)', 'next');
    if (parentId) qb.andWhere('p.parentId = :parentId', { parentId });
    else qb.andWhere('p.parentId is null');
    const row = await qb.getRawOne<{ next: number }>();
    return Number(row?.next ?? 0);
  }
}
