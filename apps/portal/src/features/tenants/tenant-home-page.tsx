import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { StatusMessage } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { useSession } from '../auth/use-session';
import { canActIn } from '../auth/access';
import { PublishedSections } from '../community/public-pages';
import { useTenant } from './tenant-context';

/** The territory's public home: its programme, and (once other issues add them) what it publishes. */
export default function TenantHomePage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const { status, viewer } = useSession();
  const location = useLocation();
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const member = status === 'authenticated' && viewer && canActIn(viewer, tenant.slug);

  return (
    <Page title={tenant.programmeName} className="tenant-home">
      <StatusMessage>{loggedOut ? t('auth.logout.done') : null}</StatusMessage>
      <p className="tenant-home__kind">
        {t(`tenant.kind.${tenant.kind}`)} · {tenant.name}
      </p>
      {tenant.description ? <p className="tenant-home__description">{tenant.description}</p> : null}
      <p className="actions">
        {member ? (
          <Link className="button" to={paths.space(tenant.slug)}>
            {t('tenant.home.goToSpace')}
          </Link>
        ) : (
          <Link className="button" to={paths.tenantLogin(tenant.slug)}>
            {t('tenant.home.login')}
          </Link>
        )}
      </p>
      <section aria-labelledby="published-heading">
        <h2 id="published-heading">{t('tenant.home.publishedTitle')}</h2>
        <PublishedSections />
      </section>
    </Page>
  );
}
