import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { execute } from '../../graphql/client';
import { PublicCoalitionDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/page';
import { PageLoading } from '../../ui/progress';
import { useTenant } from '../tenants/tenant-context';
import { perimeterTerms } from './coalition-form';
import { LoadState, useFormatDate } from './community-ui';
import { useLoad } from './use-load';
import { labelOf, usePublicVocabulary } from './vocabulary';

/** `/{slug}/coalitions/:id`: a validated coalition as the public sees it, with its published commitments. */
export default function PublicCoalitionPage() {
  const { id = '' } = useParams();
  const tenant = useTenant();
  const { t } = useI18n();
  const formatDate = useFormatDate();
  const vocabulary = usePublicVocabulary(tenant.id);
  const fetch = useCallback(
    async (signal: AbortSignal) =>
      (await execute(PublicCoalitionDocument, { slug: tenant.slug, id }, { signal })).tenantBySlug,
    [tenant.slug, id],
  );
  const { state, reload } = useLoad(`${tenant.slug}:${id}`, fetch);
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'failed' || !state.data.publicCoalition) {
    return (
      <Page title={t('community.coalition.notFound')}>
        {state.status === 'failed' ? <LoadState state={state} onRetry={reload} /> : null}
        <p>
          <Link to={paths.tenantHome(tenant.slug)}>
            {t('community.public.back', { tenant: tenant.name })}
          </Link>
        </p>
      </Page>
    );
  }
  const coalition = state.data.publicCoalition;
  const commitments = state.data.publicCommitments.edges
    .map((e) => e.node)
    .filter((c) => c.coalitionId === coalition.id);
  return (
    <Page title={coalition.name} lead={coalition.objective}>
      <p>
        <Link to={paths.tenantHome(tenant.slug)}>{t('community.public.back', { tenant: tenant.name })}</Link>
      </p>
      <dl className="facts">
        <dt>{t(`community.perimeter.${coalition.perimeterKind}`)}</dt>
        <dd>{labelOf(perimeterTerms(vocabulary, coalition.perimeterKind), coalition.perimeterCode)}</dd>
        <dt>{t('community.coalition.stage')}</dt>
        <dd>{t(`community.stage.${coalition.stage}`)}</dd>
      </dl>
      <h2>{t('community.coalition.stages')}</h2>
      <ol>
        {coalition.stages.map((s) => (
          <li key={`${s.stage}-${s.reachedOn}`}>
            {t(`community.stage.${s.stage}`)} — {formatDate(s.reachedOn)}
          </li>
        ))}
      </ol>
      <h2>{t('community.coalition.membersTitle')}</h2>
      <ul>
        {coalition.members.map((m) => (
          <li key={m.id}>{m.name}</li>
        ))}
      </ul>
      <h2>{t('community.coalition.commitments')}</h2>
      {commitments.length ? (
        <ul>
          {commitments.map((c) => (
            <li key={c.id}>
              <Link to={paths.publicCommitment(tenant.slug, c.id)}>{c.published?.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('community.public.noCommitment')}</p>
      )}
    </Page>
  );
}
