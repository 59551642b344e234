import { Injectable } from '@nestjs/common';
import {
  type AccessClaims,
  AuditLog,
  badInput,
  conflict,
  forbidden,
  notFound,
  type Page,
  type PageArgs,
  PlatformRole,
  requireTenantRole,
  TenantRole,
  UnitOfWork,
} from '@alliance/platform';
import type { Organisation } from '../organisation/organisation.entity';
import type {
  Coalition,
  CoalitionMember,
  CoalitionStage,
  Facilitation,
  PerimeterKind,
} from './coalition.entity';
import {
  CoalitionFacilitatorRepository,
  type CoalitionFilter,
  CoalitionMemberRepository,
  CoalitionRepository,
  CoalitionStageRepository,
  type CoalitionViewer,
} from './coalition.repository';
import { checkStageMove, normalizePerimeterCode, STAGE_LABELS } from './coalition.rules';

const STAFF = [TenantRole.ADMIN, TenantRole.ANIMATOR];
/** Members represent organisations; animators and admins may act as members too. */
const MEMBERS = [TenantRole.ADMIN, TenantRole.ANIMATOR, TenantRole.MEMBER];

export interface ProposeCoalition {
  name: string;
  objective: string;
  perimeterKind: PerimeterKind;
  perimeterCode: string;
  organisationIds?: string[] | null;
}

export interface CoalitionFunctioning {
  facilitation?: Facilitation | null;
  meetingFrequency?: string | null;
  tools?: string | null;
  liaison?: string | null;
}

/** What the public pages show of a validated coalition. */
export interface PublishedCoalition {
  id: string;
  name: string;
  objective: string;
  perimeterKind: PerimeterKind;
  perimeterCode: string;
  stage: CoalitionStage;
  createdAt: Date;
  stages: { stage: CoalitionStage; reachedOn: string }[];
  members: { id: string; name: string }[];
  territory: { id: string };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function isStaff(claims: AccessClaims): boolean {
  return (
    claims.roles.some((role) => STAFF.includes(role)) ||
    (claims.servesTenant && claims.platformRoles.includes(PlatformRole.CONSULTANT))
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && (driverError.constraint ?? '').includes(constraint);
}

/**
 * The rules of a coalition's life: a member proposes it, an animator validates it or returns it with a
 * comment; once validated, organisations join by request or invitation, facilitators keep it going and,
 * with animators, move it forward stage by stage.
 */
@Injectable()
export class CoalitionService {
  constructor(
    private readonly coalitions: CoalitionRepository,
    private readonly members: CoalitionMemberRepository,
    private readonly facilitators: CoalitionFacilitatorRepository,
    private readonly stages: CoalitionStageRepository,
    private readonly audit: AuditLog,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Validated coalitions of a territory with their stages and member organisations' names, for its public
   * pages: the request enters that territory for this read only, whoever sends it.
   */
  publishedPage(tenantId: string, args: PageArgs): Promise<Page<PublishedCoalition>> {
    return this.uow.run(tenantId, async () => {
      const page = await this.coalitions.pagePublished(args);
      return { ...page, items: await this.withPublicDetails(page.items) };
    });
  }

  publishedOne(tenantId: string, id: string): Promise<PublishedCoalition | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.uow.run(tenantId, async () => {
      const coalition = await this.coalitions.findPublished(id);
      return coalition ? ((await this.withPublicDetails([coalition]))[0] ?? null) : null;
    });
  }

  private async withPublicDetails(coalitions: Coalition[]): Promise<PublishedCoalition[]> {
    const ids = coalitions.map((c) => c.id);
    const members = await this.members.publishedMembers(ids);
    const stages = await this.stages.ofCoalitions(ids);
    return coalitions.map((c) => ({
      territory: { id: c.tenantId },
      id: c.id,
      name: c.name,
      objective: c.objective,
      perimeterKind: c.perimeterKind,
      perimeterCode: c.perimeterCode,
      stage: c.stage,
      createdAt: c.createdAt,
      stages: stages
        .filter((s) => s.coalitionId === c.id)
        .map((s) => ({ stage: s.stage, reachedOn: s.reachedOn })),
      members: members
        .filter((m) => m.coalitionId === c.id)
        .map((m) => ({ id: m.organisationId, name: m.name })),
    }));
  }

  isStaff(claims: AccessClaims): boolean {
    return isStaff(claims);
  }

  private viewer(): CoalitionViewer {
    const claims = requireTenantRole();
    return { userId: claims.userId, staff: isStaff(claims) };
  }

  list(filter: CoalitionFilter, args: PageArgs): Promise<Page<Coalition>> {
    return this.coalitions.pageVisible(filter, this.viewer(), args);
  }

  async get(id: string): Promise<Coalition> {
    const viewer = this.viewer();
    const coalition = UUID.test(id) ? await this.coalitions.findVisible(id, viewer) : null;
    if (!coalition) throw notFound('Cette coalition n’existe pas dans ce territoire.');
    return coalition;
  }

  /** Whether the caller may run the coalition: one of its facilitators, or staff of the territory. */
  async canFacilitate(coalitionId: string, claims: AccessClaims): Promise<boolean> {
    if (isStaff(claims)) return true;
    return !!(await this.facilitators.findOne({ coalitionId, userId: claims.userId }));
  }

  /** The coalition, visible and locked for this unit of work, or NOT_FOUND. */
  private async locked(id: string): Promise<Coalition> {
    await this.get(id);
    const coalition = await this.coalitions.lockById(id);
    if (!coalition) throw notFound('Cette coalition n’existe pas dans ce territoire.');
    return coalition;
  }

  private async organisation(id: string, field: string): Promise<Organisation> {
    const [organisation] = UUID.test(id) ? await this.members.organisations([id]) : [];
    if (!organisation) throw badInput('Cette organisation n’existe pas dans ce territoire.', field);
    return organisation;
  }

  private requireValidated(coalition: Coalition, what: string, field = 'coalitionId'): void {
    if (coalition.reviewStatus !== 'validated') {
      throw badInput(
        `La coalition « ${coalition.name} » n’est pas encore validée par un animateur : ${what}.`,
        field,
      );
    }
    if (coalition.stage === 'closed') {
      throw badInput(`La coalition « ${coalition.name} » est close : ${what}.`, field);
    }
  }

  private async requireFacilitator(coalition: Coalition, claims: AccessClaims, what: string): Promise<void> {
    if (!(await this.canFacilitate(coalition.id, claims))) {
      throw forbidden(
        `Seuls les facilitateurs de la coalition « ${coalition.name} » et les animateurs du territoire peuvent ${what}.`,
      );
    }
  }

  private async requireRepresentative(organisation: Organisation, claims: AccessClaims, what: string) {
    const represented = await this.members.representedBy(claims.userId, [organisation.id]);
    if (!represented.has(organisation.id)) {
      throw forbidden(`Vous ne représentez pas « ${organisation.name} » : vous ne pouvez pas ${what}.`);
    }
  }

  private async checkNameFree(name: string, exceptId?: string): Promise<void> {
    const taken = await this.coalitions.findByName(name, exceptId);
    if (taken) throw conflict(`Une coalition s’appelle déjà « ${taken.name} » dans ce territoire.`, 'name');
  }

  private normalizeText(raw: string, field: string, label: string, max: number): string {
    const text = raw.trim();
    if (!text) throw badInput(`Indiquez ${label}.`, field);
    if (text.length > max)
      throw badInput(`Le texte dépasse ${max} caractères : raccourcissez ${label}.`, field);
    return text;
  }

  async propose(input: ProposeCoalition): Promise<Coalition> {
    const claims = requireTenantRole(...MEMBERS);
    const name = this.normalizeText(input.name, 'name', 'le nom de la coalition', 200);
    const objective = this.normalizeText(input.objective, 'objective', 'l’objectif de la coalition', 4000);
    const perimeterCode = normalizePerimeterCode(input.perimeterCode, input.perimeterKind);
    const organisationIds = [...new Set(input.organisationIds ?? [])];
    const founders = await this.members.organisations(organisationIds);
    const represented = await this.members.representedBy(claims.userId, organisationIds);
    for (const [i, id] of organisationIds.entries()) {
      const organisation = founders.find((o) => o.id === id);
      if (!organisation) {
        throw badInput('Cette organisation n’existe pas dans ce territoire.', `organisationIds.${i}`);
      }
      if (!represented.has(id)) {
        throw forbidden(
          `Vous ne représentez pas « ${organisation.name} » : elle ne peut pas être membre fondatrice de votre proposition.`,
        );
      }
    }
    await this.checkNameFree(name);
    const coalition = await this.coalitions
      .insert({
        name,
        objective,
        perimeterKind: input.perimeterKind,
        perimeterCode,
        reviewStatus: 'proposed',
        reviewComment: null,
        stage: 'forming',
        proposedBy: claims.userId,
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'name')) {
          throw conflict(`Une coalition s’appelle déjà « ${name} » dans ce territoire.`, 'name');
        }
        throw error;
      });
    await this.stages.insert({
      coalitionId: coalition.id,
      stage: 'forming',
      reachedOn: today(),
      movedBy: claims.userId,
    });
    for (const id of organisationIds) {
      await this.members.insert({ coalitionId: coalition.id, organisationId: id, status: 'member' });
    }
    await this.audit.record({
      action: 'coalition.propose',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { name, perimeterKind: input.perimeterKind, perimeterCode, founders: organisationIds },
    });
    return coalition;
  }

  /** The proposer edits a proposed or returned coalition; a returned one goes back to the animators. */
  async update(
    id: string,
    input: Pick<ProposeCoalition, 'name' | 'objective' | 'perimeterKind' | 'perimeterCode'>,
  ): Promise<Coalition> {
    const claims = requireTenantRole(...MEMBERS);
    const coalition = await this.locked(id);
    if (coalition.proposedBy !== claims.userId) {
      throw forbidden(`Seule la personne qui a proposé la coalition « ${coalition.name} » peut la modifier.`);
    }
    if (coalition.reviewStatus === 'validated') {
      throw badInput(
        `La coalition « ${coalition.name} » est déjà validée : sa proposition ne se modifie plus.`,
        'id',
      );
    }
    const name = this.normalizeText(input.name, 'name', 'le nom de la coalition', 200);
    const objective = this.normalizeText(input.objective, 'objective', 'l’objectif de la coalition', 4000);
    const perimeterCode = normalizePerimeterCode(input.perimeterCode, input.perimeterKind);
    await this.checkNameFree(name, coalition.id);
    const before = { name: coalition.name, reviewStatus: coalition.reviewStatus };
    Object.assign(coalition, {
      name,
      objective,
      perimeterKind: input.perimeterKind,
      perimeterCode,
      reviewStatus: 'proposed',
    });
    const saved = await this.coalitions.save(coalition);
    await this.audit.record({
      action: 'coalition.update',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { before, name, perimeterKind: input.perimeterKind, perimeterCode },
    });
    return saved;
  }

  private async reviewable(id: string): Promise<Coalition> {
    requireTenantRole(...STAFF);
    const coalition = await this.locked(id);
    if (coalition.reviewStatus === 'validated') {
      throw badInput(`La coalition « ${coalition.name} » est déjà validée.`, 'id');
    }
    if (coalition.reviewStatus === 'returned') {
      throw badInput(
        `La coalition « ${coalition.name} » a été renvoyée à son auteur : elle sera revue quand il l’aura proposée à nouveau.`,
        'id',
      );
    }
    return coalition;
  }

  async validate(id: string): Promise<Coalition> {
    const coalition = await this.reviewable(id);
    coalition.reviewStatus = 'validated';
    coalition.reviewComment = null;
    const saved = await this.coalitions.save(coalition);
    await this.audit.record({
      action: 'coalition.validate',
      objectType: 'coalition',
      objectId: coalition.id,
    });
    return saved;
  }

  async returnToProposer(id: string, rawComment: string): Promise<Coalition> {
    const coalition = await this.reviewable(id);
    const comment = this.normalizeText(rawComment ?? '', 'comment', 'un commentaire pour l’auteur', 2000);
    coalition.reviewStatus = 'returned';
    coalition.reviewComment = comment;
    const saved = await this.coalitions.save(coalition);
    await this.audit.record({
      action: 'coalition.return',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { comment },
    });
    return saved;
  }

  private async existingMember(coalition: Coalition, organisation: Organisation): Promise<void> {
    const existing = await this.members.findOne({
      coalitionId: coalition.id,
      organisationId: organisation.id,
    });
    if (!existing) return;
    const messages: Record<CoalitionMember['status'], string> = {
      member: `« ${organisation.name} » est déjà membre de la coalition « ${coalition.name} ».`,
      requested: `« ${organisation.name} » a déjà demandé à rejoindre la coalition « ${coalition.name} » : sa demande attend l’accord d’un facilitateur.`,
      invited: `« ${organisation.name} » est déjà invitée dans la coalition « ${coalition.name} » : l’un de ses représentants doit accepter l’invitation.`,
    };
    throw conflict(messages[existing.status], 'organisationId');
  }

  async requestToJoin(coalitionId: string, organisationId: string): Promise<Coalition> {
    const claims = requireTenantRole(...MEMBERS);
    const coalition = await this.locked(coalitionId);
    const organisation = await this.organisation(organisationId, 'organisationId');
    await this.requireRepresentative(organisation, claims, 'demander à rejoindre une coalition en son nom');
    this.requireValidated(coalition, 'elle ne reçoit pas encore de demandes');
    await this.existingMember(coalition, organisation);
    await this.members.insert({
      coalitionId: coalition.id,
      organisationId: organisation.id,
      status: 'requested',
    });
    await this.audit.record({
      action: 'coalition.request-join',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { organisationId: organisation.id },
    });
    return coalition;
  }

  async invite(coalitionId: string, organisationId: string): Promise<Coalition> {
    const claims = requireTenantRole();
    const coalition = await this.locked(coalitionId);
    await this.requireFacilitator(coalition, claims, 'inviter une organisation');
    const organisation = await this.organisation(organisationId, 'organisationId');
    this.requireValidated(coalition, 'elle ne peut pas encore inviter d’organisations');
    await this.existingMember(coalition, organisation);
    await this.members.insert({
      coalitionId: coalition.id,
      organisationId: organisation.id,
      status: 'invited',
    });
    await this.audit.record({
      action: 'coalition.invite',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { organisationId: organisation.id },
    });
    return coalition;
  }

  /** A facilitator or an animator approves an organisation's request to join. */
  async approveRequest(coalitionId: string, organisationId: string): Promise<Coalition> {
    const claims = requireTenantRole();
    const coalition = await this.locked(coalitionId);
    await this.requireFacilitator(coalition, claims, 'approuver une demande d’adhésion');
    const organisation = await this.organisation(organisationId, 'organisationId');
    this.requireValidated(coalition, 'elle ne peut pas encore accueillir de membres');
    const request = await this.members.findOne({
      coalitionId: coalition.id,
      organisationId: organisation.id,
    });
    if (request?.status !== 'requested') {
      throw badInput(
        `« ${organisation.name} » n’a pas de demande en attente pour rejoindre la coalition « ${coalition.name} ».`,
        'organisationId',
      );
    }
    request.status = 'member';
    await this.members.save(request);
    await this.audit.record({
      action: 'coalition.approve-request',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { organisationId: organisation.id },
    });
    return coalition;
  }

  /** A representative of an invited organisation accepts the invitation. */
  async acceptInvitation(coalitionId: string, organisationId: string): Promise<Coalition> {
    const claims = requireTenantRole(...MEMBERS);
    const coalition = await this.locked(coalitionId);
    const organisation = await this.organisation(organisationId, 'organisationId');
    await this.requireRepresentative(organisation, claims, 'accepter une invitation en son nom');
    this.requireValidated(coalition, 'elle ne peut pas encore accueillir de membres');
    const invitation = await this.members.findOne({
      coalitionId: coalition.id,
      organisationId: organisation.id,
    });
    if (invitation?.status !== 'invited') {
      throw badInput(
        `« ${organisation.name} » n’a pas d’invitation en attente dans la coalition « ${coalition.name} ».`,
        'organisationId',
      );
    }
    invitation.status = 'member';
    await this.members.save(invitation);
    await this.audit.record({
      action: 'coalition.accept-invitation',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { organisationId: organisation.id },
    });
    return coalition;
  }

  /**
   * An organisation leaves, withdraws its request or declines its invitation: by one of its
   * representatives, or by an animator.
   */
  async leave(coalitionId: string, organisationId: string): Promise<Coalition> {
    const claims = requireTenantRole();
    const coalition = await this.locked(coalitionId);
    const organisation = await this.organisation(organisationId, 'organisationId');
    if (!isStaff(claims)) {
      await this.requireRepresentative(organisation, claims, 'retirer cette organisation de la coalition');
    }
    const membership = await this.members.findOne({
      coalitionId: coalition.id,
      organisationId: organisation.id,
    });
    if (!membership) {
      throw badInput(
        `« ${organisation.name} » n’est ni membre, ni invitée, ni candidate dans la coalition « ${coalition.name} ».`,
        'organisationId',
      );
    }
    await this.members.remove(membership);
    await this.audit.record({
      action: 'coalition.leave',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { organisationId: organisation.id, status: membership.status },
    });
    return coalition;
  }

  /** Animators, or facilitators already named, name a facilitator: a person representing an organisation. */
  async nameFacilitator(coalitionId: string, userId: string): Promise<Coalition> {
    const claims = requireTenantRole();
    const coalition = await this.locked(coalitionId);
    await this.requireFacilitator(coalition, claims, 'nommer un facilitateur');
    if (!UUID.test(userId) || !(await this.members.representsAny(userId))) {
      throw badInput(
        'Cette personne ne représente aucune organisation du territoire : un facilitateur est un membre volontaire.',
        'userId',
      );
    }
    if (await this.facilitators.findOne({ coalitionId: coalition.id, userId })) {
      throw conflict(`Cette personne facilite déjà la coalition « ${coalition.name} ».`, 'userId');
    }
    await this.facilitators.insert({ coalitionId: coalition.id, userId });
    await this.audit.record({
      action: 'coalition.name-facilitator',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { userId },
    });
    return coalition;
  }

  async removeFacilitator(coalitionId: string, userId: string): Promise<Coalition> {
    const claims = requireTenantRole();
    const coalition = await this.locked(coalitionId);
    await this.requireFacilitator(coalition, claims, 'retirer un facilitateur');
    const facilitator = UUID.test(userId)
      ? await this.facilitators.findOne({ coalitionId: coalition.id, userId })
      : null;
    if (!facilitator) {
      throw badInput(`Cette personne ne facilite pas la coalition « ${coalition.name} ».`, 'userId');
    }
    await this.facilitators.remove(facilitator);
    await this.audit.record({
      action: 'coalition.remove-facilitator',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { userId },
    });
    return coalition;
  }

  /** Records how the group works; a field left out keeps its value, an empty text clears it. */
  async setFunctioning(coalitionId: string, input: CoalitionFunctioning): Promise<Coalition> {
    const claims = requireTenantRole();
    const coalition = await this.locked(coalitionId);
    await this.requireFacilitator(coalition, claims, 'décrire son mode de fonctionnement');
    const text = (value: string | null | undefined, current: string | null) =>
      value === undefined ? current : value?.trim() || null;
    const before = {
      facilitation: coalition.facilitation,
      meetingFrequency: coalition.meetingFrequency,
      tools: coalition.tools,
      liaison: coalition.liaison,
    };
    if (input.facilitation !== undefined) coalition.facilitation = input.facilitation;
    coalition.meetingFrequency = text(input.meetingFrequency, coalition.meetingFrequency);
    coalition.tools = text(input.tools, coalition.tools);
    coalition.liaison = text(input.liaison, coalition.liaison);
    const saved = await this.coalitions.save(coalition);
    await this.audit.record({
      action: 'coalition.set-functioning',
      objectType: 'coalition',
      objectId: coalition.id,
      data: {
        before,
        after: {
          facilitation: saved.facilitation,
          meetingFrequency: saved.meetingFrequency,
          tools: saved.tools,
          liaison: saved.liaison,
        },
      },
    });
    return saved;
  }

  async moveStage(coalitionId: string, stage: CoalitionStage): Promise<Coalition> {
    const claims = requireTenantRole();
    const coalition = await this.locked(coalitionId);
    await this.requireFacilitator(
      coalition,
      claims,
      `faire passer la coalition à l’étape « ${STAGE_LABELS[stage]} »`,
    );
    if (coalition.reviewStatus !== 'validated') {
      throw badInput(
        `La coalition « ${coalition.name} » n’est pas encore validée par un animateur : elle reste à l’étape « ${STAGE_LABELS[coalition.stage]} ».`,
        'stage',
      );
    }
    checkStageMove(coalition.stage, stage);
    const from = coalition.stage;
    coalition.stage = stage;
    const saved = await this.coalitions.save(coalition);
    await this.stages.insert({
      coalitionId: coalition.id,
      stage,
      reachedOn: today(),
      movedBy: claims.userId,
    });
    await this.audit.record({
      action: 'coalition.move-stage',
      objectType: 'coalition',
      objectId: coalition.id,
      data: { from, to: stage },
    });
    return saved;
  }
}
