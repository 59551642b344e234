import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  forbidden,
  notFound,
  Outbox,
  type Page,
  type PageArgs,
  PlatformRole,
  requireViewer,
} from '@alliance/platform';
import { validateDocument } from '../configuration/configuration-validation';
import { TemplateRepository } from '../template/template.repository';
import { type Onboarding, ONBOARDING_STEPS, OnboardingStatus } from './onboarding.entity';
import {
  ONBOARD_TERRITORY_JOB,
  ONBOARDING_DIRECTORY,
  type OnboardingDirectory,
  type OnboardPayload,
} from './onboarding-directory';
import { OnboardingRepository } from './onboarding.repository';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface StartOnboardingData {
  name: string;
  slug: string;
  programmeName?: string | null;
  adminEmail: string;
  templateId?: string | null;
  templateVersion?: number | null;
  sourceTenantId?: string | null;
}

/**
 * Starts onboarding a new territory. Everything that can be refused is checked here, before anything is
 * written; the job then only does idempotent steps, so a redelivered job makes one tenant.
 */
@Injectable()
export class OnboardingService {
  constructor(
    private readonly onboardings: OnboardingRepository,
    private readonly templates: TemplateRepository,
    @Inject(ONBOARDING_DIRECTORY) private readonly directory: OnboardingDirectory,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  async start(data: StartOnboardingData): Promise<Onboarding> {
    const claims = requireOnboarder();
    const consultant = claims.platformRoles.includes(PlatformRole.CONSULTANT);
    const operator = claims.platformRoles.includes(PlatformRole.OPERATOR);
    const name = data.name.trim();
    if (!name || name.length > 200)
      throw badInput('Indiquez le nom du territoire (200 caractères au plus).', 'name');
    const slug = data.slug.trim();
    if (!SLUG.test(slug) || slug.length > 60) {
      throw badInput(
        'L’identifiant ne peut contenir que des minuscules, des chiffres et des tirets (ex. « grand-poitiers »).',
        'slug',
      );
    }
    if ((await this.directory.slugTaken(slug)) || (await this.onboardings.liveWithSlug(slug))) {
      throw conflict(`L’identifiant « ${slug} » est déjà pris.`, 'slug');
    }
    const adminEmail = data.adminEmail.trim().toLowerCase();
    if (!EMAIL.test(adminEmail)) {
      throw badInput(
        `L’adresse « ${data.adminEmail} » du premier administrateur n’est pas valide.`,
        'adminEmail',
      );
    }
    const source = await this.source(data, claims.userId, consultant && !operator);
    const onboarding = await this.onboardings.insertUnlessSlugLive({
      newTenantId: randomUUID(),
      name,
      slug,
      programmeName: data.programmeName?.trim() || `Programme de transition écologique — ${name}`,
      adminEmail,
      ...source,
      requestedBy: claims.userId,
      assignConsultant: consultant,
      status: OnboardingStatus.PENDING,
      stepsDone: 0,
      totalSteps: ONBOARDING_STEPS.length,
      currentStep: null,
      error: null,
      finishedAt: null,
    });
    // Two starts for one slug may pass the check above together; the partial unique index decides.
    if (!onboarding) throw conflict(`L’identifiant « ${slug} » est déjà pris.`, 'slug');
    const payload: OnboardPayload = { onboardingId: onboarding.id };
    await this.outbox.publish({ type: ONBOARD_TERRITORY_JOB, payload });
    await this.audit.record({
      action: 'territory.onboarding.start',
      objectType: 'onboarding',
      objectId: onboarding.id,
      data: { slug, ...source },
    });
    return onboarding;
  }

  async get(id: string): Promise<Onboarding> {
    const claims = requireOnboarder();
    const onboarding = await this.onboardings.findById(id);
    if (!onboarding || !visibleTo(onboarding, claims.userId, claims.platformRoles)) {
      throw notFound('Cette mise en service n’existe pas.');
    }
    return onboarding;
  }

  async list(args: PageArgs): Promise<Page<Onboarding>> {
    const claims = requireOnboarder();
    const operator = claims.platformRoles.includes(PlatformRole.OPERATOR);
    return this.onboardings.page(args, operator ? undefined : claims.userId);
  }

  private async source(
    data: StartOnboardingData,
    userId: string,
    mustServe: boolean,
  ): Promise<Pick<Onboarding, 'sourceTemplateId' | 'sourceTemplateVersion' | 'sourceTenantId'>> {
    const templateId = data.templateId;
    const chooseOne =
      'Choisissez la source : un modèle de la bibliothèque ou un territoire existant, pas les deux.';
    if (templateId && data.sourceTenantId) throw badInput(chooseOne, 'templateId');
    if (data.sourceTenantId) {
      // An operator may copy any territory; a consultant only one they serve.
      if (mustServe && !(await this.directory.serves(userId, data.sourceTenantId))) {
        throw forbidden(
          'Vous ne servez pas le territoire source (sourceTenantId) : un consultant ne copie que la configuration des territoires qu’il accompagne.',
        );
      }
      if (!(await this.directory.tenantExists(data.sourceTenantId))) {
        throw badInput('Le territoire source n’existe pas.', 'sourceTenantId');
      }
      return { sourceTemplateId: null, sourceTemplateVersion: null, sourceTenantId: data.sourceTenantId };
    }
    if (!templateId) throw badInput(chooseOne, 'templateId');
    const template = await this.templates.findById(templateId);
    if (!template) throw badInput('Ce modèle n’existe pas dans la bibliothèque.', 'templateId');
    const version = await this.templates.version(template.id, data.templateVersion);
    if (!version) {
      throw badInput(
        `La version ${data.templateVersion} du modèle « ${template.name} » n’existe pas.`,
        'templateVersion',
      );
    }
    validateDocument(version.document);
    return { sourceTemplateId: template.id, sourceTemplateVersion: version.version, sourceTenantId: null };
  }
}

function requireOnboarder() {
  const claims = requireViewer();
  if (
    !claims.platformRoles.includes(PlatformRole.OPERATOR) &&
    !claims.platformRoles.includes(PlatformRole.CONSULTANT)
  ) {
    throw forbidden('La mise en service de territoires est réservée aux consultants et aux opérateurs.');
  }
  return claims;
}

function visibleTo(onboarding: Onboarding, userId: string, roles: PlatformRole[]): boolean {
  return roles.includes(PlatformRole.OPERATOR) || onboarding.requestedBy === userId;
}
