import { useState, type FormEvent } from 'react';
import { AssignConsultantDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';

export function AssignConsultantForm(props: { tenant: { id: string; name: string } }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [done, setDone] = useState<string>();
  const { run, pending, errors } = useFormSubmit(['email']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const assigned = email.trim();
    const ok = await run(async () => {
      await request(AssignConsultantDocument, { tenantId: props.tenant.id, email: assigned });
    });
    if (ok) {
      setDone(t('platform.assign.done', { email: assigned, tenant: props.tenant.name }));
      setEmail('');
    }
  }

  return (
    <details className="assign">
      <summary>
        {t('platform.assign.title')}
        <span className="visually-hidden"> — {props.tenant.name}</span>
      </summary>
      <form className="form form--inline" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={errors} />
        <TextField
          name="email"
          type="email"
          label={t('platform.assign.email')}
          required
          value={email}
          error={errors.fields.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t('platform.assign.submit')}
        </button>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </details>
  );
}
