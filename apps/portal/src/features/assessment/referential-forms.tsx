import { useState, type FormEvent } from 'react';
import { CopyReferentialDocument, CreateReferentialDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';

const FIELDS = ['code', 'title', 'description', 'sourceVersionId'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { code: '', title: '', description: '', sourceVersionId: '' };

/** A new, empty referential (its first version is a draft to import into). */
export function CreateReferentialForm(props: { onCreated: () => void }) {
  return <ReferentialForm mode="create" onDone={props.onCreated} />;
}

/** A copy of a published version, of this territory or of another one the person serves or animates. */
export function CopyReferentialForm(props: { onCopied: () => void }) {
  return <ReferentialForm mode="copy" onDone={props.onCopied} />;
}

function ReferentialForm(props: { mode: 'create' | 'copy'; onDone: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(EMPTY);
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit(FIELDS);
  const title = t(
    props.mode === 'create' ? 'assessment.referentials.createTitle' : 'assessment.referentials.copyTitle',
  );
  const fields = props.mode === 'create' ? FIELDS.slice(0, 3) : FIELDS;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const base = { code: values.code, title: values.title, description: values.description.trim() || null };
    const done = await run(async () => {
      if (props.mode === 'create') await request(CreateReferentialDocument, { input: base });
      else
        await request(CopyReferentialDocument, {
          input: { ...base, sourceVersionId: values.sourceVersionId.trim() },
        });
    });
    if (done) {
      setNews(t('assessment.referentials.created', { title: values.title }));
      setValues(EMPTY);
      props.onDone();
    }
  }

  return (
    <form className="form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{title}</h2>
      <FormAlert errors={errors} />
      {fields.map((name) => (
        <TextField
          key={name}
          name={name}
          label={t(`assessment.referentials.field.${name}`)}
          hint={name === 'sourceVersionId' ? t('assessment.referentials.sourceHint') : undefined}
          required={name !== 'description'}
          value={values[name]}
          error={errors.fields[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
      ))}
      <button type="submit" className="button" disabled={pending}>
        {t(props.mode === 'create' ? 'assessment.referentials.create' : 'assessment.referentials.copy')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
