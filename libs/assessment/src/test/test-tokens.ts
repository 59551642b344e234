import { type AllianceConfig, TenantRole } from '@alliance/platform';
import { signedAccessToken, type TestTenant } from '@alliance/testing';

/** An access token as identity would sign it, for a person of a territory (or a consultant serving it). */
export function tokenFor(
  config: AllianceConfig,
  person: { id: string },
  tenant: TestTenant,
  role: TenantRole | 'consultant',
): Promise<string> {
  return signedAccessToken(config, person.id, tenant, role);
}

export { TenantRole };
