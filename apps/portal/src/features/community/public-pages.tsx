import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { execute } from '../../graphql/client';
import { PublicSiteDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState } from '../../ui/alerts';
import { useTenant } from '../tenants/tenant-context';
import { LoadState, useFormatDate } from './community-ui';
import { useLoad } from './use-load';

/** What the territory publishes, on its public home: coalitions, commitments and opted-in organisations. */
export function PublishedSections() {
  const tenant = useTenant();
  const { t } = useI18n();
  const formatDate = useFormatDate();
  const fetch = useCallback(
    async (signal: AbortSignal) =>
      (await execute(PublicSiteDocument, { slug: tenant.slug }, { signal })).tenantBySlug,
    [tenant.slug],
  );
  const { state, reload } = useLoad(tenant.slug, fetch);
  if (state.status !== 'ready') return <LoadState state={state} onRetry={reload} />;
  const site = state.data;
  const coalitions = site.publicCoalitions.edges.map((e) => e.node);
  const commitments = site.publicCommitments.edges.map((e) => e.node);
  const organisations = site.publicOrganisations.edges.map((e) => e.node);
  if (!coalitions.length && !commitments.length && !organisations.length) {
    return (
      <EmptyState title={t('tenant.home.publishedEmpty')}>
        <p>{t('tenant.home.publishedNext')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <section aria-labelledby="public-commitments-heading">
        <h3 id="public-commitments-heading">
          {t('community.public.commitments', { count: commitments.length })}
        </h3>
        {commitments.length ? (
          <ul className="card-list">
            {commitments.map((commitment) => (
              <li key={commitment.id}>
                <article className="card" aria-labelledby={`public-commitment-${commitment.id}`}>
                  <h4 className="card__title" id={`public-commitment-${commitment.id}`}>
                    <Link to={paths.publicCommitment(tenant.slug, commitment.id)}>
                      {commitment.published?.title}
                    </Link>
                  </h4>
                  <p className="card__meta">
                    {t('community.public.by', {
                      author: commitment.authorName ?? '',
                      date: formatDate(commitment.publishedAt),
                    })}
                  </p>
                  {commitment.published?.objective ? <p>{commitment.published.objective}</p> : null}
                </article>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('community.public.noCommitment')}</p>
        )}
      </section>
      <section aria-labelledby="public-coalitions-heading">
        <h3 id="public-coalitions-heading">
          {t('community.public.coalitions', { count: coalitions.length })}
        </h3>
        <ul className="card-list card-list--grid">
          {coalitions.map((coalition) => (
            <li key={coalition.id}>
              <article className="card" aria-labelledby={`public-coalition-${coalition.id}`}>
                <h4 className="card__title" id={`public-coalition-${coalition.id}`}>
                  <Link to={paths.publicCoalition(tenant.slug, coalition.id)}>{coalition.name}</Link>
                </h4>
                <p className="card__meta">
                  {t(`community.stage.${coalition.stage}`)} ·{' '}
                  {t('community.coalitions.members', { count: coalition.members.length })}
                </p>
                <p>{coalition.objective}</p>
              </article>
            </li>
          ))}
        </ul>
      </section>
      {organisations.length ? (
        <section aria-labelledby="public-organisations-heading">
          <h3 id="public-organisations-heading">
            {t('community.public.organisations', { count: site.publicOrganisations.totalCount })}
          </h3>
          <ul className="columns">
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                {organisation.website ? (
                  <a href={organisation.website} rel="noreferrer noopener" target="_blank">
                    {organisation.name}
                  </a>
                ) : (
                  organisation.name
                )}
                {organisation.city ? ` (${organisation.city})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
