import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { FormAlert } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { useFormSubmit } from '../../ui/use-form-submit';
import { useTenant } from '../tenants/tenant-context';
import { session } from './session';

/** `/{slug}/invitation/{token}`: the invited person chooses a name and a password, and joins. */
export default function InvitationPage() {
  const tenant = useTenant();
  const { token = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const { run, pending, errors } = useFormSubmit(['displayName', 'password', 'token', 'tenantSlug']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await session.acceptInvitation({
        tenantSlug: tenant.slug,
        token,
        displayName: displayName.trim(),
        password,
      });
      navigate(paths.space(tenant.slug), { replace: true, state: { welcome: true } });
    });
  }

  const formErrors = errors.fields.token ?? errors.fields.tenantSlug;

  return (
    <Page
      title={t('auth.invitation.title', { tenant: tenant.name })}
      lead={t('auth.invitation.lead')}
      className="narrow"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert
          errors={
            formErrors ? { ...errors, form: [formErrors, errors.form].filter(Boolean).join(' ') } : errors
          }
        />
        <TextField
          name="displayName"
          label={t('auth.fields.displayName')}
          hint={t('auth.fields.displayNameHint')}
          autoComplete="name"
          required
          value={displayName}
          error={errors.fields.displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <TextField
          name="password"
          type="password"
          label={t('auth.fields.choosePassword')}
          hint={t('auth.passwordRule')}
          autoComplete="new-password"
          required
          value={password}
          error={errors.fields.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('auth.invitation.submit')}
        </button>
      </form>
    </Page>
  );
}
