import { useState, type FormEvent } from 'react';
import {
  InvitationsDocument,
  InviteMemberDocument,
  RevokeInvitationDocument,
  type InvitationFieldsFragment,
  type InvitationStatus,
  type TenantRole,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { Progress } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';
import { TENANT_ROLES } from './roles';

const STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'];

export function InvitationsPanel() {
  const { t, formatDate, formatNumber } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TenantRole>('MEMBER');
  const [filter, setFilter] = useState<InvitationStatus | ''>('PENDING');
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit(['email', 'role']);
  const { state, loadMore, update, reload } = usePagedList<InvitationFieldsFragment>(
    `invitations:${filter}`,
    async (after, signal) => {
      const data = await request(InvitationsDocument, { first: 20, after, status: filter || null }, signal);
      return {
        items: data.invitations.edges.map((edge) => edge.node),
        totalCount: data.invitations.totalCount,
        hasNextPage: data.invitations.pageInfo.hasNextPage,
        endCursor: data.invitations.pageInfo.endCursor,
      };
    },
  );

  async function invite(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    await run(async () => {
      const data = await request(InviteMemberDocument, { input: { email: email.trim(), role } });
      const invitation = data.inviteMember;
      if (!filter || filter === invitation.status) update((items) => [invitation, ...items], 1);
      setNews(t('invitations.sent', { email: invitation.email }));
      setEmail('');
    });
  }

  async function revoke(invitation: InvitationFieldsFragment) {
    setNews(undefined);
    try {
      const data = await request(RevokeInvitationDocument, { id: invitation.id });
      const revoked = data.revokeInvitation;
      update(
        (items) =>
          filter && filter !== revoked.status
            ? items.filter((item) => item.id !== revoked.id)
            : items.map((item) => (item.id === revoked.id ? revoked : item)),
        filter && filter !== revoked.status ? -1 : 0,
      );
      setNews(t('invitations.revoked', { email: invitation.email }));
    } catch (error) {
      setNews(toFormErrors(error, [], (kind) => t(`errors.${kind}`)).form);
    }
  }

  const ready = state.status === 'ready' || state.status === 'loadingMore';

  return (
    <section aria-labelledby="invitations-heading" className="invitations">
      <h2 id="invitations-heading">{t('invitations.title')}</h2>
      <form
        className="form"
        onSubmit={(event) => void invite(event)}
        noValidate
        aria-labelledby="invite-heading"
      >
        <h3 id="invite-heading">{t('invitations.formTitle')}</h3>
        <FormAlert errors={errors} />
        <TextField
          name="email"
          type="email"
          label={t('invitations.email')}
          autoComplete="off"
          required
          value={email}
          error={errors.fields.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SelectField
          name="role"
          label={t('invitations.role')}
          value={role}
          error={errors.fields.role}
          onChange={(event) => setRole(event.target.value as TenantRole)}
          options={TENANT_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.sending') : t('invitations.submit')}
        </button>
      </form>
      <StatusMessage>{news}</StatusMessage>

      <h3 id="invitation-list-heading">
        {t('invitations.listTitle')}
        {ready ? <span className="count"> ({formatNumber(state.totalCount)})</span> : null}
      </h3>
      <SelectField
        name="status"
        label={t('invitations.filter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value as InvitationStatus | '')}
        options={[
          { value: '', label: t('invitations.status.ALL') },
          ...STATUSES.map((value) => ({ value, label: t(`invitations.status.${value}`) })),
        ]}
      />
      {state.status === 'loading' ? <Progress label={t('invitations.loading')} /> : null}
      {state.status === 'failed' ? (
        <div role="alert" className="alert alert--error">
          <p>{toFormErrors(state.error, [], (kind) => t(`errors.${kind}`)).form}</p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {ready && state.items.length === 0 ? (
        <EmptyState title={t('invitations.empty')}>
          <p>{t('invitations.emptyNext')}</p>
        </EmptyState>
      ) : null}
      {state.items.length ? (
        <ul className="card-list" aria-labelledby="invitation-list-heading">
          {state.items.map((invitation) => (
            <li key={invitation.id} className="card">
              <p className="card__title break">{invitation.email}</p>
              <p className="card__meta">
                {t(`roles.${invitation.role}`)} ·{' '}
                <span className={`badge badge--${invitation.status.toLowerCase()}`}>
                  {t(`invitations.status.${invitation.status}`)}
                </span>
              </p>
              <p className="card__meta">
                {t('invitations.dates', {
                  created: formatDate(invitation.createdAt),
                  expires: formatDate(invitation.expiresAt),
                })}
              </p>
              {invitation.status === 'PENDING' ? (
                <button type="button" className="button button--link" onClick={() => void revoke(invitation)}>
                  {t('invitations.revoke')}
                  <span className="visually-hidden"> {invitation.email}</span>
                </button>
              ) : null}
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
  );
}
