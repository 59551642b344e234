import { importPKCS8, SignJWT } from 'jose';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  type AllianceConfig,
  createSubgraphApp,
  type TenantRole,
} from '@alliance/platform';
import { SubgraphHarness, type TestTenant } from '@alliance/testing';
import { IndicatorsModule } from '../indicators.module';
import { indicatorsEntities } from '../indicators.entities';

export function indicatorsHarness(): SubgraphHarness {
  return new SubgraphHarness((config: AllianceConfig) =>
    createSubgraphApp({
      name: 'indicators',
      feature: IndicatorsModule,
      entities: indicatorsEntities,
      config,
    }),
  );
}

/**
 * An access token as identity would sign it, for a member created by the factories: this subgraph has no
 * login of its own, and tests of a context never start another context.
 */
export async function tokenFor(
  harness: SubgraphHarness,
  tenant: TestTenant,
  role: TenantRole,
): Promise<{ token: string; userId: string }> {
  const member = await harness.factories.member(tenant, role);
  const [row] = await (
    await harness.owner()
  ).query(`select id from identity.users where email = $1`, [member.email]);
  const key = await importPKCS8(harness.config.jwtPrivateKeyPem, 'EdDSA');
  const now = Date.now();
  const token = await new SignJWT({ tid: tenant.id, tsl: tenant.slug, roles: [role], proles: [], iatms: now })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(row.id)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 600)
    .sign(key);
  return { token, userId: row.id };
}
