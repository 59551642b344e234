import { conflict, Outbox, UnitOfWork } from '@alliance/platform';
import { hashToken, normalizeEmail, randomToken } from '../shared/secrets';
import { invitationMail } from '../shared/mail-templates';

const INVITATION_DAYS = 7;

export interface ProvisionedTenant {
  /** Chosen by the caller before the first attempt, so a retried step finds the tenant it made. */
  id: string;
  slug: string;
  name: string;
  programmeName: string;
}

/**
 * What identity offers to an app-level orchestration (onboarding a territory) that must not import its
 * services: each method is one idempotent step, run by the caller inside a unit of work it opened (no
 * request, no claims: the orchestration checked who asked before queuing the job).
 */
export class TenantProvisioning {
  private readonly outbox: Outbox;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly publicUrl: string,
  ) {
    this.outbox = new Outbox(uow, 'identity');
  }

  private async query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.uow.manager()).query(sql, params);
  }

  async slugTaken(slug: string): Promise<boolean> {
    const rows = await this.query(`select 1 from identity.tenants where slug = $1`, [slug]);
    return rows.length > 0;
  }

  async tenantExists(id: string): Promise<boolean> {
    const rows = await this.query(`select 1 from identity.tenants where id = $1`, [id]);
    return rows.length > 0;
  }

  /** Whether the user is a consultant assigned to the tenant. */
  async serves(userId: string, tenantId: string): Promise<boolean> {
    const rows = await this.query<{ serves: boolean }>(
      `select serves from identity.tenant_access_of_user($1) where tenant_id = $2 and serves`,
      [userId, tenantId],
    );
    return rows.length > 0;
  }

  /** Creates the tenant once; a second call with the same id finds it. A slug held by another tenant is refused. */
  async ensureTenant(tenant: ProvisionedTenant): Promise<void> {
    const rows = await this.query<{ id: string }>(
      `select id from identity.tenants where id = $1 or slug = $2`,
      [tenant.id, tenant.slug],
    );
    if (rows.some((r) => r.id === tenant.id)) return;
    if (rows.length > 0) throw conflict(`L’identifiant « ${tenant.slug} » est déjà pris.`, 'slug');
    await this.query(
      `insert into identity.tenants (id, slug, name, kind, programme_name, status)
       values ($1, $2, $3, 'metropole', $4, 'active')`,
      [tenant.id, tenant.slug, tenant.name, tenant.programmeName],
    );
  }

  async assignConsultant(tenantId: string, userId: string): Promise<void> {
    await this.query('select identity.assign_consultant($1, $2)', [tenantId, userId]);
  }

  /**
   * Invites the territory's first administrator, inside a unit of work scoped to the new tenant. An
   * invitation already made for that address (a retried step) is kept, so only one e-mail leaves.
   */
  async inviteFirstAdmin(tenantId: string, rawEmail: string, invitedBy: string | null): Promise<void> {
    const email = normalizeEmail(rawEmail);
    const existing = await this.query(
      `select 1 from identity.invitations where tenant_id = $1 and email = $2 and role = 'admin'`,
      [tenantId, email],
    );
    if (existing.length > 0) return;
    const [tenant] = await this.query<{ slug: string; name: string }>(
      `select slug, name from identity.tenants where id = $1`,
      [tenantId],
    );
    if (!tenant) throw new Error(`Tenant ${tenantId} does not exist.`);
    const token = randomToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    const [invitation] = await this.query<{ id: string }>(
      `insert into identity.invitations (tenant_id, email, role, token_hash, status, expires_at, invited_by)
       values ($1, $2, 'admin', $3, 'pending', $4, $5) returning id`,
      [tenantId, email, hashToken(token), expiresAt, invitedBy],
    );
    if (!invitation) throw new Error('The invitation just inserted cannot be read back.');
    await this.outbox.publish({
      type: 'mail.send',
      payload: {
        key: `invitation-${invitation.id}`,
        message: invitationMail({
          to: email,
          tenantName: tenant.name,
          role: 'admin',
          link: `${this.publicUrl}/${tenant.slug}/invitation/${token}`,
          expiresAt,
        }),
      },
    });
  }
}
