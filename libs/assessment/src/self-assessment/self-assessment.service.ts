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
  RequestContext,
  requireTenantRole,
  TenantRole,
} from '@alliance/platform';
import { ReferentialVersionStatus } from '../referential/referential.entity';
import {
  MaturityLevelRepository,
  ReferentialNodeRepository,
  ReferentialVersionRepository,
} from '../referential/referential.repository';
import { type Answer, scoreReferential } from '../scoring/scoring';
import { PublishedTreeCache } from '../referential/published-tree-cache';
import { type AssessmentAnswer, type SelfAssessment, SelfAssessmentStatus } from './self-assessment.entity';
import { AnswerRepository, SelfAssessmentRepository } from './self-assessment.repository';
import { RepresentativeRepository } from '../representation/representative.repository';

export interface AnswerInput {
  criterionCode: string;
  level?: number | null;
  notConcerned?: boolean | null;
  comment?: string | null;
  evidenceLinks?: string[] | null;
}

export enum CarryOverStatus {
  KEPT = 'kept',
  NEW = 'new',
  DROPPED = 'dropped',
}

export interface CarryOverLine {
  criterionCode: string;
  title: string | null;
  status: CarryOverStatus;
  level: number | null;
  notConcerned: boolean;
}

export interface ScoreView {
  /** Percent, or null when nothing counts. */
  overall: number | null;
  nodes: Map<string, { score: number | null; answered: number; counted: number }>;
}

/** One per process: assessments are only ever made on published versions, whose trees never change. */
const publishedTrees = new PublishedTreeCache();

const toPercent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 10000) / 100);

/** Staff who may read every organisation's answers; a serving consultant counts as admin. */
function isStaff(claims: AccessClaims): boolean {
  return (
    claims.roles.includes(TenantRole.ADMIN) ||
    claims.roles.includes(TenantRole.ANIMATOR) ||
    (claims.servesTenant && claims.platformRoles.includes(PlatformRole.CONSULTANT))
  );
}

@Injectable()
export class SelfAssessmentService {
  constructor(
    private readonly assessments: SelfAssessmentRepository,
    private readonly answers: AnswerRepository,
    private readonly versions: ReferentialVersionRepository,
    private readonly nodes: ReferentialNodeRepository,
    private readonly levels: MaturityLevelRepository,
    private readonly audit: AuditLog,
    private readonly representatives: RepresentativeRepository,
  ) {}

  /** Starts an organisation's assessment on a published version, or resumes the draft already open. */
  async start(input: {
    versionId: string;
    organisationId: string;
    organisationType?: string | null;
    sector?: string | null;
  }): Promise<SelfAssessment> {
    const claims = requireTenantRole();
    const version = await this.versions.findById(input.versionId);
    if (!version) throw notFound('Cette version de référentiel n’existe pas dans ce territoire.');
    if (version.status !== ReferentialVersionStatus.PUBLISHED) {
      throw badInput(
        `La version ${version.number} n’est pas encore publiée : on ne peut pas y répondre.`,
        'versionId',
      );
    }
    const open = await this.assessments.findOne({
      organisationId: input.organisationId,
      versionId: version.id,
      status: SelfAssessmentStatus.DRAFT,
    });
    if (open) {
      if (open.authorUserId !== claims.userId) {
        throw conflict(
          'Une autre personne a déjà commencé l’auto-évaluation de cette organisation sur cette version.',
        );
      }
      return open;
    }
    const assessment = await this.assessments.insert({
      versionId: version.id,
      referentialId: version.referentialId,
      organisationId: input.organisationId,
      organisationType: input.organisationType ?? null,
      sector: input.sector ?? null,
      authorUserId: claims.userId,
      status: SelfAssessmentStatus.DRAFT,
      submittedAt: null,
      overallScore: null,
      nodeScores: null,
    });
    await this.audit.record({
      action: 'self-assessment.start',
      objectType: 'self-assessment',
      objectId: assessment.id,
      data: { organisationId: input.organisationId, versionId: version.id },
    });
    return assessment;
  }

  async get(id: string): Promise<SelfAssessment> {
    const claims = requireTenantRole();
    const assessment = await this.assessments.findById(id);
    // Someone else's answers are reported as absent, not forbidden: their existence is not disclosed.
    if (!assessment || !(await this.mayRead(claims, assessment))) {
      throw notFound('Cette auto-évaluation n’existe pas ou ne vous est pas accessible.');
    }
    return assessment;
  }

  async list(organisationId: string, args: PageArgs): Promise<Page<SelfAssessment>> {
    const claims = requireTenantRole();
    const whole = isStaff(claims) || (await this.representatives.represents(claims.userId, organisationId));
    return this.assessments.pageOfOrganisation(organisationId, whole ? null : claims.userId, args);
  }

  /** Its author, the organisation's representatives, and the territory's staff. */
  private async mayRead(claims: AccessClaims, assessment: SelfAssessment): Promise<boolean> {
    return (
      assessment.authorUserId === claims.userId ||
      isStaff(claims) ||
      this.representatives.represents(claims.userId, assessment.organisationId)
    );
  }

  /** Validates every answer against the version before writing any. */
  async saveAnswers(assessmentId: string, input: AnswerInput[]): Promise<SelfAssessment> {
    const assessment = await this.editable(assessmentId);
    const { nodes, scale } = await this.publishedTree(assessment.versionId);
    const parents = new Set(nodes.map((n) => n.parentCode));
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    const levels = new Set(scale.map((l) => l.level));
    const seen = new Set<string>();
    const rows = input.map((answer, i) => {
      const field = `answers.${i}`;
      const node = byCode.get(answer.criterionCode);
      if (!node)
        throw badInput(`Le critère « ${answer.criterionCode} » n’existe pas dans ce référentiel.`, field);
      if (parents.has(node.code)) {
        throw badInput(
          `« ${node.code} ${node.title} » regroupe des critères : répondez à ses critères.`,
          field,
        );
      }
      if (seen.has(node.code)) throw badInput(`Le critère « ${node.code} » est répondu deux fois.`, field);
      seen.add(node.code);
      if (!this.applies(node.code, byCode, assessment.organisationType)) {
        throw badInput(
          `Le critère « ${node.code} ${node.title} » ne s’applique pas aux organisations de type « ${assessment.organisationType ?? 'non précisé'} ».`,
          field,
        );
      }
      const notConcerned = answer.notConcerned ?? false;
      const level = answer.level ?? null;
      if (notConcerned && level !== null) {
        throw badInput(
          `Critère « ${node.code} » : choisissez un niveau ou « non concerné », pas les deux.`,
          `${field}.level`,
        );
      }
      if (level !== null && !levels.has(level)) {
        throw badInput(
          `Critère « ${node.code} » : le niveau ${level} n’existe pas dans l’échelle (${[...levels].sort().join(', ')}).`,
          `${field}.level`,
        );
      }
      for (const link of answer.evidenceLinks ?? []) {
        if (!/^https?:\/\/\S+$/.test(link)) {
          throw badInput(
            `Critère « ${node.code} » : « ${link} » n’est pas un lien http(s).`,
            `${field}.evidenceLinks`,
          );
        }
      }
      return {
        criterionCode: node.code,
        level,
        notConcerned,
        comment: answer.comment?.trim() || null,
        evidenceLinks: answer.evidenceLinks ?? [],
      };
    });
    await this.answers.upsert(assessment.id, rows);
    await this.audit.record({
      action: 'self-assessment.save-answers',
      objectType: 'self-assessment',
      objectId: assessment.id,
      data: { criteria: rows.map((r) => r.criterionCode) },
    });
    return assessment;
  }

  async submit(assessmentId: string): Promise<SelfAssessment> {
    const assessment = await this.editable(assessmentId);
    const score = await this.score(assessment);
    assessment.status = SelfAssessmentStatus.SUBMITTED;
    assessment.submittedAt = new Date();
    assessment.overallScore = score.overall;
    assessment.nodeScores = Object.fromEntries([...score.nodes].map(([code, s]) => [code, s.score]));
    await this.assessments.save(assessment);
    await this.audit.record({
      action: 'self-assessment.submit',
      objectType: 'self-assessment',
      objectId: assessment.id,
      data: { overallScore: score.overall },
    });
    return assessment;
  }

  /** Scores from the version's tree and scale; a submitted assessment's are those stored then. */
  async score(
    assessment: SelfAssessment,
    loaded?: {
      nodes: Awaited<ReturnType<ReferentialNodeRepository['ofVersions']>>;
      scale: Awaited<ReturnType<MaturityLevelRepository['ofVersions']>>;
      answers: AssessmentAnswer[];
    },
  ): Promise<ScoreView> {
    const { nodes, scale } = loaded ?? (await this.publishedTree(assessment.versionId));
    const answers = loaded?.answers ?? (await this.answers.ofAssessments([assessment.id]));
    const answerMap = new Map<string, Answer>();
    for (const a of answers) {
      if (a.notConcerned) answerMap.set(a.criterionCode, { notConcerned: true });
      else if (a.level !== null) answerMap.set(a.criterionCode, { level: a.level });
    }
    const result = scoreReferential({
      nodes,
      levelScores: new Map(scale.map((l) => [l.level, l.score])),
      answers: answerMap,
      organisationType: assessment.organisationType,
    });
    return {
      overall: toPercent(result.overall),
      nodes: new Map(
        [...result.nodes].map(([code, s]) => [
          code,
          { score: toPercent(s.ratio), answered: s.answered, counted: s.counted },
        ]),
      ),
    };
  }

  /**
   * How an assessment's answers map onto another version of its referential, by criterion code: kept
   * where the criterion still exists, new where it did not, dropped where it no longer does.
   */
  async carryOver(assessmentId: string, toVersionId: string): Promise<CarryOverLine[]> {
    const assessment = await this.get(assessmentId);
    const target = await this.versions.findById(toVersionId);
    if (!target || target.referentialId !== assessment.referentialId) {
      throw notFound('Cette version n’appartient pas au référentiel de cette auto-évaluation.');
    }
    const nodes = await this.nodes.ofVersions([target.id]);
    const answers = await this.answers.ofAssessments([assessment.id]);
    const parents = new Set(nodes.map((n) => n.parentCode));
    const criteria = nodes.filter((n) => !parents.has(n.code));
    const byCode = new Map(answers.map((a) => [a.criterionCode, a]));
    const kept = new Set(criteria.map((c) => c.code));
    return [
      ...criteria.map((criterion) => {
        const answer = byCode.get(criterion.code);
        return {
          criterionCode: criterion.code,
          title: criterion.title,
          status: answer ? CarryOverStatus.KEPT : CarryOverStatus.NEW,
          level: answer?.level ?? null,
          notConcerned: answer?.notConcerned ?? false,
        };
      }),
      ...answers
        .filter((a) => !kept.has(a.criterionCode))
        .map((a) => ({
          criterionCode: a.criterionCode,
          title: null,
          status: CarryOverStatus.DROPPED,
          level: a.level,
          notConcerned: a.notConcerned,
        })),
    ];
  }

  /** The tree and scale of the (published) version an assessment is made on. */
  private publishedTree(versionId: string) {
    return publishedTrees.get(RequestContext.tenantId(), versionId, async () => {
      // One transaction is one connection: queries on it run one after the other.
      const nodes = await this.nodes.ofVersions([versionId]);
      const scale = await this.levels.ofVersions([versionId]);
      return { nodes, scale };
    });
  }

  private applies(
    code: string,
    byCode: Map<string, { parentCode: string | null; organisationTypes: string[] }>,
    organisationType: string | null,
  ): boolean {
    for (
      let node = byCode.get(code);
      node;
      node = node.parentCode ? byCode.get(node.parentCode) : undefined
    ) {
      if (
        node.organisationTypes.length &&
        (!organisationType || !node.organisationTypes.includes(organisationType))
      ) {
        return false;
      }
    }
    return true;
  }

  private async editable(id: string): Promise<SelfAssessment> {
    const claims = requireTenantRole();
    const assessment = await this.get(id);
    if (assessment.authorUserId !== claims.userId) {
      throw forbidden('Seule la personne qui a commencé cette auto-évaluation peut la modifier.');
    }
    if (assessment.status === SelfAssessmentStatus.SUBMITTED) {
      throw conflict(
        `Cette auto-évaluation a déjà été soumise le ${assessment.submittedAt?.toLocaleDateString('fr-FR')} : elle ne change plus.`,
      );
    }
    return assessment;
  }
}
