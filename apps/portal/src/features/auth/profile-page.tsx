import { useState, type FormEvent } from 'react';
import { ChangePasswordDocument, UpdateProfileDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request, session } from './session';
import { useSession } from './use-session';

/** `/{slug}/espace/profil`: the person's name and password. */
export default function ProfilePage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  if (!viewer) return null;
  return (
    <Page title={t('profile.title')}>
      <p>
        {t('profile.email')} <strong className="break">{viewer.user.email}</strong>
      </p>
      <NameForm initial={viewer.user.displayName} />
      <PasswordForm />
    </Page>
  );
}

function NameForm(props: { initial: string }) {
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState(props.initial);
  const [saved, setSaved] = useState(false);
  const { run, pending, errors } = useFormSubmit(['displayName']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await run(async () => {
      const data = await request(UpdateProfileDocument, { input: { displayName: displayName.trim() } });
      session.updateViewer((viewer) => ({ ...viewer, user: { ...viewer.user, ...data.updateProfile } }));
    });
    setSaved(ok);
  }

  return (
    <section aria-labelledby="profile-name">
      <h2 id="profile-name">{t('profile.nameTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={errors} />
        <StatusMessage>{saved ? t('profile.nameSaved') : null}</StatusMessage>
        <TextField
          name="displayName"
          label={t('auth.fields.displayName')}
          autoComplete="name"
          required
          value={displayName}
          error={errors.fields.displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [saved, setSaved] = useState(false);
  const { run, pending, errors } = useFormSubmit(['currentPassword', 'newPassword']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await run(async () => {
      await request(ChangePasswordDocument, { input: { currentPassword, newPassword } });
    });
    if (ok) {
      setCurrentPassword('');
      setNewPassword('');
    }
    setSaved(ok);
  }

  return (
    <section aria-labelledby="profile-password">
      <h2 id="profile-password">{t('profile.passwordTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={errors} />
        <StatusMessage>{saved ? t('profile.passwordSaved') : null}</StatusMessage>
        <TextField
          name="currentPassword"
          type="password"
          label={t('auth.fields.currentPassword')}
          autoComplete="current-password"
          required
          value={currentPassword}
          error={errors.fields.currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('auth.fields.newPassword')}
          hint={t('auth.passwordRule')}
          autoComplete="new-password"
          required
          value={newPassword}
          error={errors.fields.newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('profile.passwordSubmit')}
        </button>
      </form>
    </section>
  );
}
