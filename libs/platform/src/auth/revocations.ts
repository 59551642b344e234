import type { DataSource, EntityManager } from 'typeorm';
import type { AccessClaims } from './access-token';

/** Tokens of every tenant of the user are revoked when no tenant is named. */
const ALL_TENANTS = '00000000-0000-0000-0000-000000000000';

/**
 * Access tokens live for minutes, but a removed member or a logout must stop them at once: each
 * request compares the token's issue time with the latest revocation for its user and tenant.
 */
export async function revokeTokens(
  manager: EntityManager,
  userId: string,
  tenantId: string | null,
): Promise<void> {
  await manager.query(
    `insert into platform.token_revocations (user_id, tenant_key, revoked_at) values ($1, $2, clock_timestamp())
     on conflict (user_id, tenant_key) do update set revoked_at = excluded.revoked_at`,
    [userId, tenantId ?? ALL_TENANTS],
  );
}

export async function isRevoked(db: DataSource, claims: AccessClaims): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `select 1 from platform.token_revocations
      where user_id = $1 and tenant_key in ($2, $3) and revoked_at >= to_timestamp($4::double precision / 1000)
      limit 1`,
    [claims.userId, claims.tenantId ?? ALL_TENANTS, ALL_TENANTS, claims.issuedAtMs],
  );
  return rows.length > 0;
}
