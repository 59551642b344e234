import { Injectable } from '@nestjs/common';
import { paginate, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { Tenant } from './tenant.entity';

/** The tenant registry is platform-wide, so this is not a tenant-scoped repository. */
@Injectable()
export class TenantRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private async repo() {
    return (await this.uow.manager()).getRepository(Tenant);
  }

  async findBySlug(slug: string): Promise<Tenant | null> {
    return (await this.repo()).findOne({ where: { slug } });
  }

  async findById(id: string): Promise<Tenant | null> {
    return (await this.repo()).findOne({ where: { id } });
  }

  async findByIds(ids: readonly string[]): Promise<Tenant[]> {
    if (ids.length === 0) return [];
    return (await this.repo())
      .createQueryBuilder('t')
      .where('t.id in (:...ids)', { ids: [...ids] })
      .getMany();
  }

  async insert(data: Partial<Tenant>): Promise<Tenant> {
    const repo = await this.repo();
    return repo.save(repo.create(data));
  }

  async page(args: PageArgs, onlyIds?: string[]): Promise<Page<Tenant>> {
    const qb = (await this.repo()).createQueryBuilder('t');
    if (onlyIds) qb.where(onlyIds.length ? 't.id in (:...ids)' : 'false', { ids: onlyIds });
    return paginate(qb, 't', args, 50);
  }
}
