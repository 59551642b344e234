import { useState, type FormEvent } from 'react';
import { SetMaturityScaleDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';

interface Row {
  level: string;
  label: string;
  score: string;
}

const DEFAULT: Row[] = [
  { level: '0', label: 'Pas commencé', score: '0' },
  { level: '1', label: 'Découverte', score: '25' },
  { level: '2', label: 'Engagé', score: '50' },
  { level: '3', label: 'Avancé', score: '75' },
  { level: '4', label: 'Exemplaire', score: '100' },
];

/** The draft's maturity scale: each level with its name and the score it is worth. */
export function ScaleForm(props: {
  versionId: string;
  number: number;
  scale?: { level: number; label: string; score: number }[];
}) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Row[]>(
    props.scale?.length
      ? props.scale.map((l) => ({ level: String(l.level), label: l.label, score: String(l.score) }))
      : DEFAULT,
  );
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit(['levels']);
  const title = t('assessment.scale.title', { number: props.number });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const done = await run(async () => {
      await request(SetMaturityScaleDocument, {
        input: {
          versionId: props.versionId,
          levels: rows.map((r) => ({
            level: Number(r.level),
            label: r.label,
            score: Number(r.score.replace(',', '.')),
          })),
        },
      });
    });
    if (done) setNews(t('assessment.scale.saved', { count: rows.length }));
  }

  const change = (i: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  return (
    <form className="form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h4>{title}</h4>
      <FormAlert errors={errors} />
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('assessment.scale.level')}</th>
              <th scope="col">{t('assessment.scale.label')}</th>
              <th scope="col">{t('assessment.scale.score')}</th>
              <th scope="col">{t('assessment.referentials.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={t('assessment.scale.levelOf', { row: i + 1 })}
                    inputMode="numeric"
                    size={3}
                    value={row.level}
                    onChange={(e) => change(i, { level: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('assessment.scale.labelOf', { row: i + 1 })}
                    value={row.label}
                    onChange={(e) => change(i, { label: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={t('assessment.scale.scoreOf', { row: i + 1 })}
                    inputMode="decimal"
                    size={5}
                    value={row.score}
                    onChange={(e) => change(i, { score: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('assessment.scale.removeOf', { row: i + 1 })}
                    onClick={() => setRows((current) => current.filter((_, j) => j !== i))}
                  >
                    {t('assessment.scale.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setRows((current) => [...current, { level: String(current.length), label: '', score: '' }])
          }
        >
          {t('assessment.scale.add')}
        </button>
        <button type="submit" className="button" disabled={pending}>
          {t('assessment.scale.save')}
        </button>
      </div>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
