// Keys are the GraphQL enum values, values what is stored.

/** Platform-wide roles, held by a user whatever the tenant. */
export enum PlatformRole {
  OPERATOR = 'operator',
  CONSULTANT = 'consultant',
}

/** Roles a membership grants within one tenant. */
export enum TenantRole {
  ADMIN = 'admin',
  ANIMATOR = 'animator',
  MEMBER = 'member',
  EXPERT = 'expert',
  OBSERVER = 'observer',
}

/** The claims of a verified access token, as every service sees them. */
export interface AccessClaims {
  userId: string;
  /** The tenant the token is scoped to; absent for an operator acting at platform level. */
  tenantId?: string;
  tenantSlug?: string;
  roles: TenantRole[];
  platformRoles: PlatformRole[];
  /** True when the user acts in this tenant as its assigned consultant rather than as a member. */
  servesTenant: boolean;
  /** Issued-at in milliseconds, compared with revocations (seconds are too coarse for logout then login). */
  issuedAtMs: number;
  expiresAt: number;
}

export const ACCESS_TOKEN_ISSUER = 'alliance-identity';
export const ACCESS_TOKEN_AUDIENCE = 'alliance';
