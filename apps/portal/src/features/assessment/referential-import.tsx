import { useState, type FormEvent } from 'react';
import { ImportReferentialCsvDocument } from '../../graphql/graphql.generated';
import { ApiError } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { readBase64 } from '../../ui/files';

interface Problem {
  line: number;
  message: string;
}

/** Replace a draft's tree from a CSV file; a faulty file imports nothing and lists every offending line. */
export function ReferentialImport(props: { versionId: string; number: number; onImported: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [windows1252, setWindows1252] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [news, setNews] = useState<string>();
  const { run, pending, errors, setErrors } = useFormSubmit(['contentBase64']);
  const inputId = `referential-file-${props.versionId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    setProblems([]);
    if (!file) {
      setErrors({ fields: {}, form: t('assessment.referentials.chooseFile') });
      return;
    }
    const done = await run(async () => {
      try {
        const data = await request(ImportReferentialCsvDocument, {
          input: {
            versionId: props.versionId,
            contentBase64: await readBase64(file),
            encoding: windows1252 ? 'WINDOWS_1252' : null,
          },
        });
        setNews(t('assessment.referentials.imported', { count: data.importReferentialCsv.nodeCount }));
      } catch (error) {
        const reported = error instanceof ApiError ? error.errors[0]?.extensions?.problems : undefined;
        if (Array.isArray(reported)) setProblems(reported as Problem[]);
        throw error;
      }
    });
    if (done) props.onImported();
  }

  return (
    <form
      className="form"
      aria-label={t('assessment.referentials.importTitle', { number: props.number })}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h4>{t('assessment.referentials.importTitle', { number: props.number })}</h4>
      <FormAlert errors={errors} />
      <div className="field">
        <label htmlFor={inputId}>{t('assessment.referentials.file')}</label>
        <p className="field__hint">{t('assessment.referentials.fileHint')}</p>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </div>
      <label className="criterion__level">
        <input type="checkbox" checked={windows1252} onChange={(e) => setWindows1252(e.target.checked)} />
        <span>{t('assessment.referentials.windows1252')}</span>
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t('assessment.referentials.import')}
      </button>
      <StatusMessage>{news}</StatusMessage>
      {problems.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('assessment.referentials.problems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.import.line')}</th>
                <th scope="col">{t('indicators.import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem, i) => (
                <tr key={`${problem.line}-${i}`}>
                  <th scope="row">{problem.line}</th>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </form>
  );
}
