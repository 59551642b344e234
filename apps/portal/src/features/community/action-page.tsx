import { useCallback, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  ActionDocument,
  AddActionProgressDocument,
  RemoveActionDocument,
  type ActionFieldsFragment,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextAreaField, TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { PageLoading } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { useTenant } from '../tenants/tenant-context';
import { ActionCard } from './action-details';
import { ActionForm } from './action-form';
import { LoadState, useErrorText, useFormatDate } from './community-ui';
import { useLoad } from './use-load';
import { useVocabulary } from './vocabulary';

/** `/{slug}/espace/actions/:id`: an action, its edition (barriers, levers, impacts…) and progress updates. */
export default function ActionPage() {
  const { id = '' } = useParams();
  const tenant = useTenant();
  const { t } = useI18n();
  const navigate = useNavigate();
  const vocabulary = useVocabulary();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const [news, setNews] = useState<string>();
  const [editing, setEditing] = useState(false);
  const fetch = useCallback(
    async (signal: AbortSignal) => (await request(ActionDocument, { id }, signal)).action,
    [id],
  );
  const { state, set, reload } = useLoad(id, fetch);
  if (state.status !== 'ready') {
    return state.status === 'loading' ? (
      <PageLoading />
    ) : (
      <Page title={t('community.action.notFound')}>
        <LoadState state={state} onRetry={reload} />
      </Page>
    );
  }
  const action = state.data;
  const back = action.commitmentId
    ? {
        to: paths.commitment(tenant.slug, action.commitmentId),
        label: t('community.action.backToCommitment'),
      }
    : action.coalitionId
      ? { to: paths.coalition(tenant.slug, action.coalitionId), label: t('community.action.backToCoalition') }
      : { to: paths.commitments(tenant.slug), label: t('community.commitments.back') };

  async function remove() {
    if (!window.confirm(t('community.action.removeConfirm', { title: action.title }))) return;
    try {
      await request(RemoveActionDocument, { id: action.id });
      navigate(back.to);
    } catch (error) {
      setNews(errorText(error));
    }
  }

  return (
    <Page title={action.title}>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      <StatusMessage>{news}</StatusMessage>
      {editing ? (
        <>
          <ActionForm
            target={{ action }}
            vocabulary={vocabulary}
            onSaved={(saved) => {
              set(saved);
              setEditing(false);
              setNews(t('community.action.saved'));
            }}
          />
          <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <>
          <ActionCard action={action} vocabulary={vocabulary} headingLevel={3} />
          <div className="actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('community.action.edit')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              {t('community.action.remove')}
            </button>
          </div>
        </>
      )}
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('community.action.progressTitle')}</h2>
        {action.progress.length ? (
          <ol>
            {action.progress.map((update) => (
              <li key={update.id}>
                <strong>{formatDate(update.reportedOn)}</strong>
                {update.percent != null ? ` — ${update.percent} %` : ''} : {update.note}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('community.action.noProgress')}</p>
        )}
        <ProgressForm
          action={action}
          onAdded={(next) => {
            set(next);
            setNews(t('community.action.progressAdded'));
          }}
        />
      </section>
    </Page>
  );
}

function ProgressForm(props: { action: ActionFieldsFragment; onAdded: (a: ActionFieldsFragment) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    reportedOn: new Date().toISOString().slice(0, 10),
    note: '',
    percent: '',
  });
  const { run, pending, errors, setErrors } = useFormSubmit(['reportedOn', 'note', 'percent']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const percent = form.percent.trim() === '' ? null : Number(form.percent);
    if (percent !== null && !Number.isInteger(percent)) {
      setErrors({
        fields: { percent: t('community.action.percentInvalid') },
        form: t('community.action.fix'),
      });
      return;
    }
    const done = await run(async () => {
      const { addActionProgress } = await request(AddActionProgressDocument, {
        input: { actionId: props.action.id, reportedOn: form.reportedOn, note: form.note, percent },
      });
      props.onAdded({ ...props.action, progress: [...props.action.progress, addActionProgress] });
    });
    if (done) setForm({ ...form, note: '', percent: '' });
  }

  return (
    <form
      className="form"
      aria-label={t('community.action.progressAdd')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t('community.action.progressAdd')}</h3>
      <FormAlert errors={errors} />
      <TextField
        name="reportedOn"
        type="date"
        label={t('community.action.reportedOn')}
        required
        value={form.reportedOn}
        error={errors.fields.reportedOn}
        onChange={(e) => setForm({ ...form, reportedOn: e.target.value })}
      />
      <TextAreaField
        name="note"
        label={t('community.action.note')}
        required
        value={form.note}
        error={errors.fields.note}
        onChange={(e) => setForm({ ...form, note: e.target.value })}
      />
      <TextField
        name="percent"
        label={t('community.action.percent')}
        inputMode="numeric"
        value={form.percent}
        error={errors.fields.percent}
        onChange={(e) => setForm({ ...form, percent: e.target.value })}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('community.action.progressSubmit')}
      </button>
    </form>
  );
}
