import { useState, type FormEvent } from 'react';
import {
  ProposeCoalitionDocument,
  UpdateCoalitionDocument,
  type CoalitionFieldsFragment,
  type OrganisationFieldsFragment,
  type PerimeterKind,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert } from '../../ui/alerts';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { CheckboxGroup } from './community-ui';
import type { Vocabulary } from './vocabulary';

const FIELDS = ['name', 'objective', 'perimeterKind', 'perimeterCode', 'organisationIds'] as const;
export const PERIMETER_KINDS: PerimeterKind[] = ['THEME', 'ZONE', 'SECTOR'];

export function perimeterTerms(vocabulary: Vocabulary, kind: PerimeterKind) {
  return kind === 'THEME' ? vocabulary.themes : kind === 'ZONE' ? vocabulary.zones : vocabulary.sectors;
}

/** Proposes a coalition to the animators, or (with `coalition`) edits a proposed or returned one. */
export function CoalitionForm(props: {
  vocabulary: Vocabulary;
  organisations: OrganisationFieldsFragment[];
  coalition?: CoalitionFieldsFragment;
  onSaved: (coalition: CoalitionFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const editing = props.coalition;
  const [form, setForm] = useState({
    name: editing?.name ?? '',
    objective: editing?.objective ?? '',
    perimeterKind: editing?.perimeterKind ?? ('THEME' as PerimeterKind),
    perimeterCode: editing?.perimeterCode ?? '',
    organisationIds: props.organisations.map((o) => o.id),
  });
  const { run, pending, errors } = useFormSubmit(FIELDS);
  const title = editing ? t('community.coalition.editTitle') : t('community.coalitions.proposeTitle');

  async function submit(event: FormEvent) {
    event.preventDefault();
    let saved: CoalitionFieldsFragment | undefined;
    const done = await run(async () => {
      const base = {
        name: form.name.trim(),
        objective: form.objective.trim(),
        perimeterKind: form.perimeterKind,
        perimeterCode: form.perimeterCode,
      };
      saved = editing
        ? (await request(UpdateCoalitionDocument, { input: { id: editing.id, ...base } })).updateCoalition
        : (
            await request(ProposeCoalitionDocument, {
              input: { ...base, organisationIds: form.organisationIds },
            })
          ).proposeCoalition;
    });
    if (done && saved) props.onSaved(saved);
  }

  return (
    <form className="form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{title}</h2>
      <FormAlert errors={errors} />
      <TextField
        name="name"
        label={t('community.coalition.name')}
        required
        value={form.name}
        error={errors.fields.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
      />
      <TextAreaField
        name="objective"
        label={t('community.coalition.objective')}
        required
        value={form.objective}
        error={errors.fields.objective}
        onChange={(e) => setForm({ ...form, objective: e.target.value })}
      />
      <SelectField
        name="perimeterKind"
        label={t('community.coalition.perimeterKind')}
        required
        options={PERIMETER_KINDS.map((kind) => ({ value: kind, label: t(`community.perimeter.${kind}`) }))}
        value={form.perimeterKind}
        error={errors.fields.perimeterKind}
        onChange={(e) =>
          setForm({ ...form, perimeterKind: e.target.value as PerimeterKind, perimeterCode: '' })
        }
      />
      <SelectField
        name="perimeterCode"
        label={t(`community.coalition.perimeterCode.${form.perimeterKind}`)}
        required
        options={[
          { value: '', label: t('community.choose') },
          ...perimeterTerms(props.vocabulary, form.perimeterKind).map((term) => ({
            value: term.code,
            label: term.label,
          })),
        ]}
        value={form.perimeterCode}
        error={errors.fields.perimeterCode}
        onChange={(e) => setForm({ ...form, perimeterCode: e.target.value })}
      />
      {editing ? null : (
        <CheckboxGroup
          legend={t('community.coalition.founders')}
          hint={t('community.coalition.foundersHint')}
          name="organisationIds"
          options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
          empty={t('community.coalition.noOrganisation')}
          value={form.organisationIds}
          error={errors.fields.organisationIds}
          onChange={(organisationIds) => setForm({ ...form, organisationIds })}
        />
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending
          ? t('common.sending')
          : editing
            ? t('community.coalition.saveAndPropose')
            : t('community.coalitions.propose')}
      </button>
    </form>
  );
}
