import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { OnboardingDocument, type OnboardingFieldsFragment } from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { request } from '../auth/session';
import { PlatformGate, PlatformNav } from './platform-gate';

/** Poll every second while the job runs: onboarding takes a few seconds at most. */
const POLL_MS = 1000;

/** `/plateforme/mise-en-service/:id`: an onboarding's progress, then the link to the new territory. */
export default function OnboardingProgressPage() {
  return <PlatformGate>{() => <OnboardingProgress />}</PlatformGate>;
}

function OnboardingProgress() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [onboarding, setOnboarding] = useState<OnboardingFieldsFragment>();
  const [failure, setFailure] = useState<string>();
  const finished = onboarding?.status === 'SUCCEEDED' || onboarding?.status === 'FAILED';

  useEffect(() => {
    if (finished) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        void request(OnboardingDocument, { id }, controller.signal).then(
          (data) => setOnboarding(data.onboarding),
          (error: unknown) => {
            if (!controller.signal.aborted) setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
          },
        ),
      onboarding ? POLL_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [id, onboarding, finished, t]);

  return (
    <Page
      title={onboarding ? t('onboarding.progressTitle', { tenant: onboarding.name }) : t('onboarding.title')}
    >
      <PlatformNav />
      {failure ? (
        <div role="alert" className="alert alert--error">
          <p>{failure}</p>
        </div>
      ) : null}
      {onboarding ? (
        <>
          {!finished ? (
            <Progress
              label={t('onboarding.running', {
                step: t(`onboarding.step.${onboarding.currentStep ?? 'PENDING'}`),
                done: onboarding.stepsDone,
                total: onboarding.totalSteps,
              })}
              value={onboarding.stepsDone}
              max={onboarding.totalSteps}
            />
          ) : null}
          {onboarding.status === 'SUCCEEDED' ? (
            <div role="status" className="alert alert--success">
              <p>{t('onboarding.succeeded', { tenant: onboarding.name, email: onboarding.adminEmail })}</p>
              <p>
                <Link to={paths.space(onboarding.slug)}>
                  {t('onboarding.openTenant', { tenant: onboarding.name })}
                </Link>
              </p>
            </div>
          ) : null}
          {onboarding.status === 'FAILED' ? (
            <div role="alert" className="alert alert--error">
              <p>{t('onboarding.failed', { error: onboarding.error ?? '' })}</p>
            </div>
          ) : null}
          {!finished && onboarding.error ? <p>{onboarding.error}</p> : null}
        </>
      ) : !failure ? (
        <Progress label={t('common.loading')} />
      ) : null}
    </Page>
  );
}
