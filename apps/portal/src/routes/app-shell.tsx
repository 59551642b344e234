import { useEffect } from 'react';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { session } from '../features/auth/session';
import { useSession } from '../features/auth/use-session';
import { canSeePlatform } from '../features/auth/access';
import { LanguageSwitch } from '../ui/language-switch';
import { loginPathFor, paths, tenantSlugOf } from './paths';

/** What every page shares: skip link, header, main landmark, footer; and where an expired session goes. */
export function AppShell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { status, viewer } = useSession();

  useEffect(() => {
    session.setExpiredHandler(() => {
      navigate(loginPathFor(window.location.pathname, window.location.search), {
        replace: true,
        state: { expired: true },
      });
    });
    return () => session.setExpiredHandler(undefined);
  }, [navigate]);

  async function logout() {
    const slug = tenantSlugOf(window.location.pathname);
    await session.logout();
    navigate(slug ? paths.tenantHome(slug) : paths.landing(), { state: { loggedOut: true } });
  }

  return (
    <>
      <a className="skip-link" href="#contenu">
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.landing()} className="brand">
            Alliance
          </Link>
          <nav aria-label={t('shell.accountNav')} className="site-header__tools">
            <LanguageSwitch />
            {status === 'authenticated' && viewer ? (
              <>
                {canSeePlatform(viewer) ? (
                  <Link to={paths.platformTenants()}>{t('shell.platform')}</Link>
                ) : null}
                <span className="site-header__user">{viewer.user.displayName}</span>
                <button type="button" className="button button--link" onClick={() => void logout()}>
                  {t('shell.logout')}
                </button>
              </>
            ) : null}
          </nav>
        </div>
      </header>
      <main id="contenu" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}
