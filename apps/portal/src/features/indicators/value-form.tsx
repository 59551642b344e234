import { useState, type FormEvent } from 'react';
import { RecordIndicatorValueDocument, type ValueKind } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { parseDecimal } from './numbers';

const FIELDS = ['year', 'kind', 'value', 'sector', 'source', 'unit'] as const;
const KINDS: ValueKind[] = ['OBSERVED', 'ESTIMATED', 'TARGET'];

/** Enter one value; the same year, kind and sector again replaces it. Computed indicators follow. */
export function ValueForm(props: { code: string; unit: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    year: '',
    kind: 'OBSERVED' as ValueKind,
    value: '',
    sector: '',
    source: '',
  });
  const [news, setNews] = useState<string>();
  const { run, pending, errors, setErrors } = useFormSubmit(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const year = Number(form.year);
    const value = parseDecimal(form.value);
    if (!Number.isInteger(year) || form.year.trim() === '') {
      setErrors({ fields: { year: t('indicators.value.yearInvalid') }, form: t('indicators.value.fix') });
      return;
    }
    if (value === null) {
      setErrors({ fields: { value: t('indicators.value.valueInvalid') }, form: t('indicators.value.fix') });
      return;
    }
    const done = await run(async () => {
      await request(RecordIndicatorValueDocument, {
        input: {
          indicatorCode: props.code,
          year,
          kind: form.kind,
          value,
          sector: form.sector.trim() || null,
          source: form.source.trim() || null,
        },
      });
    });
    if (done) {
      setNews(t('indicators.value.saved', { year }));
      setForm({ ...form, value: '' });
      props.onSaved();
    }
  }

  return (
    <form
      className="form"
      aria-label={t('indicators.value.title')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2>{t('indicators.value.title')}</h2>
      <FormAlert errors={errors} />
      <TextField
        name="year"
        label={t('indicators.values.year')}
        inputMode="numeric"
        required
        value={form.year}
        error={errors.fields.year}
        onChange={(e) => setForm({ ...form, year: e.target.value })}
      />
      <SelectField
        name="kind"
        label={t('indicators.values.kind')}
        options={KINDS.map((kind) => ({ value: kind, label: t(`indicators.kind.${kind}`) }))}
        value={form.kind}
        error={errors.fields.kind}
        onChange={(e) => setForm({ ...form, kind: e.target.value as ValueKind })}
      />
      <TextField
        name="value"
        label={t('indicators.value.amount', { unit: props.unit })}
        inputMode="decimal"
        required
        value={form.value}
        error={errors.fields.value ?? errors.fields.unit}
        onChange={(e) => setForm({ ...form, value: e.target.value })}
      />
      <TextField
        name="sector"
        label={t('indicators.values.sector')}
        hint={t('indicators.value.sectorHint')}
        value={form.sector}
        error={errors.fields.sector}
        onChange={(e) => setForm({ ...form, sector: e.target.value })}
      />
      <TextField
        name="source"
        label={t('indicators.values.source')}
        value={form.source}
        error={errors.fields.source}
        onChange={(e) => setForm({ ...form, source: e.target.value })}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('indicators.value.submit')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
