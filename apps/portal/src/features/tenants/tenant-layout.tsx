import { useEffect, useState } from 'react';
import { Link, Outlet, useParams } from 'react-router-dom';
import { execute } from '../../graphql/client';
import { ApiError } from '../../graphql/errors';
import { TenantBySlugDocument, type TenantFieldsFragment } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { isPlausibleSlug, paths } from '../../routes/paths';
import { PageLoading } from '../../ui/progress';
import { TenantContext } from './tenant-context';
import { TenantNotFound } from './tenant-not-found';

type Load =
  | { state: 'loading'; slug: string }
  | { state: 'found'; slug: string; tenant: TenantFieldsFragment }
  | { state: 'missing'; slug: string }
  | { state: 'failed'; slug: string };

/** Loads the tenant named by the URL; every `/{slug}/…` page renders inside it. */
export default function TenantLayout() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading', slug });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isPlausibleSlug(slug)) {
      setLoad({ state: 'missing', slug });
      return;
    }
    const controller = new AbortController();
    setLoad((previous) =>
      previous.state === 'found' && previous.slug === slug ? previous : { state: 'loading', slug },
    );
    execute(TenantBySlugDocument, { slug }, { signal: controller.signal }).then(
      (data) => setLoad({ state: 'found', slug, tenant: data.tenantBySlug }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const missing = error instanceof ApiError && error.hasCode('NOT_FOUND');
        setLoad({ state: missing ? 'missing' : 'failed', slug });
      },
    );
    return () => controller.abort();
  }, [slug, attempt]);

  if (load.slug !== slug || load.state === 'loading') return <PageLoading />;
  if (load.state === 'missing') return <TenantNotFound slug={slug} />;
  if (load.state === 'failed') {
    return (
      <div className="page">
        <div role="alert" className="alert alert--error">
          <p>{t('errors.network')}</p>
        </div>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <TenantContext.Provider value={load.tenant}>
      <div className="tenant-bar">
        <Link to={paths.tenantHome(load.tenant.slug)} className="tenant-bar__name">
          {load.tenant.name}
        </Link>
        <span className="tenant-bar__programme">{load.tenant.programmeName}</span>
      </div>
      <Outlet />
    </TenantContext.Provider>
  );
}
