import { useState, type FormEvent } from 'react';
import { SaveAssessmentAnswersDocument, SubmitSelfAssessmentDocument } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import type { Assessment, Version } from './assessment-page';
import type { Domain } from './tree';

interface Draft {
  level: number | null;
  notConcerned: boolean;
  comment: string;
  evidence: string;
}

const NOT_CONCERNED = 'not-concerned';

/** Every applicable criterion, domain by domain: a level of the scale or « non concerné », a comment, links. */
export function AnswerForm(props: {
  assessment: Assessment;
  version: Version;
  domains: Domain[];
  onSubmitted: () => void;
}) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      props.assessment.answers.map((a) => [
        a.criterionCode,
        {
          level: a.level ?? null,
          notConcerned: a.notConcerned,
          comment: a.comment ?? '',
          evidence: a.evidenceLinks.join('\n'),
        },
      ]),
    ),
  );
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit([]);
  const criteria = props.domains.flatMap((d) => d.criteria);
  const answered = criteria.filter(
    (c) => drafts[c.code]?.level != null || drafts[c.code]?.notConcerned,
  ).length;

  const draftOf = (code: string): Draft =>
    drafts[code] ?? { level: null, notConcerned: false, comment: '', evidence: '' };
  const change = (code: string, patch: Partial<Draft>) =>
    setDrafts((current) => ({ ...current, [code]: { ...draftOf(code), ...patch } }));

  const answers = () =>
    Object.entries(drafts)
      .filter(([, d]) => d.level !== null || d.notConcerned || d.comment.trim() || d.evidence.trim())
      .map(([criterionCode, d]) => ({
        criterionCode,
        level: d.notConcerned ? null : d.level,
        notConcerned: d.notConcerned,
        comment: d.comment.trim() || null,
        evidenceLinks: d.evidence
          .split(/\s+/)
          .map((link) => link.trim())
          .filter(Boolean),
      }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    if (await run(() => saveAll())) setNews(t('assessment.answer.saved', { count: answered }));
  }

  async function saveAll() {
    await request(SaveAssessmentAnswersDocument, {
      input: { assessmentId: props.assessment.id, answers: answers() },
    });
  }

  async function submit() {
    setNews(undefined);
    const done = await run(async () => {
      await saveAll();
      await request(SubmitSelfAssessmentDocument, { id: props.assessment.id });
    });
    if (done) props.onSubmitted();
  }

  return (
    <form
      className="form assessment-form"
      aria-label={t('assessment.answer.title')}
      onSubmit={(e) => void save(e)}
      noValidate
    >
      <FormAlert errors={errors} />
      <p role="status">{t('assessment.answer.progress', { answered, total: criteria.length })}</p>
      {props.domains.map((domain) => (
        <section key={domain.node.code} aria-labelledby={`domain-${domain.node.code}`}>
          <h2 id={`domain-${domain.node.code}`}>
            {domain.node.code}. {domain.node.title}
          </h2>
          {domain.criteria.map((criterion) => {
            const draft = draftOf(criterion.code);
            const name = `criterion-${criterion.code}`;
            const descriptions = new Map(criterion.levels.map((l) => [l.level, l.description]));
            return (
              <fieldset key={criterion.code} className="criterion">
                <legend>
                  {criterion.code} {criterion.title}
                </legend>
                {criterion.guidance ? <p className="field__hint">{criterion.guidance}</p> : null}
                <div className="criterion__levels">
                  {props.version.scale.map((level) => (
                    <label key={level.level} className="criterion__level">
                      <input
                        type="radio"
                        name={name}
                        value={level.level}
                        checked={!draft.notConcerned && draft.level === level.level}
                        onChange={() => change(criterion.code, { level: level.level, notConcerned: false })}
                      />
                      <span>
                        <strong>
                          {level.level} — {level.label}
                        </strong>
                        {descriptions.get(level.level) ? ` : ${descriptions.get(level.level)}` : ''}
                      </span>
                    </label>
                  ))}
                  <label className="criterion__level">
                    <input
                      type="radio"
                      name={name}
                      value={NOT_CONCERNED}
                      checked={draft.notConcerned}
                      onChange={() => change(criterion.code, { level: null, notConcerned: true })}
                    />
                    <span>{t('assessment.answer.notConcerned')}</span>
                  </label>
                </div>
                <div className="field">
                  <label htmlFor={`${name}-comment`}>
                    {t('assessment.answer.comment', { code: criterion.code })}
                  </label>
                  <textarea
                    id={`${name}-comment`}
                    rows={2}
                    value={draft.comment}
                    onChange={(e) => change(criterion.code, { comment: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${name}-evidence`}>
                    {t('assessment.answer.evidence', { code: criterion.code })}
                  </label>
                  <textarea
                    id={`${name}-evidence`}
                    rows={1}
                    value={draft.evidence}
                    onChange={(e) => change(criterion.code, { evidence: e.target.value })}
                  />
                </div>
              </fieldset>
            );
          })}
        </section>
      ))}
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t('assessment.answer.save')}
        </button>
        <button type="button" className="button" disabled={pending} onClick={() => void submit()}>
          {t('assessment.answer.submit')}
        </button>
      </div>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
