import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  type AccessClaims,
  AuditLog,
  badInput,
  conflict,
  forbidden,
  notFound,
  type Page,
  type PageArgs,
  requireTenantRole,
  TenantRole,
} from '@alliance/platform';
import { ActionRepository } from '../action/action.repository';
import { AuthorshipRepository } from './authorship.repository';
import { type Commitment, type CommitmentRevision, type CommitmentStatus } from './commitment.entity';
import {
  CommitmentRepository,
  CommitmentRevisionRepository,
  type CommitmentFilter,
} from './commitment.repository';
import { frenchList, missingElements, STATUS_LABEL } from './commitment-rules';

/** Who reviews and publishes commitments. */
export const REVIEWERS = [TenantRole.ADMIN, TenantRole.ANIMATOR];

export interface CommitmentContentInput {
  title?: string | null;
  objective?: string | null;
  memberOrganisationIds?: string[] | null;
  functioning?: string | null;
  firstActions?: string | null;
  planStakeCodes?: string[] | null;
}

export interface CreateCommitmentData extends CommitmentContentInput {
  coalitionId?: string | null;
  organisationId?: string | null;
  title: string;
}

const text = (value: string | null | undefined): string | null => value?.trim() || null;

@Injectable()
export class CommitmentService {
  constructor(
    private readonly commitments: CommitmentRepository,
    private readonly revisions: CommitmentRevisionRepository,
    private readonly actions: ActionRepository,
    private readonly authorship: AuthorshipRepository,
    private readonly audit: AuditLog,
  ) {}

  async byId(id: string): Promise<Commitment> {
    requireTenantRole();
    return this.existing(id);
  }

  list(filter: CommitmentFilter, args: PageArgs): Promise<Page<Commitment>> {
    requireTenantRole();
    return this.commitments.pageFiltered(filter, args);
  }

  async create(input: CreateCommitmentData): Promise<Commitment> {
    const claims = requireTenantRole();
    if (!input.coalitionId === !input.organisationId) {
      throw badInput(
        'Un engagement est pris soit par une coalition, soit par une organisation : indiquez l’une des deux.',
        'coalitionId',
      );
    }
    let members: string[] = input.memberOrganisationIds ?? [];
    if (input.coalitionId) {
      await this.assertActsForCoalition(claims, input.coalitionId);
      members = input.memberOrganisationIds ?? (await this.authorship.coalitionMemberIds(input.coalitionId));
    } else if (input.organisationId) {
      await this.assertRepresents(claims, input.organisationId);
      members = input.memberOrganisationIds ?? [input.organisationId];
    }
    members = await this.checkedOrganisations([...new Set(members)], 'memberOrganisationIds');
    const commitment = await this.commitments.insert({
      coalitionId: input.coalitionId ?? null,
      organisationId: input.organisationId ?? null,
      status: 'draft',
      currentRevision: 1,
      publishedRevision: null,
      createdBy: claims.userId,
    });
    await this.revisions.insert({
      commitmentId: commitment.id,
      revision: 1,
      title: input.title.trim(),
      objective: text(input.objective),
      memberOrganisationIds: members,
      functioning: text(input.functioning),
      firstActions: text(input.firstActions),
      planStakeCodes: [...new Set(input.planStakeCodes ?? [])],
      editedBy: claims.userId,
    });
    await this.audit.record({
      action: 'commitment.create',
      objectType: 'commitment',
      objectId: commitment.id,
      data: { coalitionId: commitment.coalitionId, organisationId: commitment.organisationId },
    });
    return commitment;
  }

  /**
   * Edits the current revision; once published, writes revision n+1 instead, which goes back through review
   * while revision n stays the public one. A submitted commitment waits for its review.
   */
  async update(id: string, input: CommitmentContentInput): Promise<Commitment> {
    const claims = requireTenantRole();
    const commitment = await this.existing(id);
    await this.assertAuthor(claims, commitment);
    if (commitment.status === 'submitted') {
      throw conflict(
        'Cet engagement est en relecture par l’animation : attendez sa décision pour le modifier.',
        'commitmentId',
      );
    }
    const current = await this.currentRevision(commitment);
    const members =
      input.memberOrganisationIds == null
        ? current.memberOrganisationIds
        : await this.checkedOrganisations([...new Set(input.memberOrganisationIds)], 'memberOrganisationIds');
    const content = {
      title: input.title == null ? current.title : input.title.trim(),
      objective: input.objective === undefined ? current.objective : text(input.objective),
      memberOrganisationIds: members,
      functioning: input.functioning === undefined ? current.functioning : text(input.functioning),
      firstActions: input.firstActions === undefined ? current.firstActions : text(input.firstActions),
      planStakeCodes:
        input.planStakeCodes == null ? current.planStakeCodes : [...new Set(input.planStakeCodes)],
      editedBy: claims.userId,
    };
    if (commitment.status === 'published') {
      commitment.currentRevision += 1;
      await this.revisions.insert({
        commitmentId: commitment.id,
        revision: commitment.currentRevision,
        ...content,
      });
    } else {
      Object.assign(current, content);
      await this.revisions.save(current);
    }
    // A validated or published commitment that changes is reviewed again.
    if (commitment.status === 'validated' || commitment.status === 'published') commitment.status = 'draft';
    await this.commitments.save(commitment);
    await this.audit.record({
      action: 'commitment.update',
      objectType: 'commitment',
      objectId: commitment.id,
      data: { revision: commitment.currentRevision },
    });
    return commitment;
  }

  async submit(id: string): Promise<Commitment> {
    const claims = requireTenantRole();
    const commitment = await this.existing(id);
    await this.assertAuthor(claims, commitment);
    this.assertStatus(commitment, ['draft', 'returned'], 'soumis');
    const current = await this.currentRevision(commitment);
    const actionCount = await this.actions.count({ commitmentId: commitment.id });
    const missing = missingElements(current, !!commitment.coalitionId, actionCount);
    if (missing.length > 0) {
      throw badInput(
        `Il manque, pour soumettre cet engagement : ${frenchList(missing.map((m) => m.label))}.`,
        missing[0]?.field,
        { missing: missing.map((m) => m.field) },
      );
    }
    return this.move(commitment, 'submitted', 'commitment.submit');
  }

  async validate(id: string): Promise<Commitment> {
    requireTenantRole(...REVIEWERS);
    const commitment = await this.existing(id);
    this.assertStatus(commitment, ['submitted'], 'validé');
    commitment.reviewComment = null;
    return this.move(commitment, 'validated', 'commitment.validate');
  }

  async returnWithComment(id: string, comment: string): Promise<Commitment> {
    requireTenantRole(...REVIEWERS);
    const commitment = await this.existing(id);
    if (!comment.trim()) {
      throw badInput(
        'Expliquez en commentaire ce qui doit être revu avant de renvoyer l’engagement.',
        'comment',
      );
    }
    this.assertStatus(commitment, ['submitted'], 'renvoyé');
    commitment.reviewComment = comment.trim();
    return this.move(commitment, 'returned', 'commitment.return');
  }

  /** Animators publish a validated commitment; so may its authors, since the animation has validated it. */
  async publish(id: string): Promise<Commitment> {
    const claims = requireTenantRole();
    const commitment = await this.existing(id);
    if (!claims.roles.some((role) => REVIEWERS.includes(role))) await this.assertAuthor(claims, commitment);
    this.assertStatus(commitment, ['validated'], 'publié');
    commitment.publishedRevision = commitment.currentRevision;
    commitment.publishedAt = new Date();
    return this.move(commitment, 'published', 'commitment.publish');
  }

  /** The authors' check, shared with actions: FORBIDDEN naming the coalition or organisation. */
  async assertAuthor(claims: AccessClaims, commitment: Commitment): Promise<void> {
    if (commitment.coalitionId) await this.assertActsForCoalition(claims, commitment.coalitionId);
    else if (commitment.organisationId) await this.assertRepresents(claims, commitment.organisationId);
  }

  async assertActsForCoalition(claims: AccessClaims, coalitionId: string): Promise<void> {
    const names = await this.authorship.coalitionNames([coalitionId]);
    const name = names.get(coalitionId);
    if (!name) throw notFound('Cette coalition n’existe pas dans ce territoire.');
    if (!(await this.authorship.actsForCoalition(claims.userId, coalitionId))) {
      throw forbidden(
        `Vous n’agissez pas pour la coalition « ${name} » : seuls ses facilitateurs et les représentants de ses organisations membres peuvent le faire.`,
      );
    }
  }

  async assertRepresents(claims: AccessClaims, organisationId: string): Promise<void> {
    const names = await this.authorship.organisationNames([organisationId]);
    const name = names.get(organisationId);
    if (!name) throw notFound('Cette organisation n’existe pas dans ce territoire.');
    if (!(await this.authorship.represents(claims.userId, organisationId))) {
      throw forbidden(`Vous ne représentez pas l’organisation « ${name} ».`);
    }
  }

  /** The ids, all of organisations of this territory; BAD_USER_INPUT naming the first unknown one. */
  async checkedOrganisations(ids: string[], field: string): Promise<string[]> {
    const names = await this.authorship.organisationNames(ids);
    const unknown = ids.find((id) => !names.has(id));
    if (unknown) throw badInput(`L’organisation ${unknown} n’existe pas dans ce territoire.`, field);
    return ids;
  }

  async existing(id: string): Promise<Commitment> {
    const commitment = isUUID(id) ? await this.commitments.findById(id) : null;
    if (!commitment) throw notFound('Cet engagement n’existe pas dans ce territoire.');
    return commitment;
  }

  private async currentRevision(commitment: Commitment): Promise<CommitmentRevision> {
    const current = await this.revisions.findOne({
      commitmentId: commitment.id,
      revision: commitment.currentRevision,
    });
    if (!current)
      throw new Error(`Commitment ${commitment.id} has no revision ${commitment.currentRevision}.`);
    return current;
  }

  private assertStatus(commitment: Commitment, allowed: CommitmentStatus[], wanted: string): void {
    if (!allowed.includes(commitment.status)) {
      throw conflict(
        `Cet engagement ne peut pas être ${wanted} : il est ${STATUS_LABEL[commitment.status]} (il doit être ${allowed
          .map((s) => STATUS_LABEL[s])
          .join(' ou ')}).`,
        'commitmentId',
      );
    }
  }

  private async move(commitment: Commitment, status: CommitmentStatus, action: string): Promise<Commitment> {
    commitment.status = status;
    const saved = await this.commitments.save(commitment);
    await this.audit.record({
      action,
      objectType: 'commitment',
      objectId: commitment.id,
      data: { revision: commitment.currentRevision, status },
    });
    return saved;
  }
}
