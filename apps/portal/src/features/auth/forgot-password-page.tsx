import { useState, type FormEvent } from 'react';
import { execute } from '../../graphql/client';
import { RequestPasswordResetDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { useFormSubmit } from '../../ui/use-form-submit';

export default function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { run, pending, errors } = useFormSubmit(['email']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const ok = await run(async () => {
      await execute(RequestPasswordResetDocument, { email: email.trim() });
    });
    setSent(ok);
  }

  return (
    <Page title={t('auth.forgot.title')} lead={t('auth.forgot.lead')} className="narrow">
      <StatusMessage>{sent ? t('auth.forgot.sent', { email: email.trim() }) : null}</StatusMessage>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={errors} />
        <TextField
          name="email"
          type="email"
          label={t('auth.fields.email')}
          autoComplete="email"
          required
          value={email}
          error={errors.fields.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.sending') : t('auth.forgot.submit')}
        </button>
      </form>
    </Page>
  );
}
