import { useCallback, useState } from 'react';
import {
  ApproveJoinRequestDocument,
  PendingJoinRequestsDocument,
  RefuseJoinRequestDocument,
  type JoinRequestFieldsFragment,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { StatusMessage } from '../../ui/alerts';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';
import { LoadMore, PagedListStatus, useErrorText, useFormatDate } from './community-ui';

/**
 * Every pending request to represent an organisation of the territory, for the animation team, who decide
 * where no representative answers (or where the organisation has none yet).
 */
export function TerritoryJoinRequests(props: { slug: string }) {
  const { t } = useI18n();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const [news, setNews] = useState<string>();
  const fetchPage = useCallback(async (after: string | null, signal: AbortSignal) => {
    const data = (await request(PendingJoinRequestsDocument, { after }, signal)).pendingJoinRequests;
    return {
      items: data.edges.map((edge) => edge.node),
      totalCount: data.totalCount,
      hasNextPage: data.pageInfo.hasNextPage,
      endCursor: data.pageInfo.endCursor ?? null,
    };
  }, []);
  const { state, loadMore, update, reload } = usePagedList(`${props.slug}:pending-join-requests`, fetchPage);

  async function decide(joinRequest: JoinRequestFieldsFragment, approve: boolean) {
    setNews(undefined);
    try {
      if (approve) await request(ApproveJoinRequestDocument, { id: joinRequest.id });
      else await request(RefuseJoinRequestDocument, { id: joinRequest.id });
      update((items) => items.filter((r) => r.id !== joinRequest.id), -1);
      setNews(t(approve ? 'community.joinRequests.approved' : 'community.joinRequests.refused'));
    } catch (error) {
      setNews(errorText(error));
    }
  }

  const count = 'totalCount' in state ? state.totalCount : state.items.length;
  return (
    <section aria-labelledby="territory-join-requests-heading">
      <h2 id="territory-join-requests-heading">{t('community.territoryJoinRequests.title', { count })}</h2>
      <p>{t('community.territoryJoinRequests.lead')}</p>
      <StatusMessage>{news}</StatusMessage>
      <PagedListStatus
        state={state}
        onRetry={reload}
        empty={<p>{t('community.territoryJoinRequests.empty')}</p>}
      />
      <ul>
        {state.items.map((joinRequest) => (
          <li key={joinRequest.id}>
            {t('community.territoryJoinRequests.item', {
              organisation: joinRequest.organisation.name,
              date: formatDate(joinRequest.createdAt),
            })}
            {joinRequest.message ? ` « ${joinRequest.message} »` : ''}{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => void decide(joinRequest, true)}
            >
              {t('community.joinRequests.approve')}
            </button>{' '}
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => void decide(joinRequest, false)}
            >
              {t('community.joinRequests.refuse')}
            </button>
          </li>
        ))}
      </ul>
      <LoadMore state={state} onLoadMore={() => void loadMore()} />
    </section>
  );
}
