import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import type { ViewerFieldsFragment } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { canSeePlatform } from '../auth/access';
import { useSession } from '../auth/use-session';

/** Platform pages are for operators and consultants: others log in first or are told so. */
export function PlatformGate(props: { children: (viewer: ViewerFieldsFragment) => ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const { status, viewer } = useSession();
  if (status === 'restoring') return <Progress label={t('space.restoring')} />;
  if (status !== 'authenticated' || !viewer) {
    return <Navigate to={paths.platformLogin(`${location.pathname}${location.search}`)} replace />;
  }
  if (!canSeePlatform(viewer)) {
    return (
      <Page title={t('platform.forbidden.title')}>
        <p>{t('platform.forbidden.body')}</p>
        <p>
          <Link to={paths.landing()}>{t('notFound.backHome')}</Link>
        </p>
      </Page>
    );
  }
  return <>{props.children(viewer)}</>;
}

/** The platform pages, linked from each other. */
export function PlatformNav() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('onboarding.platformNav')}>
      <ul className="segmented">
        <li>
          <Link to={paths.platformTenants()}>{t('onboarding.nav.tenants')}</Link>
        </li>
        <li>
          <Link to={paths.platformTemplates()}>{t('onboarding.nav.templates')}</Link>
        </li>
        <li>
          <Link to={paths.platformOnboarding()}>{t('onboarding.nav.onboarding')}</Link>
        </li>
      </ul>
    </nav>
  );
}
