import { useCallback, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import {
  AcceptCoalitionInvitationDocument,
  ApproveCoalitionRequestDocument,
  CoalitionDocument,
  CreateCommitmentDocument,
  InviteOrganisationToCoalitionDocument,
  LeaveCoalitionDocument,
  MembersDocument,
  MoveCoalitionStageDocument,
  MyOrganisationsDocument,
  NameCoalitionFacilitatorDocument,
  OrganisationsDocument,
  RemoveCoalitionFacilitatorDocument,
  RequestToJoinCoalitionDocument,
  ReturnCoalitionDocument,
  SetCoalitionFunctioningDocument,
  ValidateCoalitionDocument,
  type CoalitionFieldsFragment,
  type CoalitionStage,
  type Facilitation,
  type MemberFieldsFragment,
  type OrganisationFieldsFragment,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { PageLoading } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { isAnimation } from './access';
import { CoalitionForm, perimeterTerms } from './coalition-form';
import { reviewTone, STAGES } from './coalitions-page';
import { Badge, LoadState, ReturnWithCommentForm, useErrorText, useFormatDate } from './community-ui';
import { commitmentTone } from './commitments-page';
import { useLoad } from './use-load';
import { labelOf, useVocabulary } from './vocabulary';

interface Context {
  coalition: CoalitionFieldsFragment;
  mine: OrganisationFieldsFragment[];
}

/** `/{slug}/espace/coalitions/:id`: a coalition, its review, stages, functioning, members, commitments and actions. */
export default function CoalitionPage() {
  const { id = '' } = useParams();
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  const location = useLocation();
  const vocabulary = useVocabulary();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const [news, setNews] = useState<string | undefined>(
    (location.state as { proposed?: boolean } | null)?.proposed
      ? t('community.coalition.proposed')
      : undefined,
  );
  const fetch = useCallback(
    async (signal: AbortSignal): Promise<Context> => {
      const [coalition, mine] = await Promise.all([
        request(CoalitionDocument, { id }, signal),
        request(MyOrganisationsDocument, {}, signal),
      ]);
      return { coalition: coalition.coalition, mine: mine.myOrganisations };
    },
    [id],
  );
  const { state, set, reload } = useLoad(id, fetch);
  if (!viewer) return null;
  if (state.status !== 'ready') {
    return state.status === 'loading' ? (
      <PageLoading />
    ) : (
      <Page title={t('community.coalition.notFound')}>
        <LoadState state={state} onRetry={reload} />
      </Page>
    );
  }
  const { coalition, mine } = state.data;
  const animation = isAnimation(viewer);
  const facilitate = coalition.viewerCanFacilitate;
  const validated = coalition.reviewStatus === 'VALIDATED';
  const actsFor =
    facilitate || coalition.members.some((m) => m.status === 'MEMBER' && m.organisation.representedByMe);
  const update = (next: CoalitionFieldsFragment) => set({ coalition: next, mine });

  async function act(action: () => Promise<CoalitionFieldsFragment>, done: string) {
    setNews(undefined);
    try {
      update(await action());
      setNews(done);
    } catch (error) {
      setNews(errorText(error));
    }
  }

  return (
    <Page title={coalition.name} lead={coalition.objective}>
      <p>
        <Link to={paths.coalitions(tenant.slug)}>{t('community.coalitions.back')}</Link>
      </p>
      <StatusMessage>{news}</StatusMessage>
      <dl className="facts">
        <dt>{t(`community.perimeter.${coalition.perimeterKind}`)}</dt>
        <dd>{labelOf(perimeterTerms(vocabulary, coalition.perimeterKind), coalition.perimeterCode)}</dd>
        <dt>{t('community.coalition.stage')}</dt>
        <dd>{t(`community.stage.${coalition.stage}`)}</dd>
        <dt>{t('community.coalition.review')}</dt>
        <dd>
          <Badge tone={reviewTone(coalition.reviewStatus)}>
            {t(`community.review.${coalition.reviewStatus}`)}
          </Badge>
        </dd>
        {coalition.reviewComment ? (
          <>
            <dt>{t('community.coalition.reviewComment')}</dt>
            <dd>{coalition.reviewComment}</dd>
          </>
        ) : null}
      </dl>

      {animation && coalition.reviewStatus === 'PROPOSED' ? (
        <ReviewCoalition
          coalition={coalition}
          onValidate={() =>
            void act(
              async () => (await request(ValidateCoalitionDocument, { id: coalition.id })).validateCoalition,
              t('community.coalition.validated'),
            )
          }
          onReturned={(next) => {
            update(next);
            setNews(t('community.coalition.returned'));
          }}
        />
      ) : null}

      {coalition.reviewStatus === 'RETURNED' && coalition.proposedBy === viewer.user.id ? (
        <CoalitionForm
          vocabulary={vocabulary}
          organisations={mine}
          coalition={coalition}
          onSaved={(next) => {
            update(next);
            setNews(t('community.coalition.proposedAgain'));
          }}
        />
      ) : null}

      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading">{t('community.coalition.stages')}</h2>
        <ol className="stages">
          {coalition.stages.map((reached) => (
            <li key={`${reached.stage}-${reached.reachedOn}`}>
              {t(`community.stage.${reached.stage}`)} — {formatDate(reached.reachedOn)}
            </li>
          ))}
        </ol>
        {validated && (facilitate || animation) && coalition.stage !== 'CLOSED' ? (
          <StageMove
            coalition={coalition}
            onMoved={(next) => {
              update(next);
              setNews(t('community.coalition.moved', { stage: t(`community.stage.${next.stage}`) }));
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="functioning-heading">
        <h2 id="functioning-heading">{t('community.coalition.functioning')}</h2>
        {facilitate ? (
          <FunctioningForm
            coalition={coalition}
            onSaved={(next) => {
              update(next);
              setNews(t('community.coalition.functioningSaved'));
            }}
          />
        ) : (
          <dl className="facts">
            <dt>{t('community.coalition.facilitation')}</dt>
            <dd>{coalition.facilitation ? t(`community.facilitation.${coalition.facilitation}`) : '—'}</dd>
            <dt>{t('community.coalition.meetingFrequency')}</dt>
            <dd>{coalition.meetingFrequency ?? '—'}</dd>
            <dt>{t('community.coalition.tools')}</dt>
            <dd>{coalition.tools ?? '—'}</dd>
            <dt>{t('community.coalition.liaison')}</dt>
            <dd>{coalition.liaison ?? '—'}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('community.coalition.membersTitle')}</h2>
        <div className="table-scroll">
          <table className="table" aria-labelledby="members-heading">
            <thead>
              <tr>
                <th scope="col">{t('community.organisation.name')}</th>
                <th scope="col">{t('community.coalition.memberStatus')}</th>
                <th scope="col">{t('community.coalition.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('community.coalition.memberActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {coalition.members.map((member) => {
                const ids = { coalitionId: coalition.id, organisationId: member.organisationId };
                const name = member.organisation.name;
                return (
                  <tr key={member.organisationId}>
                    <th scope="row">{name}</th>
                    <td>{t(`community.memberStatus.${member.status}`)}</td>
                    <td>{formatDate(member.createdAt)}</td>
                    <td>
                      {member.status === 'REQUESTED' && (facilitate || animation) ? (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() =>
                            void act(
                              async () =>
                                (await request(ApproveCoalitionRequestDocument, ids)).approveCoalitionRequest,
                              t('community.coalition.approved', { name }),
                            )
                          }
                        >
                          {t('community.coalition.approve', { name })}
                        </button>
                      ) : null}
                      {member.status === 'INVITED' && member.organisation.representedByMe ? (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() =>
                            void act(
                              async () =>
                                (await request(AcceptCoalitionInvitationDocument, ids))
                                  .acceptCoalitionInvitation,
                              t('community.coalition.accepted', { name }),
                            )
                          }
                        >
                          {t('community.coalition.accept', { name })}
                        </button>
                      ) : null}
                      {member.status === 'MEMBER' && member.organisation.representedByMe ? (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() =>
                            void act(
                              async () => (await request(LeaveCoalitionDocument, ids)).leaveCoalition,
                              t('community.coalition.left', { name }),
                            )
                          }
                        >
                          {t('community.coalition.leave', { name })}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {validated ? (
          <JoinForm
            coalition={coalition}
            mine={mine}
            onJoined={(next, name) => {
              update(next);
              setNews(t('community.coalition.requested', { name }));
            }}
          />
        ) : null}
        {validated && (facilitate || animation) ? (
          <InviteForm
            coalition={coalition}
            onInvited={(next, name) => {
              update(next);
              setNews(t('community.coalition.invited', { name }));
            }}
          />
        ) : null}
      </section>

      <Facilitators
        coalition={coalition}
        animation={animation}
        onChanged={(next, message) => {
          update(next);
          setNews(message);
        }}
      />

      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{t('community.coalition.commitments')}</h2>
        {coalition.commitments.length ? (
          <ul>
            {coalition.commitments.map((commitment) => (
              <li key={commitment.id}>
                <Link to={paths.commitment(tenant.slug, commitment.id)}>{commitment.current.title}</Link>{' '}
                <Badge tone={commitmentTone(commitment.status)}>
                  {t(`community.commitmentStatus.${commitment.status}`)}
                </Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('community.coalition.noCommitment')}</p>
        )}
        {validated && actsFor ? <NewCommitmentForm coalition={coalition} /> : null}
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('community.coalition.actions')}</h2>
        {coalition.actions.length ? (
          <ul>
            {coalition.actions.map((action) => (
              <li key={action.id}>
                <Link to={paths.action(tenant.slug, action.id)}>{action.title}</Link>{' '}
                <Badge>{t(`community.actionStatus.${action.status}`)}</Badge>
                {action.categoryCode ? ` · ${labelOf(vocabulary.themes, action.categoryCode)}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('community.coalition.noAction')}</p>
        )}
      </section>
    </Page>
  );
}

function ReviewCoalition(props: {
  coalition: CoalitionFieldsFragment;
  onValidate: () => void;
  onReturned: (coalition: CoalitionFieldsFragment) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="review-heading" className="card">
      <h2 id="review-heading">{t('community.coalition.reviewTitle')}</h2>
      <p>{t('community.coalition.reviewLead')}</p>
      <button type="button" className="button" onClick={props.onValidate}>
        {t('community.coalition.validate')}
      </button>
      <ReturnWithCommentForm
        label={t('community.coalition.return')}
        commentLabel={t('community.coalition.returnComment')}
        send={async (comment) =>
          (await request(ReturnCoalitionDocument, { id: props.coalition.id, comment })).returnCoalition
        }
        onReturned={props.onReturned}
      />
    </section>
  );
}

function StageMove(props: {
  coalition: CoalitionFieldsFragment;
  onMoved: (c: CoalitionFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const next = STAGES[STAGES.indexOf(props.coalition.stage) + 1] ?? 'CLOSED';
  const [stage, setStage] = useState<CoalitionStage>(next);
  const { run, pending, errors } = useFormSubmit(['stage']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let moved: CoalitionFieldsFragment | undefined;
    const done = await run(async () => {
      moved = (await request(MoveCoalitionStageDocument, { id: props.coalition.id, stage }))
        .moveCoalitionStage;
    });
    if (done && moved) props.onMoved(moved);
  }

  return (
    <form
      className="form form--inline"
      aria-label={t('community.coalition.moveTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <FormAlert errors={errors} />
      <SelectField
        name="stage"
        label={t('community.coalition.nextStage')}
        options={STAGES.filter((s) => s !== props.coalition.stage).map((s) => ({
          value: s,
          label: t(`community.stage.${s}`),
        }))}
        value={stage}
        error={errors.fields.stage}
        onChange={(e) => setStage(e.target.value as CoalitionStage)}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('community.coalition.move')}
      </button>
    </form>
  );
}

function FunctioningForm(props: {
  coalition: CoalitionFieldsFragment;
  onSaved: (c: CoalitionFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const c = props.coalition;
  const [form, setForm] = useState({
    facilitation: c.facilitation ?? '',
    meetingFrequency: c.meetingFrequency ?? '',
    tools: c.tools ?? '',
    liaison: c.liaison ?? '',
  });
  const { run, pending, errors } = useFormSubmit(['facilitation', 'meetingFrequency', 'tools', 'liaison']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let saved: CoalitionFieldsFragment | undefined;
    const done = await run(async () => {
      saved = (
        await request(SetCoalitionFunctioningDocument, {
          input: {
            coalitionId: c.id,
            facilitation: form.facilitation ? (form.facilitation as Facilitation) : undefined,
            meetingFrequency: form.meetingFrequency,
            tools: form.tools,
            liaison: form.liaison,
          },
        })
      ).setCoalitionFunctioning;
    });
    if (done && saved) props.onSaved(saved);
  }

  return (
    <form
      className="form"
      aria-label={t('community.coalition.functioning')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <FormAlert errors={errors} />
      <SelectField
        name="facilitation"
        label={t('community.coalition.facilitation')}
        options={[
          { value: '', label: t('community.unknown') },
          { value: 'ROTATING', label: t('community.facilitation.ROTATING') },
          { value: 'FIXED', label: t('community.facilitation.FIXED') },
        ]}
        value={form.facilitation}
        error={errors.fields.facilitation}
        onChange={(e) => setForm({ ...form, facilitation: e.target.value })}
      />
      <TextField
        name="meetingFrequency"
        label={t('community.coalition.meetingFrequency')}
        value={form.meetingFrequency}
        error={errors.fields.meetingFrequency}
        onChange={(e) => setForm({ ...form, meetingFrequency: e.target.value })}
      />
      <TextField
        name="tools"
        label={t('community.coalition.tools')}
        value={form.tools}
        error={errors.fields.tools}
        onChange={(e) => setForm({ ...form, tools: e.target.value })}
      />
      <TextField
        name="liaison"
        label={t('community.coalition.liaison')}
        value={form.liaison}
        error={errors.fields.liaison}
        onChange={(e) => setForm({ ...form, liaison: e.target.value })}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('community.coalition.saveFunctioning')}
      </button>
    </form>
  );
}

function JoinForm(props: {
  coalition: CoalitionFieldsFragment;
  mine: OrganisationFieldsFragment[];
  onJoined: (c: CoalitionFieldsFragment, name: string) => void;
}) {
  const { t } = useI18n();
  const present = new Set(props.coalition.members.map((m) => m.organisationId));
  const candidates = props.mine.filter((o) => !present.has(o.id));
  const [organisationId, setOrganisationId] = useState(candidates[0]?.id ?? '');
  const { run, pending, errors } = useFormSubmit(['organisationId']);
  if (candidates.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    let next: CoalitionFieldsFragment | undefined;
    const done = await run(async () => {
      next = (
        await request(RequestToJoinCoalitionDocument, { coalitionId: props.coalition.id, organisationId })
      ).requestToJoinCoalition;
    });
    const name = candidates.find((o) => o.id === organisationId)?.name ?? '';
    if (done && next) props.onJoined(next, name);
  }

  return (
    <form
      className="form form--inline"
      aria-label={t('community.coalition.joinTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <FormAlert errors={errors} />
      <SelectField
        name="organisationId"
        label={t('community.coalition.joinAs')}
        options={candidates.map((o) => ({ value: o.id, label: o.name }))}
        value={organisationId}
        error={errors.fields.organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('community.coalition.join')}
      </button>
    </form>
  );
}

function InviteForm(props: {
  coalition: CoalitionFieldsFragment;
  onInvited: (c: CoalitionFieldsFragment, name: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [found, setFound] = useState<OrganisationFieldsFragment[]>();
  const [organisationId, setOrganisationId] = useState('');
  const { run, pending, errors } = useFormSubmit(['organisationId']);
  const present = new Set(props.coalition.members.map((m) => m.organisationId));

  async function search(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const data = await request(OrganisationsDocument, { filter: { text: text.trim() || null }, first: 20 });
      const list = data.organisations.edges.map((e) => e.node).filter((o) => !present.has(o.id));
      setFound(list);
      setOrganisationId(list[0]?.id ?? '');
    });
  }

  async function invite() {
    let next: CoalitionFieldsFragment | undefined;
    const done = await run(async () => {
      next = (
        await request(InviteOrganisationToCoalitionDocument, {
          coalitionId: props.coalition.id,
          organisationId,
        })
      ).inviteOrganisationToCoalition;
    });
    const name = found?.find((o) => o.id === organisationId)?.name ?? '';
    if (done && next) {
      setFound(undefined);
      props.onInvited(next, name);
    }
  }

  return (
    <form
      className="form"
      aria-label={t('community.coalition.inviteTitle')}
      onSubmit={(e) => void search(e)}
      noValidate
    >
      <h3>{t('community.coalition.inviteTitle')}</h3>
      <FormAlert errors={errors} />
      <TextField
        name="text"
        label={t('community.coalition.inviteSearch')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {t('community.directory.submit')}
      </button>
      {found ? (
        found.length ? (
          <>
            <SelectField
              name="organisationId"
              label={t('community.coalition.inviteWhich')}
              options={found.map((o) => ({ value: o.id, label: o.name }))}
              value={organisationId}
              error={errors.fields.organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            />
            <button type="button" className="button" disabled={pending} onClick={() => void invite()}>
              {t('community.coalition.invite')}
            </button>
          </>
        ) : (
          <p className="muted">{t('community.directory.empty')}</p>
        )
      ) : null}
    </form>
  );
}

function Facilitators(props: {
  coalition: CoalitionFieldsFragment;
  animation: boolean;
  onChanged: (c: CoalitionFieldsFragment, message: string) => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [userId, setUserId] = useState('');
  const [failure, setFailure] = useState<string>();
  const members = useLoad(
    props.animation ? 'members' : 'none',
    useCallback(
      async (signal: AbortSignal): Promise<MemberFieldsFragment[]> =>
        props.animation
          ? (await request(MembersDocument, { first: 100 }, signal)).members.edges.map((e) => e.node)
          : [],
      [props.animation],
    ),
  );
  const people = members.state.status === 'ready' ? members.state.data : [];
  const nameOf = (id: string) => {
    const person = people.find((m) => m.user.id === id);
    return person ? person.user.displayName || person.user.email : t('community.coalition.facilitator');
  };
  const facilitating = new Set(props.coalition.facilitators.map((f) => f.userId));
  const candidates = people.filter((m) => !facilitating.has(m.user.id));

  async function change(action: () => Promise<CoalitionFieldsFragment>, message: string) {
    setFailure(undefined);
    try {
      props.onChanged(await action(), message);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  return (
    <section aria-labelledby="facilitators-heading">
      <h2 id="facilitators-heading">{t('community.coalition.facilitators')}</h2>
      {failure ? (
        <div role="alert" className="alert alert--error">
          <p>{failure}</p>
        </div>
      ) : null}
      {props.coalition.facilitators.length ? (
        <ul>
          {props.coalition.facilitators.map((f) => (
            <li key={f.userId}>
              {nameOf(f.userId)}{' '}
              {props.animation ? (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() =>
                    void change(
                      async () =>
                        (
                          await request(RemoveCoalitionFacilitatorDocument, {
                            coalitionId: props.coalition.id,
                            userId: f.userId,
                          })
                        ).removeCoalitionFacilitator,
                      t('community.coalition.facilitatorRemoved'),
                    )
                  }
                >
                  {t('community.coalition.removeFacilitator', { name: nameOf(f.userId) })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('community.coalition.noFacilitator')}</p>
      )}
      {props.animation && candidates.length ? (
        <form
          className="form form--inline"
          aria-label={t('community.coalition.nameFacilitator')}
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = userId || (candidates[0]?.user.id ?? '');
            void change(
              async () =>
                (
                  await request(NameCoalitionFacilitatorDocument, {
                    coalitionId: props.coalition.id,
                    userId: chosen,
                  })
                ).nameCoalitionFacilitator,
              t('community.coalition.facilitatorNamed', { name: nameOf(chosen) }),
            );
          }}
        >
          <SelectField
            name="userId"
            label={t('community.coalition.facilitatorWho')}
            options={candidates.map((m) => ({ value: m.user.id, label: m.user.displayName || m.user.email }))}
            value={userId || (candidates[0]?.user.id ?? '')}
            onChange={(e) => setUserId(e.target.value)}
          />
          <button type="submit" className="button button--secondary">
            {t('community.coalition.nameFacilitator')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function NewCommitmentForm(props: { coalition: CoalitionFieldsFragment }) {
  const { t } = useI18n();
  const tenant = useTenant();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const { run, pending, errors } = useFormSubmit(['title', 'coalitionId']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let id: string | undefined;
    const done = await run(async () => {
      id = (
        await request(CreateCommitmentDocument, {
          input: {
            coalitionId: props.coalition.id,
            title: title.trim(),
            objective: props.coalition.objective,
          },
        })
      ).createCommitment.id;
    });
    if (done && id) navigate(paths.commitment(tenant.slug, id), { state: { created: true } });
  }

  return (
    <form
      className="form"
      aria-label={t('community.commitments.newTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t('community.commitments.newTitle')}</h3>
      <FormAlert errors={errors} />
      <TextField
        name="title"
        label={t('community.commitment.title')}
        required
        value={title}
        error={errors.fields.title ?? errors.fields.coalitionId}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('community.commitments.create')}
      </button>
    </form>
  );
}
