import { importSPKI, jwtVerify, type JWTPayload, type CryptoKey } from 'jose';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  type AccessClaims,
  PlatformRole,
  TenantRole,
} from './access-token';

export class InvalidTokenError extends Error {}

interface AllianceJwtPayload extends JWTPayload {
  tid?: string;
  tsl?: string;
  roles?: string[];
  proles?: string[];
  srv?: boolean;
  iatms?: number;
}

/** Verifies access tokens with the public key only: the gateway and every subgraph hold one of these. */
export class TokenVerifier {
  private keyPromise: Promise<CryptoKey>;

  constructor(publicKeyPem: string) {
    this.keyPromise = importSPKI(publicKeyPem, 'EdDSA');
  }

  async verify(token: string): Promise<AccessClaims> {
    let payload: AllianceJwtPayload;
    try {
      ({ payload } = await jwtVerify<AllianceJwtPayload>(token, await this.keyPromise, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ['EdDSA'],
      }));
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw new InvalidTokenError(
        expired ? 'Votre session a expiré : reconnectez-vous.' : 'Jeton d’accès invalide.',
      );
    }
    if (!payload.sub || !payload.exp) throw new InvalidTokenError('Jeton d’accès invalide.');
    const roles = (payload.roles ?? []).filter((r): r is TenantRole =>
      (Object.values(TenantRole) as string[]).includes(r),
    );
    const platformRoles = (payload.proles ?? []).filter((r): r is PlatformRole =>
      (Object.values(PlatformRole) as string[]).includes(r),
    );
    return {
      userId: payload.sub,
      tenantId: payload.tid,
      tenantSlug: payload.tsl,
      roles,
      platformRoles,
      servesTenant: payload.srv === true,
      issuedAtMs: payload.iatms ?? (payload.iat ?? 0) * 1000,
      expiresAt: payload.exp,
    };
  }
}

/** Extracts the bearer token of an Authorization header, or undefined when there is none. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(value.trim());
  return match?.[1];
}
