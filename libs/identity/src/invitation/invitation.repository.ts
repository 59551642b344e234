import { Injectable } from '@nestjs/common';
import { TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { Invitation, InvitationStatus } from './invitation.entity';

@Injectable()
export class InvitationRepository extends TenantRepository<Invitation> {
  constructor(uow: UnitOfWork) {
    super(uow, Invitation);
  }

  async findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return (await this.query('i')).andWhere('i.tokenHash = :tokenHash', { tokenHash }).getOne();
  }

  async pageByStatus(args: PageArgs & { status?: InvitationStatus | null }): Promise<Page<Invitation>> {
    const qb = await this.query('i');
    if (args.status === InvitationStatus.EXPIRED) {
      qb.andWhere('i.status = :pending and i.expiresAt <= now()', { pending: InvitationStatus.PENDING });
    } else if (args.status === InvitationStatus.PENDING) {
      qb.andWhere('i.status = :pending and i.expiresAt > now()', { pending: InvitationStatus.PENDING });
    } else if (args.status) {
      qb.andWhere('i.status = :status', { status: args.status });
    }
    return this.page(qb, 'i', args);
  }

  async revokePendingFor(email: string): Promise<void> {
    await (
      await this.repository()
    ).update(this.scoped({ email, status: InvitationStatus.PENDING }), {
      status: InvitationStatus.REVOKED,
    });
  }
}
