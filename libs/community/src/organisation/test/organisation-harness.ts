import { importPKCS8, SignJWT } from 'jose';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  type AllianceConfig,
  createSubgraphApp,
  type TenantRole,
} from '@alliance/platform';
import { SubgraphHarness, type TestTenant } from '@alliance/testing';
import { CommunityModule } from '../../community.module';
import { communityEntities } from '../../community.entities';

export function communityHarness(): SubgraphHarness {
  return new SubgraphHarness((config: AllianceConfig) =>
    createSubgraphApp({
      name: 'community',
      feature: CommunityModule,
      entities: communityEntities,
      config,
      bodyLimit: '25mb',
    }),
  );
}

export interface Person {
  token: string;
  userId: string;
}

/**
 * A person of the territory with an access token as identity would sign it: this subgraph has no login of
 * its own, and tests of a context never start another context.
 */
export async function personIn(
  harness: SubgraphHarness,
  tenant: TestTenant,
  role: TenantRole,
): Promise<Person> {
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
    .setExpirationTime(Math.floor(now / 1000) + 900)
    .sign(key);
  return { token, userId: row.id };
}
