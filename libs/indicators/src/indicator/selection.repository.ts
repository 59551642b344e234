import { Injectable } from '@nestjs/common';
import { type Page, type PageArgs, RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { Selection } from './selection.entity';

@Injectable()
export class SelectionRepository extends TenantRepository<Selection> {
  constructor(uow: UnitOfWork) {
    super(uow, Selection);
  }

  async followedPage(args: PageArgs): Promise<Page<Selection>> {
    return this.page(await this.query('s'), 's', args);
  }

  async followedCodes(): Promise<string[]> {
    return (await this.find()).map((s) => s.indicatorCode);
  }

  /** Follows each code once; following again is a no-op. */
  async follow(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    await (
      await this.manager()
    ).query(
      `insert into indicators.selections (tenant_id, indicator_code) select $1, unnest($2::text[]) on conflict do nothing`,
      [RequestContext.tenantId(), [...codes]],
    );
  }
}
