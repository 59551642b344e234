import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';
import { OrderedRepository } from '../shared/ordered.repository';
import { Objective } from './objective.entity';

@Injectable()
export class ObjectiveRepository extends OrderedRepository<Objective> {
  constructor(uow: UnitOfWork) {
    super(uow, Objective, 'territory.objectives');
  }

  async list(includeArchived: boolean): Promise<Objective[]> {
    const qb = await this.query('o');
    if (!includeArchived) qb.andWhere('o.archivedAt is null');
    return qb.orderBy('o.position', 'ASC').addOrderBy('o.createdAt', 'ASC').getMany();
  }

  async active(): Promise<Objective[]> {
    return this.find({ archivedAt: IsNull() }, { position: 'ASC' });
  }

  async findByCode(code: string): Promise<Objective | null> {
    return this.findOne({ code });
  }

  async nextPosition(): Promise<number> {
    const row = await (
      await this.query('o')
    )
      .select('coalesce(max(o.position) + 1, 0)', 'next')
      .getRawOne<{ next: number }>();
    return Number(row?.next ?? 0);
  }
}
