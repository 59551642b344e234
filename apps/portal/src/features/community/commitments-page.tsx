import { useCallback, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  CommitmentsDocument,
  CreateCommitmentDocument,
  MyOrganisationsDocument,
  type CommitmentStatus,
  type OrganisationFieldsFragment,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState, FormAlert } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { useFormSubmit } from '../../ui/use-form-submit';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';
import { useTenant } from '../tenants/tenant-context';
import { Badge, LoadMore, PagedListStatus, useFormatDate } from './community-ui';
import { useLoad } from './use-load';

export const COMMITMENT_STATUSES: CommitmentStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'VALIDATED',
  'PUBLISHED',
];

export function commitmentTone(status: CommitmentStatus): string {
  if (status === 'PUBLISHED' || status === 'VALIDATED') return 'active';
  if (status === 'RETURNED') return 'revoked';
  return 'pending';
}

/** `/{slug}/espace/engagements`: commitments of coalitions and organisations, by status; start one. */
export default function CommitmentsPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const formatDate = useFormatDate();
  const [status, setStatus] = useState('');
  const fetchPage = useCallback(
    async (after: string | null, signal: AbortSignal) => {
      const data = await request(
        CommitmentsDocument,
        { status: status ? (status as CommitmentStatus) : null, first: 25, after },
        signal,
      );
      return {
        items: data.commitments.edges.map((edge) => edge.node),
        totalCount: data.commitments.totalCount,
        hasNextPage: data.commitments.pageInfo.hasNextPage,
        endCursor: data.commitments.pageInfo.endCursor ?? null,
      };
    },
    [status],
  );
  const { state, loadMore, reload } = usePagedList(`${tenant.slug}:${status}`, fetchPage);
  const mine = useLoad(
    tenant.slug,
    useCallback(
      async (signal: AbortSignal) => (await request(MyOrganisationsDocument, {}, signal)).myOrganisations,
      [],
    ),
  );
  const count = 'totalCount' in state ? state.totalCount : state.items.length;

  return (
    <Page title={t('community.commitments.title')} lead={t('community.commitments.lead')}>
      <form className="form form--filters" role="search" aria-label={t('community.commitments.filters')}>
        <SelectField
          name="status"
          label={t('community.commitment.status')}
          options={[
            { value: '', label: t('community.all') },
            ...COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`community.commitmentStatus.${s}`) })),
          ]}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        />
      </form>
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">
          {state.status === 'loading'
            ? t('community.commitments.title')
            : t('community.commitments.count', { count })}
        </h2>
        <PagedListStatus
          state={state}
          onRetry={reload}
          empty={
            <EmptyState title={t('community.commitments.empty')}>
              <p>{t('community.commitments.emptyNext')}</p>
            </EmptyState>
          }
        />
        {state.items.length ? (
          <div className="table-scroll">
            <table className="table" aria-labelledby="commitments-heading">
              <thead>
                <tr>
                  <th scope="col">{t('community.commitment.title')}</th>
                  <th scope="col">{t('community.commitment.author')}</th>
                  <th scope="col">{t('community.commitment.status')}</th>
                  <th scope="col">{t('community.commitment.revision')}</th>
                  <th scope="col">{t('community.commitment.publishedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {state.items.map((commitment) => (
                  <tr key={commitment.id}>
                    <th scope="row">
                      <Link to={paths.commitment(tenant.slug, commitment.id)}>
                        {commitment.current.title}
                      </Link>
                    </th>
                    <td>{commitment.authorName}</td>
                    <td>
                      <Badge tone={commitmentTone(commitment.status)}>
                        {t(`community.commitmentStatus.${commitment.status}`)}
                      </Badge>
                    </td>
                    <td>{commitment.currentRevision}</td>
                    <td>{formatDate(commitment.publishedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <LoadMore state={state} onLoadMore={() => void loadMore()} />
      </section>
      <p className="muted">{t('community.commitments.byCoalition')}</p>
      {mine.state.status === 'ready' && mine.state.data.length ? (
        <NewOrganisationCommitment organisations={mine.state.data} />
      ) : null}
    </Page>
  );
}

function NewOrganisationCommitment(props: { organisations: OrganisationFieldsFragment[] }) {
  const { t } = useI18n();
  const tenant = useTenant();
  const navigate = useNavigate();
  const [form, setForm] = useState({ organisationId: props.organisations[0]?.id ?? '', title: '' });
  const { run, pending, errors } = useFormSubmit(['organisationId', 'title']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let id: string | undefined;
    const done = await run(async () => {
      id = (
        await request(CreateCommitmentDocument, {
          input: { organisationId: form.organisationId, title: form.title.trim() },
        })
      ).createCommitment.id;
    });
    if (done && id) navigate(paths.commitment(tenant.slug, id), { state: { created: true } });
  }

  return (
    <form
      className="form"
      aria-label={t('community.commitments.newForOrganisation')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2>{t('community.commitments.newForOrganisation')}</h2>
      <FormAlert errors={errors} />
      <SelectField
        name="organisationId"
        label={t('community.commitment.organisation')}
        required
        options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={form.organisationId}
        error={errors.fields.organisationId}
        onChange={(e) => setForm({ ...form, organisationId: e.target.value })}
      />
      <TextField
        name="title"
        label={t('community.commitment.title')}
        required
        value={form.title}
        error={errors.fields.title}
        onChange={(e) => setForm({ ...form, title: e.target.value })}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('community.commitments.create')}
      </button>
    </form>
  );
}
