import { useState, type FormEvent } from 'react';
import {
  RegisterOrganisationDocument,
  UpdateOrganisationDocument,
  type OrganisationFieldsFragment,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert } from '../../ui/alerts';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { CheckboxGroup } from './community-ui';
import type { Vocabulary } from './vocabulary';

const FIELDS = [
  'name',
  'typeCode',
  'sirenOrSiret',
  'sectorCodes',
  'zoneCodes',
  'sizeBand',
  'address',
  'postcode',
  'city',
  'website',
  'description',
  'publicProfile',
] as const;
export const SIZE_BANDS = ['none', '1-9', '10-49', '50-249', '250-4999', '5000+'] as const;

const EMPTY = {
  name: '',
  typeCode: '',
  sirenOrSiret: '',
  sectorCodes: [] as string[],
  zoneCodes: [] as string[],
  sizeBand: '',
  address: '',
  postcode: '',
  city: '',
  website: '',
  description: '',
  publicProfile: false,
};

const blank = (value: string) => value.trim() || null;

function fromOrganisation(o: OrganisationFieldsFragment): typeof EMPTY {
  return {
    name: o.name,
    typeCode: o.typeCode,
    sirenOrSiret: o.siret ?? o.siren ?? '',
    sectorCodes: o.sectorCodes,
    zoneCodes: o.zoneCodes,
    sizeBand: o.sizeBand ?? '',
    address: o.address ?? '',
    postcode: o.postcode ?? '',
    city: o.city ?? '',
    website: o.website ?? '',
    description: o.description ?? '',
    publicProfile: o.publicProfile,
  };
}

/**
 * Registers an organisation in the directory (the person becomes its representative), or with
 * `organisation` edits one the person represents.
 */
export function RegisterOrganisationForm(props: {
  vocabulary: Vocabulary;
  organisation?: OrganisationFieldsFragment;
  onRegistered: (organisation: OrganisationFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const editing = props.organisation;
  const [form, setForm] = useState(editing ? fromOrganisation(editing) : EMPTY);
  const { run, pending, errors } = useFormSubmit(FIELDS);
  const headingId = editing ? `edit-${editing.id}-heading` : 'register-heading';

  async function submit(event: FormEvent) {
    event.preventDefault();
    let registered: OrganisationFieldsFragment | undefined;
    const done = await run(async () => {
      const input = {
        name: form.name.trim(),
        typeCode: form.typeCode,
        sirenOrSiret: blank(form.sirenOrSiret),
        sectorCodes: form.sectorCodes,
        zoneCodes: form.zoneCodes,
        sizeBand: blank(form.sizeBand),
        address: blank(form.address),
        postcode: blank(form.postcode),
        city: blank(form.city),
        website: blank(form.website),
        description: blank(form.description),
        publicProfile: form.publicProfile,
      };
      registered = editing
        ? (await request(UpdateOrganisationDocument, { input: { id: editing.id, ...input } }))
            .updateOrganisation
        : (await request(RegisterOrganisationDocument, { input })).registerOrganisation;
    });
    if (done && registered) {
      if (!editing) setForm(EMPTY);
      props.onRegistered(registered);
    }
  }

  return (
    <form className="form" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      {editing ? (
        <h4 id={headingId}>{t('community.register.editTitle', { name: editing.name })}</h4>
      ) : (
        <h2 id={headingId}>{t('community.register.title')}</h2>
      )}
      <FormAlert errors={errors} />
      <TextField
        name="name"
        label={t('community.organisation.name')}
        required
        value={form.name}
        error={errors.fields.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
      />
      <SelectField
        name="typeCode"
        label={t('community.organisation.type')}
        required
        options={[
          { value: '', label: t('community.choose') },
          ...props.vocabulary.types.map((term) => ({ value: term.code, label: term.label })),
        ]}
        value={form.typeCode}
        error={errors.fields.typeCode}
        onChange={(e) => setForm({ ...form, typeCode: e.target.value })}
      />
      <TextField
        name="sirenOrSiret"
        label={t('community.organisation.siret')}
        hint={t('community.organisation.siretHint')}
        inputMode="numeric"
        autoComplete="off"
        value={form.sirenOrSiret}
        error={errors.fields.sirenOrSiret}
        onChange={(e) => setForm({ ...form, sirenOrSiret: e.target.value })}
      />
      <CheckboxGroup
        legend={t('community.organisation.sectors')}
        name="sectorCodes"
        options={props.vocabulary.sectors.map((term) => ({ value: term.code, label: term.label }))}
        value={form.sectorCodes}
        error={errors.fields.sectorCodes}
        onChange={(sectorCodes) => setForm({ ...form, sectorCodes })}
      />
      <CheckboxGroup
        legend={t('community.organisation.zones')}
        name="zoneCodes"
        options={props.vocabulary.zones.map((term) => ({ value: term.code, label: term.label }))}
        value={form.zoneCodes}
        error={errors.fields.zoneCodes}
        onChange={(zoneCodes) => setForm({ ...form, zoneCodes })}
      />
      <SelectField
        name="sizeBand"
        label={t('community.organisation.sizeBand')}
        options={[
          { value: '', label: t('community.unknown') },
          ...SIZE_BANDS.map((band) => ({ value: band, label: t(`community.sizeBand.${band}`) })),
        ]}
        value={form.sizeBand}
        error={errors.fields.sizeBand}
        onChange={(e) => setForm({ ...form, sizeBand: e.target.value })}
      />
      <TextField
        name="address"
        label={t('community.organisation.address')}
        autoComplete="street-address"
        value={form.address}
        error={errors.fields.address}
        onChange={(e) => setForm({ ...form, address: e.target.value })}
      />
      <TextField
        name="postcode"
        label={t('community.organisation.postcode')}
        autoComplete="postal-code"
        inputMode="numeric"
        value={form.postcode}
        error={errors.fields.postcode}
        onChange={(e) => setForm({ ...form, postcode: e.target.value })}
      />
      <TextField
        name="city"
        label={t('community.organisation.city')}
        autoComplete="address-level2"
        value={form.city}
        error={errors.fields.city}
        onChange={(e) => setForm({ ...form, city: e.target.value })}
      />
      <TextField
        name="website"
        type="url"
        label={t('community.organisation.website')}
        autoComplete="url"
        value={form.website}
        error={errors.fields.website}
        onChange={(e) => setForm({ ...form, website: e.target.value })}
      />
      <TextAreaField
        name="description"
        label={t('community.organisation.description')}
        value={form.description}
        error={errors.fields.description}
        onChange={(e) => setForm({ ...form, description: e.target.value })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          name="publicProfile"
          checked={form.publicProfile}
          onChange={(e) => setForm({ ...form, publicProfile: e.target.checked })}
        />
        {t('community.organisation.publicProfile')}
      </label>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('common.saving') : editing ? t('common.save') : t('community.register.submit')}
      </button>
    </form>
  );
}
