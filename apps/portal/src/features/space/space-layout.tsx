import { useEffect, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { toFormErrors } from '../../graphql/errors';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { canActIn } from '../auth/access';
import { session } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { TenantSwitcher } from '../tenants/tenant-switcher';
import { visibleCapabilities } from './capabilities';

/**
 * `/{slug}/espace/…`: requires a session scoped to this tenant. Anonymous visitors go to login and
 * come back; a session scoped to another of the person's tenants is switched to this one.
 */
export default function SpaceLayout() {
  const tenant = useTenant();
  const { t } = useI18n();
  const location = useLocation();
  const { status, viewer } = useSession();
  const [switchError, setSwitchError] = useState<string>();
  const needsSwitch =
    status === 'authenticated' &&
    viewer !== undefined &&
    viewer.currentTenant?.slug !== tenant.slug &&
    canActIn(viewer, tenant.slug);

  useEffect(() => {
    if (!needsSwitch) return;
    setSwitchError(undefined);
    session.switchTenant(tenant.slug).catch((error: unknown) => {
      setSwitchError(toFormErrors(error, [], (kind) => t(`errors.${kind}`)).form);
    });
  }, [needsSwitch, tenant.slug, t]);

  if (status === 'restoring') return <Progress label={t('space.restoring')} />;
  if (status === 'unreachable') {
    return (
      <div className="page">
        <div role="alert" className="alert alert--error">
          <p>{t('errors.network')}</p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => void session.restore().catch(() => undefined)}
        >
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (status === 'anonymous' || !viewer) {
    return <Navigate to={paths.tenantLogin(tenant.slug, `${location.pathname}${location.search}`)} replace />;
  }
  if (!canActIn(viewer, tenant.slug)) {
    return (
      <Page title={t('space.notMember.title', { tenant: tenant.name })}>
        <p>{t('space.notMember.body')}</p>
        <p>
          <Link to={paths.landing()}>{t('space.notMember.mine')}</Link>
        </p>
      </Page>
    );
  }
  if (switchError) {
    return (
      <div className="page" role="alert">
        <p className="alert alert--error">{switchError}</p>
      </div>
    );
  }
  if (needsSwitch) return <Progress label={t('space.switching', { tenant: tenant.name })} />;

  return (
    <div className="space">
      <div className="space__bar">
        <nav aria-label={t('space.nav')} className="space-nav">
          <ul>
            <li>
              <NavLink end to={paths.space(tenant.slug)}>
                {t('space.home')}
              </NavLink>
            </li>
            {visibleCapabilities(viewer).map((capability) => (
              <li key={capability.key}>
                <NavLink to={`${paths.space(tenant.slug)}/${capability.path}`}>
                  {t(`space.capabilities.${capability.key}.title`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {viewer.memberships.length > 1 ? <TenantSwitcher viewer={viewer} current={tenant.slug} /> : null}
      </div>
      <Outlet />
    </div>
  );
}
