import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  notFound,
  type Page,
  type PageArgs,
  requireTenantRole,
  revokeTokens,
  TenantRole,
  UnitOfWork,
} from '@alliance/platform';
import { RefreshTokenRepository } from '../session/refresh-token.repository';
import { type Membership, MembershipStatus } from './membership.entity';
import { MembershipRepository } from './membership.repository';

/** Admins manage who belongs to their tenant and with which role. */
@Injectable()
export class MemberService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly memberships: MembershipRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(args: PageArgs): Promise<Page<Membership>> {
    requireTenantRole(TenantRole.ADMIN, TenantRole.ANIMATOR);
    return this.memberships.activePage(args);
  }

  async changeRole(memberId: string, role: TenantRole): Promise<Membership> {
    const claims = requireTenantRole(TenantRole.ADMIN);
    if (!Object.values(TenantRole).includes(role))
      throw badInput(`Le rôle « ${role} » n’existe pas.`, 'role');
    const membership = await this.activeMember(memberId);
    if (membership.role === TenantRole.ADMIN && role !== TenantRole.ADMIN) await this.keepOneAdmin();
    const previous = membership.role;
    membership.role = role;
    await this.memberships.save(membership);
    // The old token carries the old role: it must stop working now, not when it expires.
    await this.endSessions(membership.userId, claims.tenantId);
    await this.audit.record({
      action: 'member.change-role',
      objectType: 'membership',
      objectId: memberId,
      data: { from: previous, to: role },
    });
    return (await this.memberships.findWithUser(memberId)) ?? membership;
  }

  async remove(memberId: string): Promise<boolean> {
    const claims = requireTenantRole(TenantRole.ADMIN);
    const membership = await this.activeMember(memberId);
    if (membership.role === TenantRole.ADMIN) await this.keepOneAdmin();
    membership.status = MembershipStatus.REMOVED;
    await this.memberships.save(membership);
    await this.endSessions(membership.userId, claims.tenantId);
    await this.audit.record({ action: 'member.remove', objectType: 'membership', objectId: memberId });
    return true;
  }

  private async activeMember(id: string): Promise<Membership> {
    const membership = await this.memberships.findById(id);
    if (!membership || membership.status !== MembershipStatus.ACTIVE) {
      throw notFound('Ce membre n’existe pas dans ce territoire.');
    }
    return membership;
  }

  private async keepOneAdmin(): Promise<void> {
    if ((await this.memberships.countActiveAdmins()) <= 1) {
      throw conflict('C’est le dernier administrateur du territoire : nommez-en un autre avant.', 'memberId');
    }
  }

  private async endSessions(userId: string, tenantId: string): Promise<void> {
    await this.refreshTokens.revokeForUser(userId, tenantId);
    await revokeTokens(await this.uow.manager(), userId, tenantId);
  }
}
