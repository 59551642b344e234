import { DomainError, type JobHandler, type UnitOfWork } from '@alliance/platform';
import { TenantProvisioning } from '@alliance/identity/provisioning';
import {
  type Onboarding,
  ONBOARDING_STEPS,
  OnboardingStatus,
  OnboardingStep,
  OnboardingSteps,
  type OnboardPayload,
} from '@alliance/territory';

/**
 * Onboards a territory: identity creates the tenant and assigns the consultant, territory applies the
 * configuration and records its origin, identity invites the first admin. Contexts never import each
 * other, so this app-level job is where they meet (ADR 0007). Every step is idempotent (the tenant's id
 * was chosen at the request, an assignment or invitation already made is kept, a configured tenant is
 * left alone), so a redelivered job finishes the work once. A refusal (a slug taken meanwhile) ends the
 * onboarding as failed with its French message; any other error is retried by the queue.
 */
export function onboardTerritoryJob(uow: UnitOfWork, publicUrl: string): JobHandler<OnboardPayload> {
  const steps = new OnboardingSteps(uow);
  const identity = new TenantProvisioning(uow, publicUrl);

  const work: Record<OnboardingStep, (o: Onboarding) => Promise<void>> = {
    [OnboardingStep.TENANT]: (o) =>
      uow.run(null, () =>
        identity.ensureTenant({
          id: o.newTenantId,
          slug: o.slug,
          name: o.name,
          programmeName: o.programmeName,
        }),
      ),
    [OnboardingStep.CONSULTANT]: async (o) => {
      if (o.assignConsultant)
        await uow.run(o.newTenantId, () => identity.assignConsultant(o.newTenantId, o.requestedBy));
    },
    [OnboardingStep.CONFIGURATION]: (o) => steps.configure(o),
    [OnboardingStep.INVITATION]: (o) =>
      uow.run(o.newTenantId, () => identity.inviteFirstAdmin(o.newTenantId, o.adminEmail, o.requestedBy)),
  };

  return async (job) => {
    const onboarding = await steps.load(job.payload.onboardingId);
    if (!onboarding) throw new Error(`Onboarding ${job.payload.onboardingId} does not exist.`);
    if (onboarding.status === OnboardingStatus.SUCCEEDED || onboarding.status === OnboardingStatus.FAILED)
      return;
    for (const [index, step] of ONBOARDING_STEPS.entries()) {
      if (index < onboarding.stepsDone) continue;
      await steps.begin(onboarding.id, step);
      try {
        await work[step](onboarding);
      } catch (error) {
        if (error instanceof DomainError) {
          await steps.fail(onboarding.id, error.message);
          return;
        }
        await steps.retrying(onboarding.id, 'Une étape a échoué ; elle va être reprise automatiquement.');
        throw error;
      }
      await steps.done(onboarding.id, index + 1);
    }
    await steps.succeed(onboarding.id);
  };
}
