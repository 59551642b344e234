import { Inject, Injectable } from '@nestjs/common';
import {
  ALLIANCE_CONFIG,
  AuditLog,
  type AllianceConfig,
  badInput,
  conflict,
  notFound,
  Outbox,
  type Page,
  type PageArgs,
  requireTenantRole,
  TenantRole,
  UnitOfWork,
} from '@alliance/platform';
import { TenantRepository } from '../tenant/tenant.repository';
import { UserRepository } from '../user/user.repository';
import { MembershipRepository } from '../membership/membership.repository';
import { MembershipStatus } from '../membership/membership.entity';
import { SessionService, type Session } from '../session/session.service';
import {
  checkPasswordStrength,
  hashPassword,
  hashToken,
  normalizeEmail,
  randomToken,
  verifyPassword,
} from '../shared/secrets';
import { invitationMail } from '../shared/mail-templates';
import { type Invitation, InvitationStatus } from './invitation.entity';
import { InvitationRepository } from './invitation.repository';

const INVITATION_DAYS = 7;

@Injectable()
export class InvitationService {
  constructor(
    @Inject(ALLIANCE_CONFIG) private readonly config: AllianceConfig,
    private readonly uow: UnitOfWork,
    private readonly invitations: InvitationRepository,
    private readonly memberships: MembershipRepository,
    private readonly users: UserRepository,
    private readonly tenants: TenantRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async invite(input: { email: string; role: TenantRole }): Promise<Invitation> {
    const claims = requireTenantRole(TenantRole.ADMIN);
    const email = normalizeEmail(input.email);
    if (!Object.values(TenantRole).includes(input.role)) {
      throw badInput(`Le rôle « ${input.role} » n’existe pas.`, 'role');
    }
    const existing = await this.users.findByEmail(email);
    if (existing && (await this.memberships.findActiveByUser(existing.id))) {
      throw conflict(`${email} est déjà membre de ce territoire.`, 'email');
    }
    const tenant = await this.tenants.findById(claims.tenantId);
    if (!tenant) throw notFound('Territoire introuvable.');
    // A new invitation replaces any pending one: only the latest link works.
    await this.invitations.revokePendingFor(email);
    const token = randomToken();
    const invitation = await this.invitations.insert({
      email,
      role: input.role,
      tokenHash: hashToken(token),
      status: InvitationStatus.PENDING,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      invitedBy: claims.userId,
    });
    const link = `${this.config.publicUrl}/${tenant.slug}/invitation/${token}`;
    await this.outbox.publish({
      type: 'mail.send',
      payload: {
        key: `invitation-${invitation.id}`,
        message: invitationMail({
          to: email,
          tenantName: tenant.name,
          role: input.role,
          link,
          expiresAt: invitation.expiresAt,
        }),
      },
    });
    await this.audit.record({
      action: 'invitation.create',
      objectType: 'invitation',
      objectId: invitation.id,
      data: { email, role: input.role },
    });
    return invitation;
  }

  async revoke(id: string): Promise<Invitation> {
    requireTenantRole(TenantRole.ADMIN);
    const invitation = await this.invitations.findById(id);
    if (!invitation) throw notFound('Cette invitation n’existe pas dans ce territoire.');
    if (invitation.status !== InvitationStatus.PENDING) {
      throw conflict('Seule une invitation en attente peut être révoquée.');
    }
    invitation.status = InvitationStatus.REVOKED;
    await this.invitations.save(invitation);
    await this.audit.record({ action: 'invitation.revoke', objectType: 'invitation', objectId: id });
    return invitation;
  }

  async list(args: PageArgs & { status?: InvitationStatus | null }): Promise<Page<Invitation>> {
    requireTenantRole(TenantRole.ADMIN);
    return this.invitations.pageByStatus(args);
  }

  /** Anyone holding the link may accept; the tenant comes from the link, the rest from the stored invitation. */
  async accept(input: {
    tenantSlug: string;
    token: string;
    displayName: string;
    password: string;
  }): Promise<Session> {
    const tenant = await this.tenants.findBySlug(input.tenantSlug);
    if (!tenant) throw notFound(`Aucun territoire ne porte l’identifiant « ${input.tenantSlug} ».`);
    await this.uow.enterTenant(tenant.id);
    const invitation = await this.invitations.findByTokenHash(hashToken(input.token));
    if (!invitation) throw badInput('Ce lien d’invitation n’est pas valide pour ce territoire.', 'token');
    if (invitation.status === InvitationStatus.ACCEPTED) {
      throw badInput('Cette invitation a déjà été acceptée : connectez-vous.', 'token');
    }
    if (invitation.status === InvitationStatus.REVOKED) {
      throw badInput('Cette invitation a été révoquée : demandez-en une nouvelle.', 'token');
    }
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw badInput(
        'Cette invitation a expiré : demandez-en une nouvelle à l’administrateur du territoire.',
        'token',
      );
    }
    const displayName = input.displayName.trim();
    if (displayName.length < 2) throw badInput('Indiquez votre nom (2 caractères au moins).', 'displayName');

    let user = await this.users.findWithPassword(invitation.email);
    if (user) {
      // An existing account joins with its own password; an invitation never overwrites it.
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        throw badInput(
          'Un compte existe déjà pour cette adresse : saisissez son mot de passe actuel.',
          'password',
        );
      }
    } else {
      checkPasswordStrength(input.password);
      user = await this.users.insert({
        email: invitation.email,
        displayName,
        passwordHash: await hashPassword(input.password),
      });
    }
    const membership = await this.memberships.findOne({ userId: user.id });
    if (membership) {
      membership.status = MembershipStatus.ACTIVE;
      membership.role = invitation.role;
      await this.memberships.save(membership);
    } else {
      await this.memberships.insert({
        userId: user.id,
        role: invitation.role,
        status: MembershipStatus.ACTIVE,
      });
    }
    invitation.status = InvitationStatus.ACCEPTED;
    invitation.acceptedAt = new Date();
    await this.invitations.save(invitation);
    await this.audit.record({
      action: 'invitation.accept',
      objectType: 'invitation',
      objectId: invitation.id,
      actorUserId: user.id,
    });
    return this.sessions.openFor(user.id, tenant.slug);
  }
}
