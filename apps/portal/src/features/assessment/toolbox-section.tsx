import { useState, type FormEvent } from 'react';
import {
  CreateToolboxResourceDocument,
  LinkResourceToCriterionDocument,
  type ResourceKind,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import type { AdminData } from './referentials-page';

const KINDS: ResourceKind[] = ['GUIDE', 'FINANCING', 'CONTACT', 'TRAINING'];

/** The toolbox: its resources, a new one, and which criterion levels recommend it. */
export function ToolboxSection(props: { data: AdminData; onChanged: () => void }) {
  const { t } = useI18n();
  const resources = props.data.toolboxResources.edges.map((e) => e.node);
  return (
    <section aria-labelledby="toolbox-heading">
      <h2 id="toolbox-heading">
        {t('assessment.toolbox.title', { count: props.data.toolboxResources.totalCount })}
      </h2>
      <ul className="card-list">
        {resources.map((resource) => (
          <li key={resource.id} className="card">
            <p className="card__title">
              {resource.url ? <a href={resource.url}>{resource.title}</a> : resource.title}
            </p>
            <p>{t(`assessment.resourceKind.${resource.kind}`)}</p>
          </li>
        ))}
      </ul>
      <ResourceForm onCreated={props.onChanged} />
      <LinkForm data={props.data} />
    </section>
  );
}

function ResourceForm(props: { onCreated: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    kind: 'GUIDE' as ResourceKind,
    title: '',
    url: '',
    description: '',
    themes: '',
  });
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit(['kind', 'title', 'url', 'description', 'themes']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const done = await run(async () => {
      await request(CreateToolboxResourceDocument, {
        input: {
          kind: values.kind,
          title: values.title,
          url: values.url.trim() || null,
          description: values.description.trim() || null,
          themes: values.themes
            .split(/[;,]/)
            .map((theme) => theme.trim())
            .filter(Boolean),
        },
      });
    });
    if (done) {
      setNews(t('assessment.toolbox.created', { title: values.title }));
      setValues({ ...values, title: '', url: '', description: '', themes: '' });
      props.onCreated();
    }
  }

  return (
    <form
      className="form"
      aria-label={t('assessment.toolbox.createTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t('assessment.toolbox.createTitle')}</h3>
      <FormAlert errors={errors} />
      <SelectField
        name="kind"
        label={t('assessment.toolbox.kind')}
        options={KINDS.map((kind) => ({ value: kind, label: t(`assessment.resourceKind.${kind}`) }))}
        value={values.kind}
        onChange={(e) => setValues({ ...values, kind: e.target.value as ResourceKind })}
      />
      {(['title', 'url', 'description', 'themes'] as const).map((name) => (
        <TextField
          key={name}
          name={name}
          label={t(`assessment.toolbox.${name === 'title' ? 'name' : name}`)}
          required={name === 'title'}
          value={values[name]}
          error={errors.fields[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
      ))}
      <button type="submit" className="button" disabled={pending}>
        {t('assessment.toolbox.create')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}

function LinkForm(props: { data: AdminData }) {
  const { t } = useI18n();
  const resources = props.data.toolboxResources.edges.map((e) => e.node);
  const referentials = props.data.referentials.edges.map((e) => e.node);
  const [values, setValues] = useState({
    resourceId: resources[0]?.id ?? '',
    referentialId: referentials[0]?.id ?? '',
    criterionCode: '',
    maxLevel: '1',
  });
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit([
    'resourceId',
    'referentialId',
    'criterionCode',
    'maxLevel',
  ]);
  if (!resources.length || !referentials.length) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const done = await run(async () => {
      await request(LinkResourceToCriterionDocument, {
        input: {
          resourceId: values.resourceId,
          referentialId: values.referentialId,
          criterionCode: values.criterionCode.trim(),
          maxLevel: Number(values.maxLevel),
        },
      });
    });
    if (done) setNews(t('assessment.toolbox.linked', { code: values.criterionCode }));
  }

  return (
    <form
      className="form"
      aria-label={t('assessment.toolbox.linkTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t('assessment.toolbox.linkTitle')}</h3>
      <FormAlert errors={errors} />
      <SelectField
        name="resourceId"
        label={t('assessment.toolbox.resource')}
        options={resources.map((r) => ({ value: r.id, label: r.title }))}
        value={values.resourceId}
        error={errors.fields.resourceId}
        onChange={(e) => setValues({ ...values, resourceId: e.target.value })}
      />
      <SelectField
        name="referentialId"
        label={t('assessment.toolbox.referential')}
        options={referentials.map((r) => ({ value: r.id, label: r.title }))}
        value={values.referentialId}
        error={errors.fields.referentialId}
        onChange={(e) => setValues({ ...values, referentialId: e.target.value })}
      />
      <TextField
        name="criterionCode"
        label={t('assessment.toolbox.criterionCode')}
        required
        value={values.criterionCode}
        error={errors.fields.criterionCode}
        onChange={(e) => setValues({ ...values, criterionCode: e.target.value })}
      />
      <SelectField
        name="maxLevel"
        label={t('assessment.toolbox.maxLevel')}
        options={['0', '1', '2', '3', '4'].map((level) => ({ value: level, label: level }))}
        value={values.maxLevel}
        error={errors.fields.maxLevel}
        onChange={(e) => setValues({ ...values, maxLevel: e.target.value })}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('assessment.toolbox.link')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
