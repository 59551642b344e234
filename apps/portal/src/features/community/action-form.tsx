import { useState, type FormEvent } from 'react';
import {
  AddActionDocument,
  UpdateActionDocument,
  type ActionFieldsFragment,
  type ActionStatus,
  type ImpactInput,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert } from '../../ui/alerts';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { optionalDecimal, parseDecimal } from '../indicators/numbers';
import { CheckboxGroup } from './community-ui';
import { PartnerPicker } from './partner-picker';
import { lines, stakeLabel, type Vocabulary } from './vocabulary';

export const ACTION_STATUSES: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED'];
const IMPACT_FIELDS = ['impacts', 'quantity', 'unit', 'year', 'method', 'indicatorCode'];
const FIELDS = [
  'title',
  'description',
  'categoryCode',
  'status',
  'startsOn',
  'dueOn',
  'budgetEuros',
  'people',
  'barriers',
  'levers',
  'partnerOrganisationIds',
  'planStakeCodes',
  ...IMPACT_FIELDS,
];

interface ImpactRow {
  key: number;
  id?: string;
  quantity: string;
  unit: string;
  year: string;
  method: string;
  indicatorCode: string;
}

let nextKey = 1;
const text = (value: number | null | undefined) => (value == null ? '' : String(value));
const blank = (value: string) => value.trim() || null;

/** Where the action goes: added to a commitment, a coalition or an organisation, or an existing action edited. */
export type ActionTarget =
  | { commitmentId: string }
  | { coalitionId: string }
  | { organisationId: string }
  | { action: ActionFieldsFragment };

/** Adds or edits an action: category, status, dates, means, barriers and levers, partners, stakes, impacts. */
export function ActionForm(props: {
  target: ActionTarget;
  vocabulary: Vocabulary;
  onSaved: (action: ActionFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const existing = 'action' in props.target ? props.target.action : undefined;
  const initial = () => ({
    title: existing?.title ?? '',
    description: existing?.description ?? '',
    categoryCode: existing?.categoryCode ?? '',
    status: existing?.status ?? ('PLANNED' as ActionStatus),
    startsOn: existing?.startsOn ?? '',
    dueOn: existing?.dueOn ?? '',
    budgetEuros: text(existing?.budgetEuros),
    people: text(existing?.people),
    barriers: existing?.barriers.join('\n') ?? '',
    levers: existing?.levers.join('\n') ?? '',
    partnerOrganisationIds: existing?.partnerOrganisationIds ?? [],
    planStakeCodes: existing?.planStakeCodes ?? [],
    impacts: (existing?.impacts ?? []).map((impact): ImpactRow => ({
      key: nextKey++,
      id: impact.id,
      quantity: String(impact.quantity),
      unit: impact.unit,
      year: String(impact.year),
      method: impact.method ?? '',
      indicatorCode: impact.indicatorCode ?? '',
    })),
  });
  const [form, setForm] = useState(initial);
  const { run, pending, errors, setErrors } = useFormSubmit(FIELDS);
  const partnerNames = new Map(
    (existing?.partnerOrganisationIds ?? []).map((id, i) => [
      id,
      existing?.partnerOrganisationNames?.[i] ?? id,
    ]),
  );
  const title = existing ? t('community.action.editTitle') : t('community.action.addTitle');
  const impactError = IMPACT_FIELDS.map((field) => errors.fields[field]).find(Boolean);

  function setImpact(key: number, change: Partial<ImpactRow>) {
    setForm({ ...form, impacts: form.impacts.map((row) => (row.key === key ? { ...row, ...change } : row)) });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const budget = optionalDecimal(form.budgetEuros);
    const people = optionalDecimal(form.people);
    if (budget === 'invalid' || people === 'invalid') {
      const fields: Record<string, string> = {};
      if (budget === 'invalid') fields.budgetEuros = t('community.action.numberInvalid');
      if (people === 'invalid') fields.people = t('community.action.numberInvalid');
      setErrors({ fields, form: t('community.action.fix') });
      return;
    }
    const impacts: ImpactInput[] = [];
    for (const row of form.impacts) {
      const quantity = parseDecimal(row.quantity);
      const year = Number(row.year);
      if (quantity === null || !Number.isInteger(year) || row.year.trim() === '') {
        setErrors({
          fields: { impacts: t('community.action.impactInvalid') },
          form: t('community.action.fix'),
        });
        return;
      }
      impacts.push({
        id: row.id,
        quantity,
        unit: row.unit.trim(),
        year,
        method: blank(row.method),
        indicatorCode: blank(row.indicatorCode),
      });
    }
    const content = {
      title: form.title.trim(),
      description: blank(form.description),
      categoryCode: blank(form.categoryCode),
      status: form.status,
      startsOn: blank(form.startsOn),
      dueOn: blank(form.dueOn),
      budgetEuros: budget,
      people,
      barriers: lines(form.barriers),
      levers: lines(form.levers),
      partnerOrganisationIds: form.partnerOrganisationIds,
      planStakeCodes: form.planStakeCodes,
      impacts,
    };
    let saved: ActionFieldsFragment | undefined;
    const done = await run(async () => {
      saved = existing
        ? (await request(UpdateActionDocument, { input: { actionId: existing.id, ...content } })).updateAction
        : (
            await request(AddActionDocument, {
              input: {
                ...(props.target as Exclude<ActionTarget, { action: ActionFieldsFragment }>),
                ...content,
              },
            })
          ).addAction;
    });
    if (done && saved) {
      if (!existing) setForm(initial());
      props.onSaved(saved);
    }
  }

  return (
    <form className="form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{title}</h3>
      <FormAlert errors={errors} />
      <TextField
        name="title"
        label={t('community.action.title')}
        required
        value={form.title}
        error={errors.fields.title}
        onChange={(e) => setForm({ ...form, title: e.target.value })}
      />
      <TextAreaField
        name="description"
        label={t('community.action.description')}
        value={form.description}
        error={errors.fields.description}
        onChange={(e) => setForm({ ...form, description: e.target.value })}
      />
      <SelectField
        name="categoryCode"
        label={t('community.action.category')}
        options={[
          { value: '', label: t('community.unknown') },
          ...props.vocabulary.themes.map((term) => ({ value: term.code, label: term.label })),
          ...(form.categoryCode && !props.vocabulary.themes.some((term) => term.code === form.categoryCode)
            ? [{ value: form.categoryCode, label: form.categoryCode }]
            : []),
        ]}
        value={form.categoryCode}
        error={errors.fields.categoryCode}
        onChange={(e) => setForm({ ...form, categoryCode: e.target.value })}
      />
      <SelectField
        name="status"
        label={t('community.action.status')}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`community.actionStatus.${s}`) }))}
        value={form.status}
        error={errors.fields.status}
        onChange={(e) => setForm({ ...form, status: e.target.value as ActionStatus })}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t('community.action.startsOn')}
        value={form.startsOn}
        error={errors.fields.startsOn}
        onChange={(e) => setForm({ ...form, startsOn: e.target.value })}
      />
      <TextField
        name="dueOn"
        type="date"
        label={t('community.action.dueOn')}
        value={form.dueOn}
        error={errors.fields.dueOn}
        onChange={(e) => setForm({ ...form, dueOn: e.target.value })}
      />
      <TextField
        name="budgetEuros"
        label={t('community.action.budget')}
        inputMode="decimal"
        value={form.budgetEuros}
        error={errors.fields.budgetEuros}
        onChange={(e) => setForm({ ...form, budgetEuros: e.target.value })}
      />
      <TextField
        name="people"
        label={t('community.action.people')}
        inputMode="decimal"
        value={form.people}
        error={errors.fields.people}
        onChange={(e) => setForm({ ...form, people: e.target.value })}
      />
      <TextAreaField
        name="barriers"
        label={t('community.action.barriers')}
        hint={t('community.action.onePerLine')}
        value={form.barriers}
        error={errors.fields.barriers}
        onChange={(e) => setForm({ ...form, barriers: e.target.value })}
      />
      <TextAreaField
        name="levers"
        label={t('community.action.levers')}
        hint={t('community.action.onePerLine')}
        value={form.levers}
        error={errors.fields.levers}
        onChange={(e) => setForm({ ...form, levers: e.target.value })}
      />
      <PartnerPicker
        value={form.partnerOrganisationIds}
        names={partnerNames}
        error={errors.fields.partnerOrganisationIds}
        onChange={(partnerOrganisationIds) => setForm({ ...form, partnerOrganisationIds })}
      />
      <CheckboxGroup
        legend={t('community.action.stakes')}
        name="planStakeCodes"
        options={props.vocabulary.stakes.map((stake) => ({
          value: stake.code,
          label: stakeLabel(stake),
          depth: stake.depth,
        }))}
        empty={t('community.noStake')}
        value={form.planStakeCodes}
        error={errors.fields.planStakeCodes}
        onChange={(planStakeCodes) => setForm({ ...form, planStakeCodes })}
      />
      <fieldset className={impactError ? 'field field--invalid' : 'field'}>
        <legend>{t('community.action.impacts')}</legend>
        <p className="field__hint">{t('community.action.impactsHint')}</p>
        {form.impacts.map((row, index) => (
          <div
            key={row.key}
            className="impact-row"
            role="group"
            aria-label={t('community.action.impactN', { n: index + 1 })}
          >
            <TextField
              name={`quantity-${row.key}`}
              label={t('community.action.quantity')}
              inputMode="decimal"
              required
              value={row.quantity}
              onChange={(e) => setImpact(row.key, { quantity: e.target.value })}
            />
            <TextField
              name={`unit-${row.key}`}
              label={t('community.action.unit')}
              required
              value={row.unit}
              onChange={(e) => setImpact(row.key, { unit: e.target.value })}
            />
            <TextField
              name={`year-${row.key}`}
              label={t('community.action.year')}
              inputMode="numeric"
              required
              value={row.year}
              onChange={(e) => setImpact(row.key, { year: e.target.value })}
            />
            <TextField
              name={`method-${row.key}`}
              label={t('community.action.method')}
              value={row.method}
              onChange={(e) => setImpact(row.key, { method: e.target.value })}
            />
            <TextField
              name={`indicator-${row.key}`}
              label={t('community.action.indicator')}
              value={row.indicatorCode}
              onChange={(e) => setImpact(row.key, { indicatorCode: e.target.value })}
            />
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => setForm({ ...form, impacts: form.impacts.filter((r) => r.key !== row.key) })}
            >
              {t('community.action.removeImpact', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() =>
            setForm({
              ...form,
              impacts: [
                ...form.impacts,
                { key: nextKey++, quantity: '', unit: '', year: '', method: '', indicatorCode: '' },
              ],
            })
          }
        >
          {t('community.action.addImpact')}
        </button>
        {impactError ? <p className="field__error">{impactError}</p> : null}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('common.saving') : existing ? t('community.action.save') : t('community.action.add')}
      </button>
    </form>
  );
}
