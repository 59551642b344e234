import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { OrganisationImportDocument, StartOrganisationImportDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { ErrorAlert, FormAlert } from '../../ui/alerts';
import { readBase64 } from '../../ui/files';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { usePolledJob } from '../../ui/use-polled-job';
import { request } from '../auth/session';
import { useTenant } from '../tenants/tenant-context';
import { useErrorText } from './community-ui';

/** `/{slug}/espace/annuaire/import`: an animator sends a CSV of organisations and reads the per-row report. */
export default function OrganisationImportPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [file, setFile] = useState<File>();
  const { job, setJob, failure, finished, reset } = usePolledJob(
    async (id, signal) => (await request(OrganisationImportDocument, { id }, signal)).organisationImport,
    (j) => j.status === 'DONE' || j.status === 'FAILED',
    errorText,
  );
  const { run, pending, errors, setErrors } = useFormSubmit(['fileName', 'contentBase64']);
  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!file) {
      setErrors({
        fields: { fileName: t('community.import.chooseFile') },
        form: t('community.import.chooseFile'),
      });
      return;
    }
    await run(async () => {
      const data = await request(StartOrganisationImportDocument, {
        input: { fileName: file.name, contentBase64: await readBase64(file) },
      });
      setJob(data.startOrganisationImport);
    });
  }

  const fileError = errors.fields.fileName ?? errors.fields.contentBase64;
  return (
    <Page title={t('community.import.title')} lead={t('community.import.lead')}>
      <p>
        <Link to={paths.directory(tenant.slug)}>{t('community.directory.back')}</Link>
      </p>
      <form
        className="form"
        aria-label={t('community.import.title')}
        onSubmit={(e) => void submit(e)}
        noValidate
      >
        <FormAlert errors={errors} />
        <div className={fileError ? 'field field--invalid' : 'field'}>
          <label htmlFor="organisations-file">{t('community.import.file')}</label>
          <p className="field__hint" id="organisations-file-hint">
            {t('community.import.columns')}
          </p>
          <input
            id="organisations-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={
              fileError ? 'organisations-file-hint organisations-file-error' : 'organisations-file-hint'
            }
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0])}
          />
          {fileError ? (
            <p className="field__error" id="organisations-file-error">
              {fileError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={pending || (job !== undefined && !finished)}>
          {t('community.import.submit')}
        </button>
      </form>
      <ErrorAlert>{failure}</ErrorAlert>
      {job && !finished ? (
        <Progress
          label={t('community.import.running', { done: job.processedRows, total: job.totalRows })}
          value={job.processedRows}
          max={Math.max(job.totalRows, 1)}
        />
      ) : null}
      {job?.status === 'DONE' ? (
        <div role="status" className="alert alert--success">
          <p>
            {t('community.import.done', {
              created: job.createdRows,
              skipped: job.skippedRows,
              faulty: job.errors.length,
              file: job.fileName,
            })}
          </p>
          <p>
            <Link to={paths.directory(tenant.slug)}>{t('community.import.seeDirectory')}</Link>
          </p>
        </div>
      ) : null}
      {job?.status === 'FAILED' ? (
        <ErrorAlert>{t('community.import.failed', { file: job.fileName })}</ErrorAlert>
      ) : null}
      {job && finished && job.errors.length ? (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{t('community.import.report', { count: job.errors.length })}</h2>
          <div className="table-scroll">
            <table className="table" aria-labelledby="report-heading">
              <thead>
                <tr>
                  <th scope="col">{t('community.import.line')}</th>
                  <th scope="col">{t('community.import.field')}</th>
                  <th scope="col">{t('community.import.message')}</th>
                </tr>
              </thead>
              <tbody>
                {job.errors.map((error) => (
                  <tr key={`${error.line}-${error.field ?? ''}-${error.message}`}>
                    <th scope="row">{error.line}</th>
                    <td>{error.field}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
