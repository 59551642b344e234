import { type TenantRole } from '@alliance/platform';
import { signedAccessToken, SubgraphHarness, type TestTenant } from '@alliance/testing';
export { communityHarness } from '../../test/community-harness';

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
  const token = await signedAccessToken(harness.config, row.id, tenant, role);
  return { token, userId: row.id };
}
