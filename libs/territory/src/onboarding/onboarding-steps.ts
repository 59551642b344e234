import { AuditLog, type UnitOfWork } from '@alliance/platform';
import { ConfigurationRepository } from '../configuration/configuration.repository';
import type { ConfigurationDocument } from '../configuration/configuration-document';
import { validateDocument } from '../configuration/configuration-validation';
import { ConfigurationOriginRepository, TemplateRepository } from '../template/template.repository';
import { type Onboarding, OnboardingStatus, type OnboardingStep } from './onboarding.entity';
import { OnboardingRepository } from './onboarding.repository';

/**
 * This context's side of an onboarding job: its progress and its configuration step. The job that runs
 * them alongside identity's steps is app-level, since a context never imports another. Each method is its
 * own unit of work, so the portal sees each step as it ends.
 */
export class OnboardingSteps {
  private readonly onboardings: OnboardingRepository;
  private readonly configuration: ConfigurationRepository;
  private readonly templates: TemplateRepository;
  private readonly origins: ConfigurationOriginRepository;
  private readonly audit: AuditLog;

  constructor(private readonly uow: UnitOfWork) {
    this.onboardings = new OnboardingRepository(uow);
    this.configuration = new ConfigurationRepository(uow);
    this.templates = new TemplateRepository(uow);
    this.origins = new ConfigurationOriginRepository(uow);
    this.audit = new AuditLog(uow);
  }

  load(id: string): Promise<Onboarding | null> {
    return this.uow.run(null, () => this.onboardings.findById(id));
  }

  begin(id: string, step: OnboardingStep): Promise<void> {
    return this.uow.run(null, () =>
      this.onboardings.update(id, { status: OnboardingStatus.RUNNING, currentStep: step, error: null }),
    );
  }

  done(id: string, stepsDone: number): Promise<void> {
    return this.uow.run(null, () => this.onboardings.update(id, { stepsDone }));
  }

  /** A transient failure: the job is retried, the portal shows why it waits. */
  retrying(id: string, error: string): Promise<void> {
    return this.uow.run(null, () => this.onboardings.update(id, { error }));
  }

  fail(id: string, error: string): Promise<void> {
    return this.uow.run(null, () =>
      this.onboardings.update(id, { status: OnboardingStatus.FAILED, error, finishedAt: new Date() }),
    );
  }

  succeed(id: string): Promise<void> {
    return this.uow.run(null, () =>
      this.onboardings.update(id, {
        status: OnboardingStatus.SUCCEEDED,
        currentStep: null,
        error: null,
        finishedAt: new Date(),
      }),
    );
  }

  /**
   * Applies the source's configuration to the new tenant and records the template version, in one
   * transaction; a tenant already configured (a retried job) is left as it is.
   */
  async configure(onboarding: Onboarding): Promise<void> {
    const document = await this.sourceDocument(onboarding);
    await this.uow.run(onboarding.newTenantId, async () => {
      if (!(await this.configuration.isEmpty())) return;
      await this.configuration.applyMissing(document);
      if (onboarding.sourceTemplateId && onboarding.sourceTemplateVersion) {
        await this.origins.insert({
          templateId: onboarding.sourceTemplateId,
          templateVersion: onboarding.sourceTemplateVersion,
        });
      }
      await this.audit.record({
        action: 'territory.onboarding.configure',
        objectType: 'onboarding',
        objectId: onboarding.id,
        actorUserId: onboarding.requestedBy,
        data: {
          templateId: onboarding.sourceTemplateId,
          version: onboarding.sourceTemplateVersion,
          sourceTenantId: onboarding.sourceTenantId,
        },
      });
    });
  }

  private async sourceDocument(onboarding: Onboarding): Promise<ConfigurationDocument> {
    if (onboarding.sourceTenantId) {
      return this.uow.run(onboarding.sourceTenantId, () => this.configuration.read());
    }
    const templateId = onboarding.sourceTemplateId;
    const version = templateId
      ? await this.uow.run(null, () => this.templates.version(templateId, onboarding.sourceTemplateVersion))
      : null;
    if (!version) throw new Error(`Template version of onboarding ${onboarding.id} vanished.`);
    validateDocument(version.document);
    return version.document;
  }
}
