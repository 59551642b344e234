import { Inject, Injectable } from '@nestjs/common';
import { importPKCS8, SignJWT, type CryptoKey } from 'jose';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ALLIANCE_CONFIG,
  type AllianceConfig,
  type PlatformRole,
  type TenantRole,
} from '@alliance/platform';

export interface AccessGrant {
  userId: string;
  tenantId: string | null;
  tenantSlug: string | null;
  roles: TenantRole[];
  platformRoles: PlatformRole[];
  servesTenant: boolean;
}

/** Signs access tokens with the private key; only the identity service holds it. */
@Injectable()
export class TokenIssuer {
  private readonly key: Promise<CryptoKey>;

  constructor(@Inject(ALLIANCE_CONFIG) private readonly config: AllianceConfig) {
    if (!config.jwtPrivateKeyPem) throw new Error('JWT_PRIVATE_KEY is required by the identity service.');
    this.key = importPKCS8(config.jwtPrivateKeyPem, 'EdDSA');
  }

  async sign(grant: AccessGrant): Promise<{ token: string; expiresAt: Date }> {
    const now = Date.now();
    const expiresAt = new Date(now + this.config.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT({
      tid: grant.tenantId ?? undefined,
      tsl: grant.tenantSlug ?? undefined,
      roles: grant.roles,
      proles: grant.platformRoles,
      srv: grant.servesTenant || undefined,
      iatms: now,
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(grant.userId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
    return { token, expiresAt };
  }
}
