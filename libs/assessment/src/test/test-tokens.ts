import { importPKCS8, SignJWT } from 'jose';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  type AllianceConfig,
  TenantRole,
} from '@alliance/platform';
import type { TestTenant } from '@alliance/testing';

/**
 * An access token as identity would sign it, so that this context's tests need no identity subgraph
 * (a context never imports another). The claims' shape is the platform's contract with identity.
 */
export async function tokenFor(
  config: AllianceConfig,
  person: { id: string },
  tenant: TestTenant,
  role: TenantRole | 'consultant',
): Promise<string> {
  const now = Date.now();
  // A consultant serving the territory holds no role there: the platform role and `srv` make it admin-like.
  const claims =
    role === 'consultant' ? { roles: [], proles: ['consultant'], srv: true } : { roles: [role], proles: [] };
  return new SignJWT({ tid: tenant.id, tsl: tenant.slug, ...claims, iatms: now })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(person.id)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 900)
    .sign(await importPKCS8(config.jwtPrivateKeyPem, 'EdDSA'));
}

export { TenantRole };
