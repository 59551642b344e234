import { useState, type FormEvent } from 'react';
import { ExportConfigurationDocument, ImportConfigurationDocument } from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextAreaField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { downloadText } from '../../ui/files';
import { readTextFile } from '../onboarding/read-json-file';

/** Export the configuration as one JSON document; import one into a territory still empty. */
export function DocumentSection(props: { slug: string }) {
  const { t } = useI18n();
  const [exportNews, setExportNews] = useState<string>();
  const [document, setDocument] = useState('');
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit(['document']);

  async function download() {
    setExportNews(undefined);
    try {
      const data = await request(ExportConfigurationDocument, {});
      downloadText(`configuration-${props.slug}.json`, data.exportConfiguration);
      setExportNews(t('configuration.document.exported'));
    } catch (error) {
      setExportNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    await run(async () => {
      await request(ImportConfigurationDocument, { document });
      setNews(t('configuration.document.imported'));
      setDocument('');
    });
  }

  return (
    <>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('configuration.document.exportTitle')}</h2>
        <p>{t('configuration.document.exportLead')}</p>
        <button type="button" className="button" onClick={() => void download()}>
          {t('configuration.document.download')}
        </button>
        <StatusMessage>{exportNews}</StatusMessage>
      </section>
      <form
        className="form"
        aria-label={t('configuration.document.importTitle')}
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <h2>{t('configuration.document.importTitle')}</h2>
        <p>{t('configuration.document.importLead')}</p>
        <FormAlert errors={errors} />
        <div className="field">
          <label htmlFor="import-file">{t('configuration.document.file')}</label>
          <input
            id="import-file"
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
          label={t('configuration.document.text')}
          rows={6}
          value={document}
          error={errors.fields.document}
          onChange={(event) => setDocument(event.target.value)}
        />
        <button type="submit" className="button" disabled={pending}>
          {t('configuration.document.import')}
        </button>
        <StatusMessage>{news}</StatusMessage>
      </form>
    </>
  );
}
