import type { EntityTarget } from 'typeorm';
import { RequestContext, TenantEntity, TenantRepository, type UnitOfWork } from '@alliance/platform';

/** A tenant list the admins order by hand: a `position` column renumbered as a whole. */
export abstract class OrderedRepository<
  T extends TenantEntity & { position: number },
> extends TenantRepository<T> {
  protected constructor(
    uow: UnitOfWork,
    target: EntityTarget<T>,
    private readonly table: string,
  ) {
    super(uow, target);
  }

  /** Renumbers the listed rows 0..n-1 in one statement, so no reader sees a half-renumbered list. */
  async setPositions(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await (
      await this.manager()
    ).query(
      `update ${this.table} set position = array_position($1::uuid[], id) - 1 where tenant_id = $2 and id = any($1::uuid[])`,
      [ids, RequestContext.tenantId()],
    );
  }
}
