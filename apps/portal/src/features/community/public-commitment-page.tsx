import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { execute } from '../../graphql/client';
import { PublicCommitmentDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/page';
import { PageLoading } from '../../ui/progress';
import { useTenant } from '../tenants/tenant-context';
import { ActionCard } from './action-details';
import { RevisionView } from './commitment-page';
import { LoadState, useFormatDate } from './community-ui';
import { useLoad } from './use-load';
import { usePublicVocabulary } from './vocabulary';

/** `/{slug}/engagements/:id`: a published commitment and its actions, readable without logging in. */
export default function PublicCommitmentPage() {
  const { id = '' } = useParams();
  const tenant = useTenant();
  const vocabulary = usePublicVocabulary(tenant.id);
  const { t } = useI18n();
  const formatDate = useFormatDate();
  const fetch = useCallback(
    async (signal: AbortSignal) =>
      (await execute(PublicCommitmentDocument, { slug: tenant.slug, id }, { signal })).tenantBySlug
        .publicCommitment,
    [tenant.slug, id],
  );
  const { state, reload } = useLoad(`${tenant.slug}:${id}`, fetch);
  const home = (
    <p>
      <Link to={paths.tenantHome(tenant.slug)}>{t('community.public.back', { tenant: tenant.name })}</Link>
    </p>
  );
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'failed' || !state.data?.published) {
    return (
      <Page title={t('community.commitment.notFound')}>
        {state.status === 'failed' ? <LoadState state={state} onRetry={reload} /> : null}
        {home}
      </Page>
    );
  }
  const commitment = state.data;
  const published = state.data.published;
  return (
    <Page
      title={published.title}
      lead={t('community.public.by', {
        author: commitment.authorName ?? '',
        date: formatDate(commitment.publishedAt),
      })}
    >
      {home}
      {commitment.coalitionId ? (
        <p>
          <Link to={paths.publicCoalition(tenant.slug, commitment.coalitionId)}>
            {t('community.public.seeCoalition', { name: commitment.authorName ?? '' })}
          </Link>
        </p>
      ) : null}
      <RevisionView revision={published} vocabulary={vocabulary} />
      <section aria-labelledby="public-actions-heading">
        <h2 id="public-actions-heading">
          {t('community.commitment.actions', { count: commitment.actions.length })}
        </h2>
        <ul className="card-list">
          {commitment.actions.map((action) => (
            <li key={action.id}>
              <ActionCard action={action} vocabulary={vocabulary} />
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
