import { useCallback, useState } from 'react';
import {
  CommitmentsOverviewDocument,
  ExportCommitmentsOverviewDocument,
  type OverviewDimension,
  type ExportFormat,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, StatusMessage } from '../../ui/alerts';
import { downloadBase64 } from '../../ui/files';
import { Page } from '../../ui/page';
import { SelectField } from '../../ui/fields';
import { request } from '../auth/session';
import { useTenant } from '../tenants/tenant-context';
import { LoadState, useErrorText } from './community-ui';
import { useLoad } from './use-load';
import { labelOf, useVocabulary } from './vocabulary';

/** `/{slug}/espace/vue-d-ensemble`: for animators, what serves each plan stake or theme, impacts summed per unit. */
export default function OverviewPage() {
  const tenant = useTenant();
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const errorText = useErrorText();
  const [by, setBy] = useState<OverviewDimension>('PLAN_STAKE');
  const [news, setNews] = useState<string>();
  const fetch = useCallback(
    async (signal: AbortSignal) =>
      (await request(CommitmentsOverviewDocument, { by }, signal)).commitmentsOverview,
    [by],
  );
  const { state, reload } = useLoad(`${tenant.slug}:${by}`, fetch);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const label = (code: string) =>
    by === 'THEME' ? labelOf(vocabulary.themes, code) : labelOf(vocabulary.stakes, code);

  async function download(format: ExportFormat) {
    setNews(undefined);
    try {
      const { exportCommitmentsOverview: file } = await request(ExportCommitmentsOverviewDocument, {
        by,
        format,
      });
      downloadBase64(file.fileName, file.mediaType, file.contentBase64);
      setNews(t('community.directory.exported', { file: file.fileName }));
    } catch (error) {
      setNews(errorText(error));
    }
  }

  return (
    <Page title={t('community.overview.title')} lead={t('community.overview.lead')}>
      <div className="form form--filters">
        <SelectField
          name="by"
          label={t('community.overview.by')}
          options={[
            { value: 'PLAN_STAKE', label: t('community.overview.PLAN_STAKE') },
            { value: 'THEME', label: t('community.overview.THEME') },
          ]}
          value={by}
          onChange={(e) => setBy(e.target.value as OverviewDimension)}
        />
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void download('CSV')}>
          {t('community.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void download('XLSX')}>
          {t('community.exportXlsx')}
        </button>
      </div>
      <StatusMessage>{news}</StatusMessage>
      <LoadState state={state} onRetry={reload} />
      {state.status === 'ready' && state.data.length === 0 ? (
        <EmptyState title={t('community.overview.empty')} />
      ) : null}
      {state.status === 'ready' && state.data.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t(`community.overview.caption.${by}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`community.overview.${by}`)}</th>
                <th scope="col">{t('community.overview.coalitions')}</th>
                <th scope="col">{t('community.overview.commitments')}</th>
                <th scope="col">{t('community.overview.actions')}</th>
                <th scope="col">{t('community.overview.impacts')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((row) => (
                <tr key={row.code}>
                  <th scope="row">{label(row.code)}</th>
                  <td>
                    {row.coalitionCount}
                    {row.coalitions.length ? (
                      <span className="table__note"> ({row.coalitions.map((c) => c.title).join(', ')})</span>
                    ) : null}
                  </td>
                  <td>
                    {row.commitmentCount}
                    {row.commitments.length ? (
                      <span className="table__note"> ({row.commitments.map((c) => c.title).join(', ')})</span>
                    ) : null}
                  </td>
                  <td>
                    {row.actionCount}
                    {row.actions.length ? (
                      <span className="table__note"> ({row.actions.map((a) => a.title).join(', ')})</span>
                    ) : null}
                  </td>
                  <td>
                    {row.impacts.length
                      ? row.impacts
                          .map((impact) => `${number.format(impact.quantity)} ${impact.unit}`)
                          .join(' ; ')
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
