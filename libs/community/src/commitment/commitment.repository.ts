import { Injectable } from '@nestjs/common';
import { TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { Commitment, CommitmentRevision, type CommitmentStatus } from './commitment.entity';

export interface CommitmentFilter {
  coalitionId?: string | null;
  organisationId?: string | null;
  status?: CommitmentStatus | null;
}

@Injectable()
export class CommitmentRepository extends TenantRepository<Commitment> {
  constructor(uow: UnitOfWork) {
    super(uow, Commitment);
  }

  async pageFiltered(filter: CommitmentFilter, args: PageArgs): Promise<Page<Commitment>> {
    const qb = await this.query('c');
    if (filter.coalitionId) qb.andWhere('c.coalitionId = :coalitionId', { coalitionId: filter.coalitionId });
    if (filter.organisationId)
      qb.andWhere('c.organisationId = :organisationId', { organisationId: filter.organisationId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    return this.page(qb, 'c', args);
  }

  /** Commitments with a published revision, oldest first: what the public pages list. */
  async pagePublished(args: PageArgs): Promise<Page<Commitment>> {
    const qb = (await this.query('c')).andWhere('c.publishedRevision is not null');
    return this.page(qb, 'c', args);
  }

  /** Every commitment of the given coalitions, in creation order; published ones only when asked. */
  async ofCoalitions(coalitionIds: readonly string[], publishedOnly: boolean): Promise<Commitment[]> {
    if (coalitionIds.length === 0) return [];
    const qb = (await this.query('c')).andWhere('c.coalitionId in (:...ids)', { ids: [...coalitionIds] });
    if (publishedOnly) qb.andWhere('c.publishedRevision is not null');
    return qb.orderBy('c.createdAt', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }

  async all(): Promise<Commitment[]> {
    return (await this.query('c')).orderBy('c.createdAt', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }
}

@Injectable()
export class CommitmentRevisionRepository extends TenantRepository<CommitmentRevision> {
  constructor(uow: UnitOfWork) {
    super(uow, CommitmentRevision);
  }

  /** The revisions asked for, as pairs of commitment id and revision number; one query. */
  async byNumbers(
    keys: readonly { commitmentId: string; revision: number }[],
  ): Promise<CommitmentRevision[]> {
    if (keys.length === 0) return [];
    return (await this.query('r'))
      .andWhere('(r.commitmentId, r.revision) in (select * from unnest(:ids::uuid[], :numbers::int[]))', {
        ids: keys.map((k) => k.commitmentId),
        numbers: keys.map((k) => k.revision),
      })
      .getMany();
  }

  async ofCommitments(commitmentIds: readonly string[]): Promise<CommitmentRevision[]> {
    if (commitmentIds.length === 0) return [];
    return (await this.query('r'))
      .andWhere('r.commitmentId in (:...ids)', { ids: [...commitmentIds] })
      .orderBy('r.revision', 'ASC')
      .getMany();
  }
}
