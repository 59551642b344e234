import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  ExportIndicatorValuesDocument,
  IndicatorsDocument,
  type ExportFormat,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState, StatusMessage } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { canEditIndicators } from './access';
import { CatalogueChooser } from './catalogue-chooser';
import { downloadBase64 } from '../../ui/files';
import { StatusBadge } from './status-badge';

/** `/{slug}/espace/indicateurs`: the indicators the territory follows, whether each is on track, exports. */
export default function IndicatorsPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  const [exportNews, setExportNews] = useState<string>();
  const fetchPage = useCallback(async (after: string | null, signal: AbortSignal) => {
    const data = await request(IndicatorsDocument, { first: 50, after }, signal);
    return {
      items: data.indicators.edges.map((edge) => edge.node),
      totalCount: data.indicators.totalCount,
      hasNextPage: data.indicators.pageInfo.hasNextPage,
      endCursor: data.indicators.pageInfo.endCursor ?? null,
    };
  }, []);
  const { state, loadMore, reload } = usePagedList(tenant.slug, fetchPage);
  if (!viewer) return null;
  const edit = canEditIndicators(viewer);

  async function download(format: ExportFormat) {
    setExportNews(undefined);
    try {
      const { exportIndicatorValues: file } = await request(ExportIndicatorValuesDocument, { format });
      downloadBase64(file.fileName, file.mediaType, file.contentBase64);
      setExportNews(t('indicators.exported', { file: file.fileName }));
    } catch (error) {
      setExportNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }

  return (
    <Page title={t('indicators.title')} lead={t('indicators.lead', { tenant: tenant.name })}>
      <div className="actions">
        {edit ? (
          <Link className="button" to={paths.indicatorImport(tenant.slug)}>
            {t('indicators.import.link')}
          </Link>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => void download('CSV')}>
          {t('indicators.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void download('XLSX')}>
          {t('indicators.exportXlsx')}
        </button>
      </div>
      <StatusMessage>{exportNews}</StatusMessage>
      <section aria-labelledby="followed-heading">
        <h2 id="followed-heading">
          {state.status === 'loading'
            ? t('indicators.followed')
            : t('indicators.followedCount', {
                count: 'totalCount' in state ? state.totalCount : state.items.length,
              })}
        </h2>
        {state.status === 'loading' ? <Progress label={t('common.loading')} /> : null}
        {state.status === 'failed' ? (
          <div role="alert" className="alert alert--error">
            <p>{toFormErrors(state.error, [], (k) => t(`errors.${k}`)).form}</p>
            <button type="button" className="button" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        ) : null}
        {state.status !== 'loading' && state.items.length === 0 && state.status !== 'failed' ? (
          <EmptyState title={t('indicators.empty')}>
            {edit ? <p>{t('indicators.emptyNext')}</p> : null}
          </EmptyState>
        ) : null}
        {state.items.length ? (
          <div className="table-scroll">
            <table className="table" aria-labelledby="followed-heading">
              <thead>
                <tr>
                  <th scope="col">{t('indicators.column.title')}</th>
                  <th scope="col">{t('indicators.column.code')}</th>
                  <th scope="col">{t('indicators.column.unit')}</th>
                  <th scope="col">{t('indicators.column.status')}</th>
                </tr>
              </thead>
              <tbody>
                {state.items.map((indicator) => (
                  <tr key={indicator.code}>
                    <td>
                      <Link to={paths.indicator(tenant.slug, indicator.code)}>{indicator.title}</Link>
                      {indicator.formula ? (
                        <span className="table__note"> {t('indicators.computed')}</span>
                      ) : null}
                    </td>
                    <td>
                      <code>{indicator.code}</code>
                    </td>
                    <td>{indicator.unit}</td>
                    <td>
                      <StatusBadge status={indicator.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {state.status === 'ready' && state.hasNextPage ? (
          <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
            {t('common.loadMore')}
          </button>
        ) : null}
        {state.status === 'loadingMore' ? <Progress label={t('common.loading')} /> : null}
      </section>
      {edit ? <CatalogueChooser onFollowed={reload} /> : null}
    </Page>
  );
}
