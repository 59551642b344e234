import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  IndicatorImportDocument,
  StartIndicatorImportDocument,
  type IndicatorImportFieldsFragment,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { FormAlert, ErrorAlert } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { usePolledJob } from '../../ui/use-polled-job';
import { request } from '../auth/session';
import { useTenant } from '../tenants/tenant-context';
import { readBase64 } from '../../ui/files';

/** `/{slug}/espace/indicateurs/import`: send a CSV file, follow the job, read the per-row report. */
export default function IndicatorImportPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const { job, setJob, failure, finished, reset } = usePolledJob(
    async (id, signal) => (await request(IndicatorImportDocument, { id }, signal)).indicatorImport,
    (j) => j.status === 'SUCCEEDED' || j.status === 'FAILED',
    (error) => toFormErrors(error, [], (k) => t(`errors.${k}`)).form,
  );
  const { run, pending, errors, setErrors } = useFormSubmit(['fileName', 'contentBase64']);
  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!file) {
      setErrors({
        fields: { fileName: t('indicators.import.chooseFile') },
        form: t('indicators.import.chooseFile'),
      });
      return;
    }
    await run(async () => {
      const data = await request(StartIndicatorImportDocument, {
        input: { fileName: file.name, contentBase64: await readBase64(file) },
      });
      setJob(data.startIndicatorImport);
    });
  }

  return (
    <Page title={t('indicators.import.title')} lead={t('indicators.import.lead')}>
      <p>
        <Link to={paths.indicators(tenant.slug)}>{t('indicators.back')}</Link>
      </p>
      <form
        className="form"
        aria-label={t('indicators.import.title')}
        onSubmit={(e) => void submit(e)}
        noValidate
      >
        <FormAlert errors={errors} />
        <div
          className={errors.fields.fileName || errors.fields.contentBase64 ? 'field field--invalid' : 'field'}
        >
          <label htmlFor="values-file">{t('indicators.import.file')}</label>
          <p className="field__hint" id="values-file-hint">
            {t('indicators.import.columns')}
          </p>
          <input
            id="values-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="values-file-hint"
            onChange={(event) => setFile(event.target.files?.[0])}
          />
          {errors.fields.fileName || errors.fields.contentBase64 ? (
            <p className="field__error">{errors.fields.fileName ?? errors.fields.contentBase64}</p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={pending || (job !== undefined && !finished)}>
          {t('indicators.import.submit')}
        </button>
      </form>
      <ErrorAlert>{failure}</ErrorAlert>
      {job && !finished ? (
        <Progress
          label={t('indicators.import.running', { done: job.processedRows, total: job.totalRows })}
          value={job.processedRows}
          max={Math.max(job.totalRows, 1)}
        />
      ) : null}
      {job?.status === 'SUCCEEDED' ? (
        <div role="status" className="alert alert--success">
          <p>{t('indicators.import.succeeded', { count: job.writtenRows, file: job.fileName })}</p>
          <p>
            <Link to={paths.indicators(tenant.slug)}>{t('indicators.import.seeIndicators')}</Link>
          </p>
        </div>
      ) : null}
      {job?.status === 'FAILED' ? <ImportReport job={job} /> : null}
    </Page>
  );
}

function ImportReport(props: { job: IndicatorImportFieldsFragment }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="report-heading">
      <ErrorAlert>
        {t('indicators.import.failed', { count: props.job.errors.length, file: props.job.fileName })}
      </ErrorAlert>
      <h2 id="report-heading">{t('indicators.import.report')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.import.line')}</th>
              <th scope="col">{t('indicators.import.field')}</th>
              <th scope="col">{t('indicators.import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {props.job.errors.map((error) => (
              <tr key={`${error.line}-${error.field}`}>
                <th scope="row">{error.line}</th>
                <td>{error.field}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
