import { Injectable } from '@nestjs/common';
import { TenantRepository, UnitOfWork } from '@alliance/platform';
import { Objective } from './objective.entity';

@Injectable()
export class ObjectiveRepository extends TenantRepository<Objective> {
  constructor(uow: UnitOfWork) {
    super(uow, Objective);
  }

  async byIndicators(codes: readonly string[]): Promise<Objective[]> {
    if (codes.length === 0) return [];
    return (await this.query('o'))
      .andWhere('o.indicatorCode in (:...codes)', { codes: [...codes] })
      .orderBy('o.createdAt')
      .addOrderBy('o.id')
      .getMany();
  }
}
