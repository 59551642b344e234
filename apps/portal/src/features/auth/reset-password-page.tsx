import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { execute } from '../../graphql/client';
import { ResetPasswordDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { useFormSubmit } from '../../ui/use-form-submit';

export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { run, pending, errors } = useFormSubmit(['password', 'token']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      await execute(ResetPasswordDocument, { input: { token, password } });
    });
    setDone(ok);
  }

  return (
    <Page title={t('auth.reset.title')} className="narrow">
      <StatusMessage>{done ? t('auth.reset.done') : null}</StatusMessage>
      {done ? (
        <p>
          <Link className="button" to={paths.platformLogin()}>
            {t('auth.reset.login')}
          </Link>
        </p>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert errors={errors.fields.token ? { ...errors, form: errors.fields.token } : errors} />
          <TextField
            name="password"
            type="password"
            label={t('auth.fields.newPassword')}
            hint={t('auth.passwordRule')}
            autoComplete="new-password"
            required
            value={password}
            error={errors.fields.password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('common.saving') : t('auth.reset.submit')}
          </button>
          <p>
            <Link to={paths.forgotPassword()}>{t('auth.reset.again')}</Link>
          </p>
        </form>
      )}
    </Page>
  );
}
