import { Injectable } from '@nestjs/common';
import { UnitOfWork, type PlatformRole } from '@alliance/platform';
import { User } from './user.entity';

export interface TenantAccess {
  tenantId: string;
  role: string | null;
  serves: boolean;
}

/** Users are platform-wide; their access to tenants is read through the one audited function. */
@Injectable()
export class UserRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private async repo() {
    return (await this.uow.manager()).getRepository(User);
  }

  async findById(id: string): Promise<User | null> {
    return (await this.repo()).findOne({ where: { id } });
  }

  async findByIds(ids: readonly string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    return (await this.repo())
      .createQueryBuilder('u')
      .where('u.id in (:...ids)', { ids: [...ids] })
      .getMany();
  }

  async findByEmail(email: string): Promise<User | null> {
    return (await this.repo()).findOne({ where: { email } });
  }

  async findWithPassword(email: string): Promise<User | null> {
    return (await this.repo())
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  async passwordHashOf(id: string): Promise<string | null> {
    const user = await (
      await this.repo()
    )
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
    return user?.passwordHash ?? null;
  }

  async insert(data: {
    email: string;
    displayName: string;
    passwordHash: string;
    platformRoles?: PlatformRole[];
  }): Promise<User> {
    const repo = await this.repo();
    return repo.save(repo.create({ platformRoles: [], ...data }));
  }

  async update(
    id: string,
    patch: Partial<Pick<User, 'displayName' | 'passwordHash' | 'platformRoles'>>,
  ): Promise<void> {
    await (await this.repo()).update({ id }, patch);
  }

  async tenantAccess(userId: string): Promise<TenantAccess[]> {
    const rows: { tenant_id: string; role: string | null; serves: boolean }[] = await (
      await this.uow.manager()
    ).query('select tenant_id, role, serves from identity.tenant_access_of_user($1)', [userId]);
    return rows.map((r) => ({ tenantId: r.tenant_id, role: r.role, serves: r.serves }));
  }

  async assignConsultant(tenantId: string, userId: string): Promise<void> {
    await (await this.uow.manager()).query('select identity.assign_consultant($1, $2)', [tenantId, userId]);
  }
}
