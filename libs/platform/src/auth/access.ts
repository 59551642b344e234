import { forbidden, unauthenticated } from '../errors/domain-error';
import { RequestContext } from '../tenancy/request-context';
import { type AccessClaims, PlatformRole, TenantRole } from './access-token';

/** The verified caller, or UNAUTHENTICATED. */
export function requireViewer(): AccessClaims {
  const state = RequestContext.current();
  if (state?.authError) throw unauthenticated(state.authError.message);
  const claims = state?.claims;
  if (!claims) throw unauthenticated();
  return claims;
}

/** The caller acting in a tenant with one of the roles; a consultant serving the tenant counts as admin. */
export function requireTenantRole(...roles: TenantRole[]): AccessClaims & { tenantId: string } {
  const claims = requireViewer();
  if (!claims.tenantId)
    throw forbidden('Cette opération se fait dans un territoire : choisissez un territoire.');
  const servingConsultant = claims.servesTenant && claims.platformRoles.includes(PlatformRole.CONSULTANT);
  if (servingConsultant || roles.length === 0 || claims.roles.some((role) => roles.includes(role))) {
    return claims as AccessClaims & { tenantId: string };
  }
  throw forbidden(`Votre rôle ne permet pas cette opération (rôle requis : ${roles.join(' ou ')}).`);
}

export function requirePlatformRole(role: PlatformRole): AccessClaims {
  const claims = requireViewer();
  if (!claims.platformRoles.includes(role)) {
    throw forbidden(`Cette opération est réservée au rôle plateforme « ${role} ».`);
  }
  return claims;
}
