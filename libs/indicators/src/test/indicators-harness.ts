import { type AllianceConfig, createSubgraphApp, type TenantRole } from '@alliance/platform';
import { signedAccessToken, SubgraphHarness, type TestTenant } from '@alliance/testing';
import { INDICATORS_BODY_LIMIT } from '../import/import.service';
import { IndicatorsModule } from '../indicators.module';
import { indicatorsEntities } from '../indicators.entities';

export function indicatorsHarness(): SubgraphHarness {
  return new SubgraphHarness((config: AllianceConfig) =>
    createSubgraphApp({
      name: 'indicators',
      feature: IndicatorsModule,
      entities: indicatorsEntities,
      bodyLimit: INDICATORS_BODY_LIMIT,
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
  const token = await signedAccessToken(harness.config, row.id, tenant, role);
  return { token, userId: row.id };
}
