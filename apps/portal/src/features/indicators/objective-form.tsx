import { useState, type FormEvent } from 'react';
import { AddObjectiveDocument, type Direction, type ObjectiveKind } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { optionalDecimal } from './numbers';

const KINDS: ObjectiveKind[] = ['ABSOLUTE', 'RELATIVE', 'RATE', 'DIRECTION'];
const DIRECTIONS: Direction[] = ['DOWN', 'UP', 'MAINTAIN', 'NOT_UP'];
const NUMBERS = ['baseYear', 'targetYear', 'targetValue', 'changePercent', 'ratePercent'] as const;
const FIELDS = [...NUMBERS, 'kind', 'direction', 'source', 'validatedBy', 'label'] as const;

/** Which numbers each kind of objective asks for (the API says what is missing too). */
const ASKED: Record<ObjectiveKind, readonly (typeof NUMBERS)[number][]> = {
  ABSOLUTE: ['targetYear', 'targetValue', 'baseYear'],
  RELATIVE: ['baseYear', 'targetYear', 'changePercent'],
  RATE: ['baseYear', 'targetYear', 'ratePercent'],
  DIRECTION: [],
};

type Numbers = Record<(typeof NUMBERS)[number], string>;
const EMPTY: Numbers = { baseYear: '', targetYear: '', targetValue: '', changePercent: '', ratePercent: '' };

/** Set an objective: an absolute target, a change from a base year, a yearly rate, or a direction only. */
export function ObjectiveForm(props: { code: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ObjectiveKind>('ABSOLUTE');
  const [direction, setDirection] = useState<Direction>('DOWN');
  const [numbers, setNumbers] = useState<Numbers>(EMPTY);
  const [text, setText] = useState({ source: '', validatedBy: '', label: '' });
  const [news, setNews] = useState<string>();
  const { run, pending, errors, setErrors } = useFormSubmit(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const parsed: Partial<Record<(typeof NUMBERS)[number], number | null>> = {};
    for (const name of ASKED[kind]) {
      const value = optionalDecimal(numbers[name]);
      if (value === 'invalid') {
        setErrors({
          fields: { [name]: t('indicators.value.valueInvalid') },
          form: t('indicators.value.fix'),
        });
        return;
      }
      parsed[name] = value;
    }
    const done = await run(async () => {
      await request(AddObjectiveDocument, {
        input: {
          indicatorCode: props.code,
          kind,
          ...parsed,
          direction: kind === 'DIRECTION' ? direction : null,
          source: text.source,
          validatedBy: text.validatedBy.trim() || null,
          label: text.label.trim() || null,
        },
      });
    });
    if (done) {
      setNews(t('indicators.objective.saved'));
      setNumbers(EMPTY);
      setText({ source: '', validatedBy: '', label: '' });
      props.onSaved();
    }
  }

  return (
    <form
      className="form"
      aria-label={t('indicators.objective.formTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2>{t('indicators.objective.formTitle')}</h2>
      <FormAlert errors={errors} />
      <SelectField
        name="kind"
        label={t('indicators.objective.kindLabel')}
        options={KINDS.map((k) => ({ value: k, label: t(`indicators.objective.kind.${k}`) }))}
        value={kind}
        error={errors.fields.kind}
        onChange={(e) => setKind(e.target.value as ObjectiveKind)}
      />
      {kind === 'DIRECTION' ? (
        <SelectField
          name="direction"
          label={t('indicators.objective.directionLabel')}
          options={DIRECTIONS.map((d) => ({ value: d, label: t(`indicators.objective.direction.${d}`) }))}
          value={direction}
          error={errors.fields.direction}
          onChange={(e) => setDirection(e.target.value as Direction)}
        />
      ) : null}
      {ASKED[kind].map((name) => (
        <TextField
          key={name}
          name={name}
          label={t(`indicators.objective.${name}`)}
          inputMode="decimal"
          value={numbers[name]}
          error={errors.fields[name]}
          onChange={(e) => setNumbers({ ...numbers, [name]: e.target.value })}
        />
      ))}
      <TextField
        name="source"
        label={t('indicators.objective.sourceLabel')}
        hint={t('indicators.objective.sourceHint')}
        required
        value={text.source}
        error={errors.fields.source}
        onChange={(e) => setText({ ...text, source: e.target.value })}
      />
      <TextField
        name="validatedBy"
        label={t('indicators.objective.validatedByLabel')}
        value={text.validatedBy}
        error={errors.fields.validatedBy}
        onChange={(e) => setText({ ...text, validatedBy: e.target.value })}
      />
      <TextField
        name="label"
        label={t('indicators.objective.labelLabel')}
        value={text.label}
        error={errors.fields.label}
        onChange={(e) => setText({ ...text, label: e.target.value })}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('indicators.objective.submit')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
