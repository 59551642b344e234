import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  ConfigurationTemplateDocumentsDocument,
  ConfigurationTemplatesDocument,
  PublishConfigurationTemplateVersionDocument,
  type ConfigurationTemplatesQuery,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextAreaField, TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { isOperator } from '../auth/access';
import { request } from '../auth/session';
import { PlatformGate, PlatformNav } from './platform-gate';
import { readTextFile } from './read-json-file';

type Template = ConfigurationTemplatesQuery['configurationTemplates'][number];

/** `/plateforme/modeles`: the template library; operators publish new versions. */
export default function TemplatesPage() {
  return <PlatformGate>{(viewer) => <TemplateLibrary operator={isOperator(viewer)} />}</PlatformGate>;
}

function TemplateLibrary(props: { operator: boolean }) {
  const { t } = useI18n();
  const [templates, setTemplates] = useState<Template[]>();
  const [failure, setFailure] = useState<string>();

  const load = useCallback(async () => {
    try {
      setTemplates((await request(ConfigurationTemplatesDocument, {})).configurationTemplates);
    } catch (error) {
      setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }, [t]);
  useEffect(() => void load(), [load]);

  return (
    <Page
      title={t('templates.title')}
      lead={t(props.operator ? 'templates.leadOperator' : 'templates.leadConsultant')}
    >
      <PlatformNav />
      {failure ? (
        <div role="alert" className="alert alert--error">
          <p>{failure}</p>
        </div>
      ) : null}
      {!templates && !failure ? <Progress label={t('templates.loading')} /> : null}
      {templates ? (
        <ul className="card-list" aria-label={t('templates.listLabel')}>
          {templates.map((template) => (
            <li key={template.id} className="card">
              <TemplateCard template={template} operator={props.operator} onPublished={load} />
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

function TemplateCard(props: { template: Template; operator: boolean; onPublished: () => Promise<void> }) {
  const { t, formatDate } = useI18n();
  const { template } = props;
  const [documents, setDocuments] = useState<Record<number, string>>();
  const [shown, setShown] = useState<number>();

  async function show(version: number) {
    if (shown === version) return setShown(undefined);
    if (!documents) {
      const data = await request(ConfigurationTemplateDocumentsDocument, { id: template.id });
      setDocuments(
        Object.fromEntries(data.configurationTemplate.versions.map((v) => [v.version, v.document])),
      );
    }
    setShown(version);
  }

  return (
    <>
      <h2 className="card__title">{template.name}</h2>
      <p className="card__meta">
        {template.code}
        {template.description ? ` · ${template.description}` : ''}
      </p>
      <h3>{t('templates.versions')}</h3>
      <ul aria-label={t('templates.versionsOf', { template: template.name })}>
        {template.versions.map((version) => (
          <li key={version.version}>
            {t('templates.version', { version: version.version, date: formatDate(version.createdAt) })}
            {version.note ? ` — ${version.note}` : ''}{' '}
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={shown === version.version}
              onClick={() => void show(version.version)}
            >
              {shown === version.version ? t('templates.hideContent') : t('templates.showContent')}
              <span className="visually-hidden">
                {' '}
                — {template.name}, {t('templates.version', { version: version.version, date: '' })}
              </span>
            </button>
            {shown === version.version && documents ? (
              <pre
                className="document"
                tabIndex={0}
                aria-label={t('templates.contentOf', { version: version.version })}
              >
                {documents[version.version]}
              </pre>
            ) : null}
          </li>
        ))}
      </ul>
      {props.operator ? <PublishForm template={template} onPublished={props.onPublished} /> : null}
    </>
  );
}

const FIELDS = ['document', 'note'] as const;

function PublishForm(props: { template: Template; onPublished: () => Promise<void> }) {
  const { t } = useI18n();
  const [document, setDocument] = useState('');
  const [note, setNote] = useState('');
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    await run(async () => {
      const data = await request(PublishConfigurationTemplateVersionDocument, {
        templateId: props.template.id,
        document,
        note: note.trim() || null,
      });
      setNews(t('templates.published', { version: data.publishConfigurationTemplateVersion.version }));
      setDocument('');
      setNote('');
      await props.onPublished();
    });
  }

  const formLabel = t('templates.publishTitle', { template: props.template.name });
  return (
    <form className="form" aria-label={formLabel} onSubmit={(event) => void submit(event)} noValidate>
      <h3>{formLabel}</h3>
      <FormAlert errors={errors} />
      <div className="field">
        <label htmlFor={`file-${props.template.id}`}>{t('templates.file')}</label>
        <input
          id={`file-${props.template.id}`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readTextFile(file).then(setDocument);
          }}
        />
      </div>
      <TextAreaField
        name="document"
        label={t('templates.document')}
        hint={t('templates.documentHint')}
        required
        rows={6}
        value={document}
        error={errors.fields.document}
        onChange={(event) => setDocument(event.target.value)}
      />
      <TextField
        name="note"
        label={t('templates.note')}
        value={note}
        error={errors.fields.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('templates.publish')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
