import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ALLIANCE_CONFIG,
  AuditLog,
  type AllianceConfig,
  forbidden,
  notFound,
  PlatformRole,
  RequestContext,
  requireViewer,
  revokeTokens,
  type TenantRole,
  unauthenticated,
  UnitOfWork,
} from '@alliance/platform';
import { TenantRepository } from '../tenant/tenant.repository';
import type { Tenant } from '../tenant/tenant.entity';
import { UserRepository } from '../user/user.repository';
import type { User } from '../user/user.entity';
import { hashToken, normalizeEmail, randomToken, verifyPassword } from '../shared/secrets';
import { LoginThrottle } from './login-throttle';
import { RefreshTokenRepository } from './refresh-token.repository';
import { TokenIssuer } from './token-issuer';

export interface Session {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  user: User;
  tenant: Tenant | null;
  roles: TenantRole[];
}

const WRONG_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';

/** Login, refresh, logout and tenant switch: everything that hands out or takes back tokens. */
@Injectable()
export class SessionService {
  constructor(
    @Inject(ALLIANCE_CONFIG) private readonly config: AllianceConfig,
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly tenants: TenantRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly issuer: TokenIssuer,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
  ) {}

  async login(input: { email: string; password: string; tenantSlug?: string | null }): Promise<Session> {
    const email = normalizeEmail(input.email);
    const address = RequestContext.current()?.clientAddress;
    await this.throttle.check(email, address);
    const user = await this.users.findWithPassword(email);
    // Verify even for an unknown account, so the answer takes as long and says the same.
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, address);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.throttle.clear(email);
    const session = await this.openSession(user, input.tenantSlug ?? null, randomUUID());
    await this.audit.record({
      action: 'session.login',
      objectType: 'user',
      objectId: user.id,
      actorUserId: user.id,
    });
    return session;
  }

  async refresh(refreshToken: string): Promise<Session> {
    const stored = await this.refreshTokens.findByHashForUpdate(hashToken(refreshToken));
    if (!stored || stored.revokedAt || stored.expiresAt.getTime() <= Date.now()) {
      throw unauthenticated('Votre session a expiré : reconnectez-vous.');
    }
    if (stored.rotatedAt) {
      // A rotated token presented again means it was copied: end the whole session family, and keep
      // that revocation although the request answers with an error.
      await this.refreshTokens.revokeFamily(stored.familyId);
      this.uow.commitDespiteError();
      throw unauthenticated('Cette session a été fermée par sécurité : reconnectez-vous.');
    }
    await this.refreshTokens.markRotated(stored.id);
    const user = await this.users.findById(stored.userId);
    if (!user) throw unauthenticated('Votre session a expiré : reconnectez-vous.');
    const tenant = stored.tenantId ? await this.tenants.findById(stored.tenantId) : null;
    if (tenant) await this.uow.enterTenant(tenant.id);
    const session = await this.openSession(user, tenant?.slug ?? null, stored.familyId, true);
    await this.audit.record({
      action: 'session.refresh',
      objectType: 'user',
      objectId: user.id,
      actorUserId: user.id,
    });
    return session;
  }

  async logout(refreshToken: string): Promise<boolean> {
    const stored = await this.refreshTokens.findByHashForUpdate(hashToken(refreshToken));
    if (!stored) return true;
    await this.refreshTokens.revokeFamily(stored.familyId);
    await revokeTokens(await this.uow.manager(), stored.userId, stored.tenantId);
    if (stored.tenantId) await this.uow.enterTenant(stored.tenantId);
    await this.audit.record({
      action: 'session.logout',
      objectType: 'user',
      objectId: stored.userId,
      actorUserId: stored.userId,
    });
    return true;
  }

  async switchTenant(tenantSlug: string): Promise<Session> {
    const claims = requireViewer();
    const user = await this.users.findById(claims.userId);
    if (!user) throw unauthenticated();
    const session = await this.openSession(user, tenantSlug, randomUUID());
    await this.audit.record({
      action: 'session.switch-tenant',
      objectType: 'tenant',
      objectId: session.tenant?.id ?? null,
    });
    return session;
  }

  /** A new session for a user who just proved who they are another way (an invitation link). */
  async openFor(userId: string, tenantSlug: string): Promise<Session> {
    const user = await this.users.findById(userId);
    if (!user) throw unauthenticated();
    return this.openSession(user, tenantSlug, randomUUID());
  }

  /**
   * Scopes a new session to the named tenant, or to the user's first one. A tenant the user neither
   * belongs to nor serves is refused; an operator may hold an unscoped session.
   */
  private async openSession(
    user: User,
    tenantSlug: string | null,
    familyId: string,
    refreshing = false,
  ): Promise<Session> {
    const access = await this.users.tenantAccess(user.id);
    let tenant: Tenant | null = null;
    if (tenantSlug) {
      tenant = await this.tenants.findBySlug(tenantSlug);
      if (!tenant) throw notFound(`Aucun territoire ne porte l’identifiant « ${tenantSlug} ».`);
      if (!access.some((a) => a.tenantId === tenant?.id)) {
        if (refreshing) throw unauthenticated('Vous n’avez plus accès à ce territoire : reconnectez-vous.');
        throw forbidden(`Vous n’êtes pas membre du territoire « ${tenant.name} ».`);
      }
    } else if (access.length > 0) {
      const candidates = await this.tenants.findByIds([...new Set(access.map((a) => a.tenantId))]);
      tenant = candidates.sort((a, b) => a.name.localeCompare(b.name, 'fr'))[0] ?? null;
    } else if (!user.platformRoles.includes(PlatformRole.OPERATOR)) {
      throw forbidden(
        'Votre compte n’est rattaché à aucun territoire : demandez une invitation à son administrateur.',
      );
    }
    const here = tenant ? access.filter((a) => a.tenantId === tenant?.id) : [];
    const roles = here.flatMap((a) => (a.role ? [a.role as TenantRole] : []));
    const servesTenant = here.some((a) => a.serves);
    // An anonymous login enters the tenant it opens; a switch stays in the tenant it leaves.
    if (tenant && !RequestContext.current()?.tenantId) await this.uow.enterTenant(tenant.id);

    const signed = await this.issuer.sign({
      userId: user.id,
      tenantId: tenant?.id ?? null,
      tenantSlug: tenant?.slug ?? null,
      roles,
      platformRoles: user.platformRoles,
      servesTenant,
    });
    const refreshToken = randomToken();
    await this.refreshTokens.insert({
      userId: user.id,
      tenantId: tenant?.id ?? null,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return {
      accessToken: signed.token,
      accessTokenExpiresAt: signed.expiresAt,
      refreshToken,
      user,
      tenant,
      roles,
    };
  }
}

// An argon2id hash of a random string: verifying against it costs what a real check costs.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3c8kq7N8o9WgRkY1p6Jj8m9vC0x2n1R5y6Q8tY7uI0o';
