import { Link, Navigate, useLocation } from 'react-router-dom';
import { TenantsDocument, type TenantsQuery } from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { usePagedList } from '../../ui/use-paged-list';
import { canSeePlatform, isOperator } from '../auth/access';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { AssignConsultantForm } from './assign-consultant-form';
import { CreateTenantForm } from './create-tenant-form';
import { PlatformNav } from '../onboarding/platform-gate';

export type PlatformTenant = TenantsQuery['tenants']['edges'][number]['node'];

/** `/plateforme/territoires`: operators create tenants and assign consultants; consultants see the tenants they serve. */
export default function PlatformTenantsPage() {
  const { t } = useI18n();
  const location = useLocation();
  const { status, viewer } = useSession();
  if (status === 'restoring') return <Progress label={t('space.restoring')} />;
  if (status !== 'authenticated' || !viewer) {
    return <Navigate to={paths.platformLogin(`${location.pathname}${location.search}`)} replace />;
  }
  if (!canSeePlatform(viewer)) {
    return (
      <Page title={t('platform.forbidden.title')}>
        <p>{t('platform.forbidden.body')}</p>
        <p>
          <Link to={paths.landing()}>{t('notFound.backHome')}</Link>
        </p>
      </Page>
    );
  }
  return <TenantsDirectory operator={isOperator(viewer)} />;
}

function TenantsDirectory(props: { operator: boolean }) {
  const { t, formatDate, formatNumber } = useI18n();
  const { state, loadMore, update, reload } = usePagedList<PlatformTenant>(
    'tenants',
    async (after, signal) => {
      const data = await request(TenantsDocument, { first: 50, after }, signal);
      return {
        items: data.tenants.edges.map((edge) => edge.node),
        totalCount: data.tenants.totalCount,
        hasNextPage: data.tenants.pageInfo.hasNextPage,
        endCursor: data.tenants.pageInfo.endCursor,
      };
    },
  );
  const ready = state.status === 'ready' || state.status === 'loadingMore';

  return (
    <Page
      title={t(props.operator ? 'platform.titleOperator' : 'platform.titleConsultant')}
      lead={t(props.operator ? 'platform.leadOperator' : 'platform.leadConsultant')}
    >
      <PlatformNav />
      {props.operator ? (
        <CreateTenantForm
          onCreated={(tenant) =>
            update((items) => [tenant, ...items.filter((item) => item.id !== tenant.id)], 1)
          }
          onProgress={(tenant) =>
            update((items) => items.map((item) => (item.id === tenant.id ? { ...item, ...tenant } : item)))
          }
        />
      ) : null}
      <section aria-labelledby="tenants-heading">
        <h2 id="tenants-heading">
          {t('platform.listTitle')}
          {ready ? <span className="count"> ({formatNumber(state.totalCount)})</span> : null}
        </h2>
        {state.status === 'loading' ? <Progress label={t('platform.loading')} /> : null}
        {state.status === 'failed' ? (
          <div role="alert" className="alert alert--error">
            <p>{toFormErrors(state.error, [], (kind) => t(`errors.${kind}`)).form}</p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        ) : null}
        {ready && state.items.length === 0 ? (
          <EmptyState title={t(props.operator ? 'platform.emptyOperator' : 'platform.emptyConsultant')}>
            <p>{t(props.operator ? 'platform.emptyOperatorNext' : 'platform.emptyConsultantNext')}</p>
          </EmptyState>
        ) : null}
        {state.items.length ? (
          <ul className="card-list">
            {state.items.map((tenant) => (
              <li key={tenant.id} className="card">
                <p className="card__title">{tenant.name}</p>
                <p className="card__meta">
                  {t(`tenant.kind.${tenant.kind}`)} · {tenant.programmeName} ·{' '}
                  <span className={`badge badge--${tenant.status.toLowerCase()}`}>
                    {t(`tenant.status.${tenant.status}`)}
                  </span>
                </p>
                <p className="card__meta">
                  /{tenant.slug} · {t('platform.createdAt', { date: formatDate(tenant.createdAt) })}
                </p>
                <p className="card__links">
                  <Link to={paths.tenantHome(tenant.slug)}>
                    {t('platform.publicHome')}
                    <span className="visually-hidden"> — {tenant.name}</span>
                  </Link>
                  {!props.operator ? (
                    <Link to={paths.space(tenant.slug)}>
                      {t('platform.openSpace')}
                      <span className="visually-hidden"> — {tenant.name}</span>
                    </Link>
                  ) : null}
                </p>
                {props.operator ? <AssignConsultantForm tenant={tenant} /> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {state.status === 'ready' && state.hasNextPage ? (
          <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
            {t('common.loadMore')}
          </button>
        ) : null}
      </section>
    </Page>
  );
}
