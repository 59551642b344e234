import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  ApproveJoinRequestDocument,
  MyJoinRequestsDocument,
  MyOrganisationsDocument,
  OrganisationJoinRequestsDocument,
  RefuseJoinRequestDocument,
  RemoveOrganisationRepresentativeDocument,
  type JoinRequestFieldsFragment,
  type OrganisationFieldsFragment,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState, StatusMessage } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { isAnimation } from './access';
import { TerritoryJoinRequests } from './territory-join-requests';
import { Badge, LoadState, useErrorText, useFormatDate } from './community-ui';
import { RegisterOrganisationForm } from './organisation-form';
import { useLoad } from './use-load';
import { labelOf, useVocabulary, type Vocabulary } from './vocabulary';

interface Mine {
  organisations: OrganisationFieldsFragment[];
  requests: JoinRequestFieldsFragment[];
}

/** `/{slug}/espace/annuaire/mes-organisations`: what I represent, who asks to join it, what I asked. */
export default function MyOrganisationsPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const vocabulary = useVocabulary();
  const { viewer } = useSession();
  const [news, setNews] = useState<string>();
  const fetch = useCallback(async (signal: AbortSignal): Promise<Mine> => {
    const [mine, requests] = await Promise.all([
      request(MyOrganisationsDocument, {}, signal),
      request(MyJoinRequestsDocument, {}, signal),
    ]);
    return { organisations: mine.myOrganisations, requests: requests.myJoinRequests };
  }, []);
  const { state, set, reload } = useLoad(tenant.slug, fetch);

  return (
    <Page title={t('community.mine.title')} lead={t('community.mine.lead')}>
      <p>
        <Link to={paths.directory(tenant.slug)}>{t('community.directory.back')}</Link>
      </p>
      <StatusMessage>{news}</StatusMessage>
      {viewer && isAnimation(viewer) ? <TerritoryJoinRequests slug={tenant.slug} /> : null}
      <LoadState state={state} onRetry={reload} />
      {state.status === 'ready' ? (
        <>
          <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">{t('community.mine.represented')}</h2>
            {state.data.organisations.length === 0 ? (
              <EmptyState title={t('community.mine.empty')}>
                <p>{t('community.mine.emptyNext')}</p>
              </EmptyState>
            ) : (
              <ul className="card-list">
                {state.data.organisations.map((organisation) => (
                  <li key={organisation.id}>
                    <OrganisationCard
                      organisation={organisation}
                      vocabulary={vocabulary}
                      onSaved={(saved) => {
                        set({
                          ...state.data,
                          organisations: state.data.organisations.map((o) => (o.id === saved.id ? saved : o)),
                        });
                        setNews(t('community.register.saved', { name: saved.name }));
                      }}
                      onLeft={() => {
                        set({
                          ...state.data,
                          organisations: state.data.organisations.filter((o) => o.id !== organisation.id),
                        });
                        setNews(t('community.mine.left', { name: organisation.name }));
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {state.data.requests.length ? (
            <section aria-labelledby="my-requests-heading">
              <h2 id="my-requests-heading">{t('community.mine.myRequests')}</h2>
              <ul>
                {state.data.requests.map((joinRequest) => (
                  <li key={joinRequest.id}>
                    {joinRequest.organisation.name}{' '}
                    <Badge>{t(`community.joinStatus.${joinRequest.status}`)}</Badge>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <RegisterOrganisationForm
            vocabulary={vocabulary}
            onRegistered={(organisation) => {
              set({ ...state.data, organisations: [...state.data.organisations, organisation] });
              setNews(t('community.register.done', { name: organisation.name }));
            }}
          />
        </>
      ) : null}
    </Page>
  );
}

function OrganisationCard(props: {
  organisation: OrganisationFieldsFragment;
  vocabulary: Vocabulary;
  onSaved: (organisation: OrganisationFieldsFragment) => void;
  onLeft: () => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const { organisation, vocabulary } = props;
  const headingId = `organisation-${organisation.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 className="card__title" id={headingId}>
        {organisation.name}
      </h3>
      <dl className="facts">
        <dt>{t('community.organisation.type')}</dt>
        <dd>{labelOf(vocabulary.types, organisation.typeCode)}</dd>
        {organisation.siret || organisation.siren ? (
          <>
            <dt>{organisation.siret ? 'SIRET' : 'SIREN'}</dt>
            <dd>{organisation.siret ?? organisation.siren}</dd>
          </>
        ) : null}
        {organisation.sectorCodes.length ? (
          <>
            <dt>{t('community.organisation.sectors')}</dt>
            <dd>{organisation.sectorCodes.map((c) => labelOf(vocabulary.sectors, c)).join(', ')}</dd>
          </>
        ) : null}
        <dt>{t('community.organisation.representatives')}</dt>
        <dd>{organisation.representativeCount}</dd>
        <dt>{t('community.organisation.public')}</dt>
        <dd>{organisation.publicProfile ? t('community.yes') : t('community.no')}</dd>
      </dl>
      {editing ? (
        <>
          <RegisterOrganisationForm
            vocabulary={vocabulary}
            organisation={organisation}
            onRegistered={(saved) => {
              setEditing(false);
              props.onSaved(saved);
            }}
          />
          <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => setEditing(true)}
        >
          {t('community.register.edit', { name: organisation.name })}
        </button>
      )}
      <JoinRequests organisationId={organisation.id} />
      <LeaveOrganisation organisation={organisation} onLeft={props.onLeft} />
    </article>
  );
}

/** Stops representing an organisation, in two clicks: the first one says what it means. */
function LeaveOrganisation(props: { organisation: OrganisationFieldsFragment; onLeft: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { viewer } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const { organisation } = props;
  if (!viewer) return null;
  const userId = viewer.user.id;

  async function leave() {
    setError(undefined);
    try {
      await request(RemoveOrganisationRepresentativeDocument, { organisationId: organisation.id, userId });
      props.onLeft();
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <div>
      <StatusMessage>{error}</StatusMessage>
      {confirming ? (
        <>
          <p>{t('community.mine.leaveHint')}</p>
          <button type="button" className="button button--small" onClick={() => void leave()}>
            {t('community.mine.leaveConfirm', { name: organisation.name })}
          </button>{' '}
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setConfirming(false)}
          >
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => setConfirming(true)}
        >
          {t('community.mine.leave', { name: organisation.name })}
        </button>
      )}
    </div>
  );
}

/** Pending requests to represent the organisation, approved or refused by its representatives. */
export function JoinRequests(props: { organisationId: string }) {
  const { t } = useI18n();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const [news, setNews] = useState<string>();
  const fetch = useCallback(
    async (signal: AbortSignal) =>
      (await request(OrganisationJoinRequestsDocument, { organisationId: props.organisationId }, signal))
        .organisationJoinRequests,
    [props.organisationId],
  );
  const { state, set, reload } = useLoad(props.organisationId, fetch);
  if (state.status !== 'ready') return <LoadState state={state} onRetry={reload} />;
  const pending = state.data.filter((r) => r.status === 'PENDING');

  async function decide(joinRequest: JoinRequestFieldsFragment, approve: boolean) {
    if (state.status !== 'ready') return;
    setNews(undefined);
    try {
      const decided = approve
        ? (await request(ApproveJoinRequestDocument, { id: joinRequest.id })).approveJoinRequest
        : (await request(RefuseJoinRequestDocument, { id: joinRequest.id })).refuseJoinRequest;
      set(state.data.map((r) => (r.id === decided.id ? decided : r)));
      setNews(t(approve ? 'community.joinRequests.approved' : 'community.joinRequests.refused'));
    } catch (error) {
      setNews(errorText(error));
    }
  }

  return (
    <div>
      <h4>{t('community.joinRequests.title', { count: pending.length })}</h4>
      <StatusMessage>{news}</StatusMessage>
      {pending.length ? (
        <ul>
          {pending.map((joinRequest) => (
            <li key={joinRequest.id}>
              {t('community.joinRequests.item', { date: formatDate(joinRequest.createdAt) })}
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
      ) : null}
    </div>
  );
}
