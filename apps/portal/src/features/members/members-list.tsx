import { useState } from 'react';
import {
  ChangeMemberRoleDocument,
  MembersDocument,
  RemoveMemberDocument,
  type MemberFieldsFragment,
  type TenantRole,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, StatusMessage } from '../../ui/alerts';
import { SelectField } from '../../ui/fields';
import { Progress } from '../../ui/progress';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';
import { mainRole, TENANT_ROLES } from './roles';

const PAGE_SIZE = 20;

export function MembersList(props: { manage: boolean; selfId: string }) {
  const { t, formatNumber } = useI18n();
  const [news, setNews] = useState<string>();
  const { state, loadMore, update, reload } = usePagedList<MemberFieldsFragment>(
    'members',
    async (after, signal) => {
      const data = await request(MembersDocument, { first: PAGE_SIZE, after }, signal);
      return {
        items: data.members.edges.map((edge) => edge.node),
        totalCount: data.members.totalCount,
        hasNextPage: data.members.pageInfo.hasNextPage,
        endCursor: data.members.pageInfo.endCursor,
      };
    },
  );

  return (
    <section aria-labelledby="members-heading" className="members">
      <h2 id="members-heading">
        {t('members.listTitle')}
        {state.status === 'ready' || state.status === 'loadingMore' ? (
          <span className="count"> ({formatNumber(state.totalCount)})</span>
        ) : null}
      </h2>
      <StatusMessage>{news}</StatusMessage>
      {state.status === 'loading' ? <Progress label={t('members.loading')} /> : null}
      {state.status === 'failed' ? (
        <div role="alert" className="alert alert--error">
          <p>{toFormErrors(state.error, [], (kind) => t(`errors.${kind}`)).form}</p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {state.status !== 'loading' && state.status !== 'failed' && state.items.length === 0 ? (
        <EmptyState title={t('members.empty')}>
          <p>{t(props.manage ? 'members.emptyNextAdmin' : 'members.emptyNextReader')}</p>
        </EmptyState>
      ) : null}
      {state.items.length ? (
        <ul className="card-list">
          {state.items.map((member) => (
            <MemberCard
              key={member.id}
              member={member}
              manage={props.manage && member.user.id !== props.selfId}
              onChanged={(changed) => {
                update((items) => items.map((item) => (item.id === changed.id ? changed : item)));
                setNews(
                  t('members.roleChanged', {
                    name: changed.user.displayName,
                    role: t(`roles.${mainRole(changed.roles)}`),
                  }),
                );
              }}
              onRemoved={() => {
                update((items) => items.filter((item) => item.id !== member.id), -1);
                setNews(t('members.removed', { name: member.user.displayName }));
              }}
            />
          ))}
        </ul>
      ) : null}
      {state.status === 'ready' && state.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </button>
      ) : null}
      {state.status === 'loadingMore' ? <Progress label={t('members.loading')} /> : null}
    </section>
  );
}

function MemberCard(props: {
  member: MemberFieldsFragment;
  manage: boolean;
  onChanged: (member: MemberFieldsFragment) => void;
  onRemoved: () => void;
}) {
  const { member } = props;
  const { t, formatDate } = useI18n();
  const [role, setRole] = useState<TenantRole>(mainRole(member.roles));
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function act(action: () => Promise<void>) {
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(toFormErrors(failure, [], (kind) => t(`errors.${kind}`)).form);
    } finally {
      setPending(false);
    }
  }

  return (
    <li className="card">
      <p className="card__title">{member.user.displayName}</p>
      <p className="card__meta break">{member.user.email}</p>
      <p className="card__meta">
        {member.roles.map((value) => t(`roles.${value}`)).join(', ')} ·{' '}
        {t('members.joinedAt', { date: formatDate(member.joinedAt) })}
      </p>
      {props.manage ? (
        <div className="card__actions">
          <form
            className="form form--inline"
            aria-label={t('members.roleFormLabel', { name: member.user.displayName })}
            onSubmit={(event) => {
              event.preventDefault();
              void act(async () => {
                const data = await request(ChangeMemberRoleDocument, { memberId: member.id, role });
                props.onChanged(data.changeMemberRole);
              });
            }}
          >
            <SelectField
              name="role"
              label={t('members.roleField', { name: member.user.displayName })}
              value={role}
              onChange={(event) => setRole(event.target.value as TenantRole)}
              options={TENANT_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            />
            <button
              type="submit"
              className="button button--secondary"
              disabled={pending || role === mainRole(member.roles)}
            >
              {t('members.changeRole')}
            </button>
          </form>
          {confirming ? (
            <p className="confirm">
              <span>{t('members.confirmRemove', { name: member.user.displayName })}</span>{' '}
              <button
                type="button"
                className="button button--danger"
                disabled={pending}
                onClick={() =>
                  void act(async () => {
                    await request(RemoveMemberDocument, { memberId: member.id });
                    props.onRemoved();
                  })
                }
              >
                {t('members.confirmRemoveYes')}
              </button>{' '}
              <button type="button" className="button button--link" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </p>
          ) : (
            <button type="button" className="button button--link" onClick={() => setConfirming(true)}>
              {t('members.remove')}
              <span className="visually-hidden"> {member.user.displayName}</span>
            </button>
          )}
          {error ? (
            <p role="alert" className="field__error">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
