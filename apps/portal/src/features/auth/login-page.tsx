import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { useFormSubmit } from '../../ui/use-form-submit';
import { homeAfterLogin } from './access';
import { session } from './session';
import { useSession } from './use-session';

const FIELDS = ['email', 'password', 'tenantSlug'] as const;

/** `/{slug}/login` logs in to that territory; `/login` logs in at platform level (operators, consultants). */
export default function LoginPage() {
  const { slug } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  const next = search.get('next');
  const expired = (location.state as { expired?: boolean } | null)?.expired === true || Boolean(next);
  const { status, viewer } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { run, pending, errors } = useFormSubmit(FIELDS);

  if (status === 'authenticated' && viewer && !pending && (!slug || viewer.currentTenant?.slug === slug)) {
    return <Navigate to={homeAfterLogin(viewer, next, !slug)} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const signedIn = await session.login({
        email: email.trim(),
        password,
        ...(slug ? { tenantSlug: slug } : {}),
      });
      navigate(homeAfterLogin(signedIn, next, !slug), { replace: true });
    });
  }

  return (
    <Page title={t('auth.login.title')} className="narrow">
      <StatusMessage>{expired ? t('auth.login.expired') : null}</StatusMessage>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={errors} />
        <TextField
          name="email"
          type="email"
          label={t('auth.fields.email')}
          autoComplete="username"
          required
          value={email}
          error={errors.fields.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          name="password"
          type="password"
          label={t('auth.fields.password')}
          autoComplete="current-password"
          required
          value={password}
          error={errors.fields.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('auth.login.pending') : t('auth.login.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword()}>{t('auth.login.forgot')}</Link>
      </p>
    </Page>
  );
}
