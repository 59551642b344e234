import type { TenantRole } from '../../graphql/graphql.generated';

/** The roles an admin may give, most powerful first. */
export const TENANT_ROLES: readonly TenantRole[] = ['ADMIN', 'ANIMATOR', 'MEMBER', 'EXPERT', 'OBSERVER'];

/** A membership's main role, for a single-choice control. */
export function mainRole(roles: readonly TenantRole[]): TenantRole {
  return TENANT_ROLES.find((role) => roles.includes(role)) ?? 'MEMBER';
}
