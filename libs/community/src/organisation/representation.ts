import { type AccessClaims, forbidden, PlatformRole, TenantRole } from '@alliance/platform';
import type { Organisation } from './organisation.entity';

/** Read by libs/assessment to keep its projection of who represents which organisation (ADR 0005). */
export const REPRESENTATIVE_ADDED_EVENT = 'community.representative-added';
export const REPRESENTATIVE_REMOVED_EVENT = 'community.representative-removed';

export interface RepresentativeAddedPayload extends Record<string, unknown> {
  organisationId: string;
  userId: string;
  organisationName: string;
  organisationTypeCode: string | null;
  sectorCode: string | null;
}

export interface RepresentativeRemovedPayload extends Record<string, unknown> {
  organisationId: string;
  userId: string;
}

export function representativeAdded(organisation: Organisation, userId: string): RepresentativeAddedPayload {
  return {
    organisationId: organisation.id,
    userId,
    organisationName: organisation.name,
    organisationTypeCode: organisation.typeCode,
    sectorCode: organisation.sectorCodes[0] ?? null,
  };
}

/** Admins, animators and the consultant serving the territory act for every organisation. */
export const STAFF = [TenantRole.ADMIN, TenantRole.ANIMATOR];

export function isStaff(claims: AccessClaims): boolean {
  return (
    claims.roles.some((role) => STAFF.includes(role)) ||
    (claims.servesTenant && claims.platformRoles.includes(PlatformRole.CONSULTANT))
  );
}

export function notRepresentative(organisation: Organisation, doing: string) {
  return forbidden(
    `Vous ne représentez pas « ${organisation.name} » : seuls ses représentants, un animateur ou un administrateur peuvent ${doing}.`,
  );
}
