import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';
import { OrderedRepository } from '../shared/ordered.repository';
import { CatalogueItem, type CatalogueKind } from './catalogue-item.entity';

@Injectable()
export class CatalogueItemRepository extends OrderedRepository<CatalogueItem> {
  constructor(uow: UnitOfWork) {
    super(uow, CatalogueItem, 'territory.catalogue_items');
  }

  /** A list is the territory's vocabulary (tens of items), read whole in the admins' order. */
  async list(kind: CatalogueKind, includeArchived: boolean): Promise<CatalogueItem[]> {
    const qb = (await this.query('c')).andWhere('c.kind = :kind', { kind });
    if (!includeArchived) qb.andWhere('c.archivedAt is null');
    return qb.orderBy('c.position', 'ASC').addOrderBy('c.createdAt', 'ASC').getMany();
  }

  async active(kind: CatalogueKind): Promise<CatalogueItem[]> {
    return this.find({ kind, archivedAt: IsNull() }, { position: 'ASC' });
  }

  async findByCode(kind: CatalogueKind, code: string): Promise<CatalogueItem | null> {
    return this.findOne({ kind, code });
  }

  async nextPosition(kind: CatalogueKind): Promise<number> {
    const row = await (
      await this.query('c')
    )
      .andWhere('c.kind = :kind', { kind })
      .select('coalesce(max(c.position) + 1, 0)', 'next')
      .getRawOne<{ next: number }>();
    return Number(row?.next ?? 0);
  }
}
