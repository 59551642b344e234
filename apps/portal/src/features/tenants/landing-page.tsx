import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths, slugFromInput } from '../../routes/paths';
import { TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { canSeePlatform } from '../auth/access';
import { useSession } from '../auth/use-session';

/** `/`: what Alliance is, a way to reach a territory, and the signed-in person's own territories. */
export default function LandingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { status, viewer } = useSession();
  const [territory, setTerritory] = useState('');
  const [error, setError] = useState<string>();

  function go(event: FormEvent) {
    event.preventDefault();
    const slug = slugFromInput(territory);
    if (!slug) {
      setError(t('landing.picker.required'));
      return;
    }
    navigate(paths.tenantHome(slug));
  }

  return (
    <Page title={t('landing.title')} lead={t('landing.lead')} className="landing">
      <ul className="landing__points">
        <li>{t('landing.point1')}</li>
        <li>{t('landing.point2')}</li>
        <li>{t('landing.point3')}</li>
      </ul>

      {status === 'authenticated' && viewer ? (
        <section aria-labelledby="my-territories">
          <h2 id="my-territories">{t('landing.mine.title')}</h2>
          {viewer.memberships.length ? (
            <ul className="card-list">
              {viewer.memberships.map((membership) => (
                <li key={membership.tenant.id} className="card">
                  <Link to={paths.space(membership.tenant.slug)}>{membership.tenant.name}</Link>
                  <span className="card__meta">{membership.tenant.programmeName}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('landing.mine.none')}</p>
          )}
          {canSeePlatform(viewer) ? (
            <p>
              <Link to={paths.platformTenants()}>{t('landing.mine.platform')}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="picker-title">
        <h2 id="picker-title">{t('landing.picker.title')}</h2>
        <form className="form form--inline" onSubmit={go} noValidate>
          <TextField
            name="territory"
            label={t('landing.picker.label')}
            hint={t('landing.picker.hint')}
            value={territory}
            error={error}
            autoComplete="off"
            onChange={(event) => {
              setTerritory(event.target.value);
              setError(undefined);
            }}
          />
          <button type="submit" className="button">
            {t('landing.picker.submit')}
          </button>
        </form>
      </section>

      {status !== 'authenticated' ? (
        <p>
          <Link to={paths.platformLogin()}>{t('landing.loginLink')}</Link>
        </p>
      ) : null}
    </Page>
  );
}
