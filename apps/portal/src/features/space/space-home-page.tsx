import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { StatusMessage } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { visibleCapabilities } from './capabilities';

export default function SpaceHomePage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  const location = useLocation();
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome === true;
  if (!viewer) return null;
  const roles = viewer.currentRoles.map((role) => t(`roles.${role}`));
  if (!roles.length && viewer.user.platformRoles.includes('CONSULTANT'))
    roles.push(t('platformRoles.CONSULTANT'));

  return (
    <Page
      title={t('space.title', { tenant: tenant.name })}
      lead={t('space.greeting', { name: viewer.user.displayName })}
    >
      <StatusMessage>{welcome ? t('space.welcome', { tenant: tenant.name }) : null}</StatusMessage>
      {roles.length ? <p>{t('space.roles', { roles: roles.join(', ') })}</p> : null}
      <h2>{t('space.capabilitiesTitle')}</h2>
      <ul className="card-list card-list--grid">
        {visibleCapabilities(viewer).map((capability) => (
          <li key={capability.key} className="card">
            <Link to={`${paths.space(tenant.slug)}/${capability.path}`} className="card__title">
              {t(`space.capabilities.${capability.key}.title`)}
            </Link>
            <p>{t(`space.capabilities.${capability.key}.description`)}</p>
          </li>
        ))}
      </ul>
      <p className="muted">{t('space.more')}</p>
    </Page>
  );
}
