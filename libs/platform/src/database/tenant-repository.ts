import type {
  DeepPartial,
  EntityManager,
  EntityTarget,
  FindOptionsOrder,
  FindOptionsWhere,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { RequestContext } from '../tenancy/request-context';
import type { UnitOfWork } from './unit-of-work';
import type { TenantEntity } from './tenant-entity';
import { paginate, type Page, type PageArgs } from './cursor';

type Where<T> = FindOptionsWhere<T>;

/**
 * The only way feature code reaches a tenant table. Every method adds the current tenant itself, so
 * there is no tenant argument to forget; row-level security stands behind it if this ever goes wrong.
 */
export abstract class TenantRepository<T extends TenantEntity> {
  protected constructor(
    protected readonly uow: UnitOfWork,
    protected readonly target: EntityTarget<T>,
  ) {}

  protected async repository(): Promise<Repository<T>> {
    return (await this.uow.manager()).getRepository(this.target);
  }

  protected async manager(): Promise<EntityManager> {
    return this.uow.manager();
  }

  protected scoped(where: Where<T> = {} as Where<T>): Where<T> {
    return { ...where, tenantId: RequestContext.tenantId() } as Where<T>;
  }

  async findById(id: string): Promise<T | null> {
    return (await this.repository()).findOne({ where: this.scoped({ id } as Where<T>) });
  }

  async findByIds(ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return (await this.query('e')).andWhere('e.id in (:...ids)', { ids: [...ids] }).getMany();
  }

  async findOne(where: Where<T>): Promise<T | null> {
    return (await this.repository()).findOne({ where: this.scoped(where) });
  }

  async find(where: Where<T> = {} as Where<T>, order?: FindOptionsOrder<T>): Promise<T[]> {
    return (await this.repository()).find({ where: this.scoped(where), order });
  }

  async count(where: Where<T> = {} as Where<T>): Promise<number> {
    return (await this.repository()).count({ where: this.scoped(where) });
  }

  async insert(data: Omit<DeepPartial<T>, 'tenantId'>): Promise<T> {
    const repository = await this.repository();
    const entity = repository.create({ ...data, tenantId: RequestContext.tenantId() } as DeepPartial<T>);
    return repository.save(entity);
  }

  async save(entity: T): Promise<T> {
    if (entity.tenantId !== RequestContext.tenantId()) {
      throw new Error('Refusing to save a row of another tenant.');
    }
    return (await this.repository()).save(entity);
  }

  async remove(entity: T): Promise<void> {
    await (await this.repository()).delete(this.scoped({ id: entity.id } as Where<T>));
  }

  /** A query builder already restricted to the current tenant. */
  protected async query(alias: string): Promise<SelectQueryBuilder<T>> {
    return (await this.repository())
      .createQueryBuilder(alias)
      .where(`${alias}.tenantId = :tenantId`, { tenantId: RequestContext.tenantId() });
  }

  /** Cursor pagination in creation order, over a query the subclass shapes. */
  protected page(qb: SelectQueryBuilder<T>, alias: string, args: PageArgs): Promise<Page<T>> {
    return paginate(qb, alias, args);
  }
}
