import { useCallback, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import {
  CoalitionDocument,
  CommitmentDocument,
  PublishCommitmentDocument,
  ReturnCommitmentDocument,
  SubmitCommitmentDocument,
  UpdateCommitmentDocument,
  ValidateCommitmentDocument,
  type CommitmentFieldsFragment,
  type CommitmentRevisionFieldsFragment,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextAreaField, TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { PageLoading } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { isAnimation } from './access';
import { ActionCard } from './action-details';
import { ActionForm } from './action-form';
import { commitmentTone } from './commitments-page';
import { Badge, CheckboxGroup, LoadState, ReturnWithCommentForm } from './community-ui';
import { useLoad } from './use-load';
import { stakeLabel, useVocabulary, type Vocabulary } from './vocabulary';

const FIELDS = [
  'title',
  'objective',
  'memberOrganisationIds',
  'functioning',
  'firstActions',
  'planStakeCodes',
] as const;

interface Loaded {
  commitment: CommitmentFieldsFragment;
  /** Organisations that may be named as members: the coalition's, or the organisation itself. */
  candidates: { id: string; name: string }[];
}

/** `/{slug}/espace/engagements/:id`: the commitment sheet, its review workflow, revisions and actions. */
export default function CommitmentPage() {
  const { id = '' } = useParams();
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  const location = useLocation();
  const vocabulary = useVocabulary();
  const [news, setNews] = useState<string | undefined>(
    (location.state as { created?: boolean } | null)?.created ? t('community.commitment.created') : undefined,
  );
  const fetch = useCallback(
    async (signal: AbortSignal): Promise<Loaded> => {
      const { commitment } = await request(CommitmentDocument, { id }, signal);
      const named = commitment.current.memberOrganisationIds.map((orgId, i) => ({
        id: orgId,
        name: commitment.current.memberOrganisationNames[i] ?? orgId,
      }));
      let candidates = named;
      if (commitment.coalitionId) {
        const { coalition } = await request(CoalitionDocument, { id: commitment.coalitionId }, signal);
        const members = coalition.members
          .filter((m) => m.status === 'MEMBER')
          .map((m) => ({ id: m.organisationId, name: m.organisation.name }));
        candidates = [...members, ...named.filter((n) => !members.some((m) => m.id === n.id))];
      }
      return { commitment, candidates };
    },
    [id],
  );
  const { state, set, reload } = useLoad(id, fetch);
  const workflow = useFormSubmit(FIELDS);
  if (!viewer) return null;
  if (state.status !== 'ready') {
    return state.status === 'loading' ? (
      <PageLoading />
    ) : (
      <Page title={t('community.commitment.notFound')}>
        <LoadState state={state} onRetry={reload} />
      </Page>
    );
  }
  const { commitment, candidates } = state.data;
  const animation = isAnimation(viewer);
  const update = (next: CommitmentFieldsFragment) => set({ commitment: next, candidates });

  async function step(action: () => Promise<CommitmentFieldsFragment>, done: string) {
    setNews(undefined);
    let next: CommitmentFieldsFragment | undefined;
    const ok = await workflow.run(async () => {
      next = await action();
    });
    if (ok && next) {
      update(next);
      setNews(done);
    }
  }

  const status = commitment.status;
  const id_ = commitment.id;
  return (
    <Page
      title={commitment.current.title}
      lead={t('community.commitment.lead', { author: commitment.authorName ?? '' })}
    >
      <p>
        {commitment.coalitionId ? (
          <Link to={paths.coalition(tenant.slug, commitment.coalitionId)}>
            {t('community.commitment.backToCoalition', { name: commitment.authorName ?? '' })}
          </Link>
        ) : (
          <Link to={paths.commitments(tenant.slug)}>{t('community.commitments.back')}</Link>
        )}
      </p>
      <StatusMessage>{news}</StatusMessage>
      <dl className="facts">
        <dt>{t('community.commitment.status')}</dt>
        <dd>
          <Badge tone={commitmentTone(status)}>{t(`community.commitmentStatus.${status}`)}</Badge>
        </dd>
        <dt>{t('community.commitment.revision')}</dt>
        <dd>
          {commitment.publishedRevision
            ? t('community.commitment.revisionPublished', {
                current: commitment.currentRevision,
                published: commitment.publishedRevision,
              })
            : commitment.currentRevision}
        </dd>
        {commitment.reviewComment ? (
          <>
            <dt>{t('community.commitment.reviewComment')}</dt>
            <dd>{commitment.reviewComment}</dd>
          </>
        ) : null}
      </dl>
      {commitment.publishedRevision ? (
        <p>
          <Link to={paths.publicCommitment(tenant.slug, commitment.id)}>
            {t('community.commitment.seePublic')}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="workflow-heading" className="card">
        <h2 id="workflow-heading">{t('community.commitment.workflow')}</h2>
        <p>{t(`community.commitment.next.${status}`)}</p>
        <div className="actions">
          {status === 'DRAFT' || status === 'RETURNED' ? (
            <button
              type="button"
              className="button"
              disabled={workflow.pending}
              onClick={() =>
                void step(
                  async () => (await request(SubmitCommitmentDocument, { id: id_ })).submitCommitment,
                  t('community.commitment.submitted'),
                )
              }
            >
              {t('community.commitment.submit')}
            </button>
          ) : null}
          {status === 'SUBMITTED' && animation ? (
            <button
              type="button"
              className="button"
              disabled={workflow.pending}
              onClick={() =>
                void step(
                  async () => (await request(ValidateCommitmentDocument, { id: id_ })).validateCommitment,
                  t('community.commitment.validated'),
                )
              }
            >
              {t('community.commitment.validate')}
            </button>
          ) : null}
          {status === 'VALIDATED' ? (
            <button
              type="button"
              className="button"
              disabled={workflow.pending}
              onClick={() =>
                void step(
                  async () => (await request(PublishCommitmentDocument, { id: id_ })).publishCommitment,
                  t('community.commitment.published'),
                )
              }
            >
              {t('community.commitment.publish')}
            </button>
          ) : null}
        </div>
        {status === 'SUBMITTED' && animation ? (
          <ReturnWithCommentForm
            label={t('community.commitment.return')}
            commentLabel={t('community.commitment.returnComment')}
            send={async (comment) =>
              (await request(ReturnCommitmentDocument, { id: id_, comment })).returnCommitment
            }
            onReturned={(next) => {
              update(next);
              setNews(t('community.commitment.returned'));
            }}
          />
        ) : null}
      </section>

      {status === 'SUBMITTED' ? (
        <section aria-labelledby="content-heading">
          <h2 id="content-heading">{t('community.commitment.content')}</h2>
          {workflow.errors.form ? <FormAlert errors={workflow.errors} /> : null}
          <RevisionView revision={commitment.current} vocabulary={vocabulary} />
        </section>
      ) : (
        <CommitmentEditor
          key={`${commitment.currentRevision}-${status}`}
          commitment={commitment}
          candidates={candidates}
          vocabulary={vocabulary}
          workflowErrors={workflow.errors}
          onSaved={(next) => {
            update(next);
            setNews(
              next.currentRevision !== commitment.currentRevision
                ? t('community.commitment.newRevision', { n: next.currentRevision })
                : t('community.commitment.saved'),
            );
          }}
        />
      )}

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">
          {t('community.commitment.actions', { count: commitment.actions.length })}
        </h2>
        {commitment.actions.length ? (
          <ul className="card-list">
            {commitment.actions.map((action) => (
              <li key={action.id}>
                <ActionCard action={action} vocabulary={vocabulary} slug={tenant.slug} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('community.commitment.noAction')}</p>
        )}
        <ActionForm
          target={{ commitmentId: commitment.id }}
          vocabulary={vocabulary}
          onSaved={(action) => {
            update({ ...commitment, actions: [...commitment.actions, action] });
            setNews(t('community.action.added', { title: action.title }));
          }}
        />
      </section>

      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">{t('community.commitment.revisions')}</h2>
        {[...commitment.revisions].reverse().map((revision) => (
          <details key={revision.revision}>
            <summary>
              {t('community.commitment.revisionN', { n: revision.revision })}
              {revision.revision === commitment.publishedRevision
                ? ` — ${t('community.commitment.publishedOne')}`
                : ''}
              {revision.revision === commitment.currentRevision
                ? ` — ${t('community.commitment.currentOne')}`
                : ''}
            </summary>
            <RevisionView revision={revision} vocabulary={vocabulary} />
          </details>
        ))}
      </section>
    </Page>
  );
}

/** Brest's five elements of a revision, read only. */
export function RevisionView(props: { revision: CommitmentRevisionFieldsFragment; vocabulary: Vocabulary }) {
  const { t } = useI18n();
  const r = props.revision;
  const stakes = r.planStakeCodes.map((code) => {
    const stake = props.vocabulary.stakes.find((s) => s.code === code);
    return stake ? stakeLabel(stake) : code;
  });
  return (
    <dl className="facts facts--stacked">
      <dt>{t('community.commitment.objective')}</dt>
      <dd>{r.objective ?? '—'}</dd>
      <dt>{t('community.commitment.members')}</dt>
      <dd>{r.memberOrganisationNames.join(', ') || '—'}</dd>
      <dt>{t('community.commitment.functioning')}</dt>
      <dd>{r.functioning ?? '—'}</dd>
      <dt>{t('community.commitment.firstActions')}</dt>
      <dd>{r.firstActions ?? '—'}</dd>
      <dt>{t('community.commitment.stakes')}</dt>
      <dd>{stakes.join(' ; ') || '—'}</dd>
    </dl>
  );
}

function CommitmentEditor(props: {
  commitment: CommitmentFieldsFragment;
  candidates: { id: string; name: string }[];
  vocabulary: Vocabulary;
  workflowErrors: ReturnType<typeof useFormSubmit>['errors'];
  onSaved: (commitment: CommitmentFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const current = props.commitment.current;
  const [form, setForm] = useState({
    title: current.title,
    objective: current.objective ?? '',
    memberOrganisationIds: current.memberOrganisationIds,
    functioning: current.functioning ?? '',
    firstActions: current.firstActions ?? '',
    planStakeCodes: current.planStakeCodes,
  });
  const { run, pending, errors } = useFormSubmit(FIELDS);
  const shown = errors.form || Object.keys(errors.fields).length ? errors : props.workflowErrors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    let saved: CommitmentFieldsFragment | undefined;
    const done = await run(async () => {
      saved = (
        await request(UpdateCommitmentDocument, {
          input: {
            commitmentId: props.commitment.id,
            title: form.title.trim(),
            objective: form.objective,
            memberOrganisationIds: form.memberOrganisationIds,
            functioning: form.functioning,
            firstActions: form.firstActions,
            planStakeCodes: form.planStakeCodes,
          },
        })
      ).updateCommitment;
    });
    if (done && saved) props.onSaved(saved);
  }

  return (
    <form className="form" aria-labelledby="content-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="content-heading">{t('community.commitment.content')}</h2>
      {props.commitment.status === 'PUBLISHED' ? (
        <p className="field__hint">{t('community.commitment.editingPublished')}</p>
      ) : null}
      <FormAlert errors={shown} />
      <TextField
        name="title"
        label={t('community.commitment.title')}
        required
        value={form.title}
        error={shown.fields.title}
        onChange={(e) => setForm({ ...form, title: e.target.value })}
      />
      <TextAreaField
        name="objective"
        label={t('community.commitment.objective')}
        value={form.objective}
        error={shown.fields.objective}
        onChange={(e) => setForm({ ...form, objective: e.target.value })}
      />
      <CheckboxGroup
        legend={t('community.commitment.members')}
        name="memberOrganisationIds"
        options={props.candidates.map((o) => ({ value: o.id, label: o.name }))}
        empty={t('community.commitment.noMemberCandidate')}
        value={form.memberOrganisationIds}
        error={shown.fields.memberOrganisationIds}
        onChange={(memberOrganisationIds) => setForm({ ...form, memberOrganisationIds })}
      />
      <TextAreaField
        name="functioning"
        label={t('community.commitment.functioning')}
        value={form.functioning}
        error={shown.fields.functioning}
        onChange={(e) => setForm({ ...form, functioning: e.target.value })}
      />
      <TextAreaField
        name="firstActions"
        label={t('community.commitment.firstActions')}
        hint={t('community.commitment.firstActionsHint')}
        value={form.firstActions}
        error={shown.fields.firstActions}
        onChange={(e) => setForm({ ...form, firstActions: e.target.value })}
      />
      <CheckboxGroup
        legend={t('community.commitment.stakes')}
        name="planStakeCodes"
        options={props.vocabulary.stakes.map((stake) => ({
          value: stake.code,
          label: stakeLabel(stake),
          depth: stake.depth,
        }))}
        empty={t('community.noStake')}
        value={form.planStakeCodes}
        error={shown.fields.planStakeCodes}
        onChange={(planStakeCodes) => setForm({ ...form, planStakeCodes })}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('common.saving') : t('community.commitment.save')}
      </button>
    </form>
  );
}
