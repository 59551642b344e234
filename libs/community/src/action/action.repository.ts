import { Injectable } from '@nestjs/common';
import { TenantRepository, UnitOfWork } from '@alliance/platform';
import { Action, ActionImpact, ActionProgress } from './action.entity';

export type ActionOwnerColumn = 'commitmentId' | 'coalitionId' | 'organisationId';

@Injectable()
export class ActionRepository extends TenantRepository<Action> {
  constructor(uow: UnitOfWork) {
    super(uow, Action);
  }

  /** Actions whose commitment, coalition or organisation is one of the ids, in creation order. */
  async ofOwners(column: ActionOwnerColumn, ids: readonly string[]): Promise<Action[]> {
    if (ids.length === 0) return [];
    return (await this.query('a'))
      .andWhere(`a.${column} in (:...ids)`, { ids: [...ids] })
      .orderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  async all(): Promise<Action[]> {
    return (await this.query('a')).orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }
}

@Injectable()
export class ActionImpactRepository extends TenantRepository<ActionImpact> {
  constructor(uow: UnitOfWork) {
    super(uow, ActionImpact);
  }

  async ofActions(actionIds: readonly string[]): Promise<ActionImpact[]> {
    if (actionIds.length === 0) return [];
    return (await this.query('i'))
      .andWhere('i.actionId in (:...ids)', { ids: [...actionIds] })
      .orderBy('i.year', 'ASC')
      .addOrderBy('i.unit', 'ASC')
      .addOrderBy('i.createdAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
  }
}

@Injectable()
export class ActionProgressRepository extends TenantRepository<ActionProgress> {
  constructor(uow: UnitOfWork) {
    super(uow, ActionProgress);
  }

  async ofActions(actionIds: readonly string[]): Promise<ActionProgress[]> {
    if (actionIds.length === 0) return [];
    return (await this.query('p'))
      .andWhere('p.actionId in (:...ids)', { ids: [...actionIds] })
      .orderBy('p.reportedOn', 'ASC')
      .addOrderBy('p.createdAt', 'ASC')
      .getMany();
  }
}
