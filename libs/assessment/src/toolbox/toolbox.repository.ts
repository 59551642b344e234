import { Injectable } from '@nestjs/common';
import { TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { ResourceLink, type ResourceKind, ToolboxResource } from './toolbox.entity';

@Injectable()
export class ToolboxResourceRepository extends TenantRepository<ToolboxResource> {
  constructor(uow: UnitOfWork) {
    super(uow, ToolboxResource);
  }

  async pageFiltered(filter: { theme?: string | null; kind?: ResourceKind | null }, args: PageArgs) {
    const qb = await this.query('r');
    if (filter.theme) qb.andWhere(':theme = any(r.themes)', { theme: filter.theme });
    if (filter.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    return this.page(qb, 'r', args) as Promise<Page<ToolboxResource>>;
  }
}

@Injectable()
export class ResourceLinkRepository extends TenantRepository<ResourceLink> {
  constructor(uow: UnitOfWork) {
    super(uow, ResourceLink);
  }

  async ofReferentials(referentialIds: readonly string[]): Promise<ResourceLink[]> {
    if (referentialIds.length === 0) return [];
    return (await this.query('l'))
      .andWhere('l.referentialId in (:...ids)', { ids: [...referentialIds] })
      .orderBy('l.criterionCode', 'ASC')
      .addOrderBy('l.createdAt', 'ASC')
      .getMany();
  }
}
