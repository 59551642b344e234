import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  conflict,
  notFound,
  Outbox,
  type Page,
  type PageArgs,
  requireTenantRole,
  TenantRole,
} from '@alliance/platform';
import type { JoinRequest, Organisation } from './organisation.entity';
import {
  JoinRequestRepository,
  OrganisationRepository,
  RepresentativeRepository,
} from './organisation.repository';
import {
  isStaff,
  notRepresentative,
  REPRESENTATIVE_ADDED_EVENT,
  representativeAdded,
} from './representation';

/** A member asks to represent an organisation already in the directory; its representatives or an animator decide. */
@Injectable()
export class JoinRequestService {
  constructor(
    private readonly requests: JoinRequestRepository,
    private readonly organisations: OrganisationRepository,
    private readonly representatives: RepresentativeRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  async request(organisationId: string, message: string | null | undefined): Promise<JoinRequest> {
    const claims = requireTenantRole();
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw notFound('Cette organisation n’existe pas dans ce territoire.');
    if (await this.representatives.represents(claims.userId, organisation.id)) {
      throw conflict(`Vous représentez déjà « ${organisation.name} ».`, 'organisationId');
    }
    if (await this.requests.pendingBy(claims.userId, organisation.id)) {
      throw conflict(
        `Votre demande pour représenter « ${organisation.name} » attend déjà une réponse.`,
        'organisationId',
      );
    }
    const request = await this.requests.insert({
      organisationId: organisation.id,
      userId: claims.userId,
      message: message?.trim() || null,
      status: 'pending',
    });
    await this.audit.record({
      action: 'organisation.request-to-join',
      objectType: 'join-request',
      objectId: request.id,
      data: { organisationId: organisation.id },
    });
    return request;
  }

  async pending(organisationId: string): Promise<JoinRequest[]> {
    const organisation = await this.organisationActedFor(
      organisationId,
      'voir les demandes qui la concernent',
    );
    return this.requests.pendingOf(organisation.id);
  }

  /** The territory's pending requests, for the animators who decide where no representative answers. */
  pendingInTerritory(args: PageArgs): Promise<Page<JoinRequest>> {
    requireTenantRole(TenantRole.ADMIN, TenantRole.ANIMATOR);
    return this.requests.pendingPage(args);
  }

  mine(): Promise<JoinRequest[]> {
    const claims = requireTenantRole();
    return this.requests.ofUser(claims.userId);
  }

  /** Approving makes the person a representative, announced to the other contexts. */
  async decide(id: string, approve: boolean): Promise<JoinRequest> {
    const claims = requireTenantRole();
    const request = await this.requests.lock(id);
    if (!request) throw notFound('Cette demande n’existe pas dans ce territoire.');
    const organisation = await this.organisationActedFor(
      request.organisationId,
      approve ? 'accepter cette demande' : 'refuser cette demande',
    );
    if (request.status !== 'pending') {
      throw conflict(
        `Cette demande pour « ${organisation.name} » a déjà été ${request.status === 'approved' ? 'acceptée' : 'refusée'}.`,
        'id',
      );
    }
    request.status = approve ? 'approved' : 'refused';
    request.decidedBy = claims.userId;
    request.decidedAt = new Date();
    const saved = await this.requests.save(request);
    if (approve && !(await this.representatives.represents(request.userId, organisation.id))) {
      await this.representatives.insert({ organisationId: organisation.id, userId: request.userId });
      await this.outbox.publish({
        type: REPRESENTATIVE_ADDED_EVENT,
        payload: representativeAdded(organisation, request.userId),
      });
    }
    await this.audit.record({
      action: approve ? 'organisation.approve-join' : 'organisation.refuse-join',
      objectType: 'join-request',
      objectId: request.id,
      data: { organisationId: organisation.id, userId: request.userId },
    });
    return saved;
  }

  /** The organisation, when the caller represents it or is an animator or admin; FORBIDDEN naming it otherwise. */
  private async organisationActedFor(organisationId: string, doing: string): Promise<Organisation> {
    const claims = requireTenantRole();
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw notFound('Cette organisation n’existe pas dans ce territoire.');
    if (!isStaff(claims) && !(await this.representatives.represents(claims.userId, organisation.id))) {
      throw notRepresentative(organisation, doing);
    }
    return organisation;
  }
}
