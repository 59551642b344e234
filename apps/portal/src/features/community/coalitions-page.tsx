import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  CoalitionsDocument,
  MyOrganisationsDocument,
  type CoalitionFilterInput,
  type CoalitionReviewStatus,
  type CoalitionStage,
  type PerimeterKind,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState } from '../../ui/alerts';
import { SelectField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';
import { useTenant } from '../tenants/tenant-context';
import { Badge, LoadMore, LoadState, PagedListStatus } from './community-ui';
import { CoalitionForm, PERIMETER_KINDS, perimeterTerms } from './coalition-form';
import { useLoad } from './use-load';
import { labelOf, useVocabulary } from './vocabulary';

export const STAGES: CoalitionStage[] = [
  'FORMING',
  'EXPLORE',
  'INSPIRE',
  'PLAN',
  'COMMITTED',
  'ACTIVE',
  'CLOSED',
];
const REVIEW: CoalitionReviewStatus[] = ['PROPOSED', 'RETURNED', 'VALIDATED'];

export function reviewTone(status: CoalitionReviewStatus): string {
  return status === 'VALIDATED' ? 'active' : status === 'RETURNED' ? 'revoked' : 'pending';
}

/** `/{slug}/espace/coalitions`: the territory's coalitions, filtered; propose a new one. */
export default function CoalitionsPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const navigate = useNavigate();
  const vocabulary = useVocabulary();
  const [filter, setFilter] = useState({ stage: '', perimeterKind: '', reviewStatus: '' });
  const fetchPage = useCallback(
    async (after: string | null, signal: AbortSignal) => {
      const input: CoalitionFilterInput = {};
      if (filter.stage) input.stage = filter.stage as CoalitionStage;
      if (filter.perimeterKind) input.perimeterKind = filter.perimeterKind as PerimeterKind;
      if (filter.reviewStatus) input.reviewStatus = filter.reviewStatus as CoalitionReviewStatus;
      const data = await request(CoalitionsDocument, { filter: input, first: 25, after }, signal);
      return {
        items: data.coalitions.edges.map((edge) => edge.node),
        totalCount: data.coalitions.totalCount,
        hasNextPage: data.coalitions.pageInfo.hasNextPage,
        endCursor: data.coalitions.pageInfo.endCursor ?? null,
      };
    },
    [filter],
  );
  const { state, loadMore, reload } = usePagedList(`${tenant.slug}:${JSON.stringify(filter)}`, fetchPage);
  const mine = useLoad(
    tenant.slug,
    useCallback(
      async (signal: AbortSignal) => (await request(MyOrganisationsDocument, {}, signal)).myOrganisations,
      [],
    ),
  );
  const count = 'totalCount' in state ? state.totalCount : state.items.length;

  return (
    <Page title={t('community.coalitions.title')} lead={t('community.coalitions.lead')}>
      <form className="form form--filters" role="search" aria-label={t('community.coalitions.filters')}>
        <SelectField
          name="stage"
          label={t('community.coalition.stage')}
          options={[
            { value: '', label: t('community.all') },
            ...STAGES.map((stage) => ({ value: stage, label: t(`community.stage.${stage}`) })),
          ]}
          value={filter.stage}
          onChange={(e) => setFilter({ ...filter, stage: e.target.value })}
        />
        <SelectField
          name="perimeterKind"
          label={t('community.coalition.perimeterKind')}
          options={[
            { value: '', label: t('community.all') },
            ...PERIMETER_KINDS.map((kind) => ({ value: kind, label: t(`community.perimeter.${kind}`) })),
          ]}
          value={filter.perimeterKind}
          onChange={(e) => setFilter({ ...filter, perimeterKind: e.target.value })}
        />
        <SelectField
          name="reviewStatus"
          label={t('community.coalition.review')}
          options={[
            { value: '', label: t('community.all') },
            ...REVIEW.map((status) => ({ value: status, label: t(`community.review.${status}`) })),
          ]}
          value={filter.reviewStatus}
          onChange={(e) => setFilter({ ...filter, reviewStatus: e.target.value })}
        />
      </form>
      <section aria-labelledby="coalitions-heading">
        <h2 id="coalitions-heading">
          {state.status === 'loading'
            ? t('community.coalitions.title')
            : t('community.coalitions.count', { count })}
        </h2>
        <PagedListStatus
          state={state}
          onRetry={reload}
          empty={
            <EmptyState title={t('community.coalitions.empty')}>
              <p>{t('community.coalitions.emptyNext')}</p>
            </EmptyState>
          }
        />
        <ul className="card-list card-list--grid">
          {state.items.map((coalition) => (
            <li key={coalition.id}>
              <article className="card" aria-labelledby={`coalition-${coalition.id}`}>
                <h3 className="card__title" id={`coalition-${coalition.id}`}>
                  <Link to={paths.coalition(tenant.slug, coalition.id)}>{coalition.name}</Link>
                </h3>
                <p className="card__meta">
                  {t(`community.perimeter.${coalition.perimeterKind}`)} :{' '}
                  {labelOf(perimeterTerms(vocabulary, coalition.perimeterKind), coalition.perimeterCode)} ·{' '}
                  {t(`community.stage.${coalition.stage}`)} ·{' '}
                  {t('community.coalitions.members', {
                    count: coalition.members.filter((m) => m.status === 'MEMBER').length,
                  })}
                </p>
                <p>{coalition.objective}</p>
                {coalition.reviewStatus !== 'VALIDATED' ? (
                  <Badge tone={reviewTone(coalition.reviewStatus)}>
                    {t(`community.review.${coalition.reviewStatus}`)}
                  </Badge>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
        <LoadMore state={state} onLoadMore={() => void loadMore()} />
      </section>
      {mine.state.status === 'ready' ? (
        <CoalitionForm
          vocabulary={vocabulary}
          organisations={mine.state.data}
          onSaved={(coalition) =>
            navigate(paths.coalition(tenant.slug, coalition.id), { state: { proposed: true } })
          }
        />
      ) : (
        <LoadState state={mine.state} onRetry={mine.reload} />
      )}
    </Page>
  );
}
