import { importPKCS8, SignJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AllianceConfig } from '@alliance/platform';
import type { TestTenant } from './factories';

/**
 * An access token as identity would sign it, so that a context's tests need no identity subgraph (a context
 * never imports another). The claims' shape is the platform's contract with identity.
 */
export async function signedAccessToken(
  config: AllianceConfig,
  userId: string,
  tenant: TestTenant,
  role: string,
): Promise<string> {
  const now = Date.now();
  // A consultant serving the territory holds no role there: the platform role and `srv` make it admin-like.
  const claims =
    role === 'consultant' ? { roles: [], proles: ['consultant'], srv: true } : { roles: [role], proles: [] };
  return new SignJWT({ tid: tenant.id, tsl: tenant.slug, ...claims, iatms: now })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(userId)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 900)
    .sign(await importPKCS8(config.jwtPrivateKeyPem, 'EdDSA'));
}
