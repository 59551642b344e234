import { Injectable } from '@nestjs/common';
import { TenantRepository, UnitOfWork, type Page, type PageArgs, TenantRole } from '@alliance/platform';
import { Membership, MembershipStatus } from './membership.entity';

@Injectable()
export class MembershipRepository extends TenantRepository<Membership> {
  constructor(uow: UnitOfWork) {
    super(uow, Membership);
  }

  async activePage(args: PageArgs): Promise<Page<Membership>> {
    const qb = (await this.query('m'))
      .innerJoinAndSelect('m.user', 'u')
      .andWhere('m.status = :status', { status: MembershipStatus.ACTIVE });
    return this.page(qb, 'm', args);
  }

  async findWithUser(id: string): Promise<Membership | null> {
    return (await this.query('m')).innerJoinAndSelect('m.user', 'u').andWhere('m.id = :id', { id }).getOne();
  }

  async findActiveByUser(userId: string): Promise<Membership | null> {
    return this.findOne({ userId, status: MembershipStatus.ACTIVE });
  }

  async countActiveAdmins(): Promise<number> {
    return this.count({ role: TenantRole.ADMIN, status: MembershipStatus.ACTIVE });
  }
}
