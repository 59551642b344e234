import { useState, type FormEvent } from 'react';
import { OpenCampaignDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';

export interface PublishedReferential {
  id: string;
  title: string;
  versions: { id: string; number: number; status: string }[];
}

/** Open a campaign on a published version, for a period and some types of organisation. */
export function OpenCampaignForm(props: { referentials: PublishedReferential[]; onOpened: () => void }) {
  const { t } = useI18n();
  const options = props.referentials.flatMap((r) =>
    r.versions
      .filter((v) => v.status === 'PUBLISHED')
      .map((v) => ({
        value: v.id,
        label: t('assessment.campaigns.versionOption', { title: r.title, number: v.number }),
      })),
  );
  const [values, setValues] = useState({
    versionId: options[0]?.value ?? '',
    title: '',
    opensOn: '',
    closesOn: '',
    types: '',
  });
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit([
    'versionId',
    'title',
    'opensOn',
    'closesOn',
    'organisationTypes',
  ]);
  if (!options.length) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const done = await run(async () => {
      await request(OpenCampaignDocument, {
        input: {
          versionId: values.versionId,
          title: values.title,
          opensOn: values.opensOn,
          closesOn: values.closesOn,
          organisationTypes: values.types
            .split(/[;,]/)
            .map((type) => type.trim())
            .filter(Boolean),
        },
      });
    });
    if (done) {
      setNews(t('assessment.campaigns.opened', { title: values.title }));
      props.onOpened();
    }
  }

  return (
    <form
      className="form"
      aria-label={t('assessment.campaigns.openTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t('assessment.campaigns.openTitle')}</h3>
      <FormAlert errors={errors} />
      <SelectField
        name="versionId"
        label={t('assessment.campaigns.version')}
        options={options}
        value={values.versionId}
        error={errors.fields.versionId}
        onChange={(e) => setValues({ ...values, versionId: e.target.value })}
      />
      <TextField
        name="title"
        label={t('assessment.campaigns.name')}
        required
        value={values.title}
        error={errors.fields.title}
        onChange={(e) => setValues({ ...values, title: e.target.value })}
      />
      <TextField
        name="opensOn"
        type="date"
        label={t('assessment.campaigns.opensOn')}
        required
        value={values.opensOn}
        error={errors.fields.opensOn}
        onChange={(e) => setValues({ ...values, opensOn: e.target.value })}
      />
      <TextField
        name="closesOn"
        type="date"
        label={t('assessment.campaigns.closesOn')}
        required
        value={values.closesOn}
        error={errors.fields.closesOn}
        onChange={(e) => setValues({ ...values, closesOn: e.target.value })}
      />
      <TextField
        name="organisationTypes"
        label={t('assessment.campaigns.types')}
        hint={t('assessment.campaigns.typesHint')}
        value={values.types}
        error={errors.fields.organisationTypes}
        onChange={(e) => setValues({ ...values, types: e.target.value })}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('assessment.campaigns.open')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
