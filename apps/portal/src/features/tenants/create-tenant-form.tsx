import { useEffect, useState, type FormEvent } from 'react';
import { execute } from '../../graphql/client';
import { CreateTenantDocument, TenantBySlugDocument, type TenantKind } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { Progress } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import type { PlatformTenant } from './platform-tenants-page';

const KINDS: readonly TenantKind[] = [
  'METROPOLE',
  'COMMUNAUTE_URBAINE',
  'COMMUNAUTE_AGGLOMERATION',
  'COMMUNAUTE_COMMUNES',
  'COMMUNE',
  'PAYS_PETR',
];

const FIELDS = ['slug', 'name', 'kind', 'siren', 'programmeName', 'description'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = {
  slug: '',
  name: '',
  kind: 'METROPOLE',
  siren: '',
  programmeName: '',
  description: '',
};

/** Poll every 2 s, for at most 2 minutes, while a new tenant's onboarding runs. */
const POLL_MS = 2000;
const POLL_LIMIT = 60;

export function CreateTenantForm(props: {
  onCreated: (tenant: PlatformTenant) => void;
  onProgress: (tenant: Partial<PlatformTenant> & { id: string }) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(EMPTY);
  const [onboarding, setOnboarding] = useState<{
    slug: string;
    name: string;
    polls: number;
    done: boolean;
  }>();
  const { run, pending, errors } = useFormSubmit(FIELDS);
  const { onProgress } = props;

  useEffect(() => {
    if (!onboarding || onboarding.done) return;
    if (onboarding.polls >= POLL_LIMIT) return;
    const timer = setTimeout(() => {
      execute(TenantBySlugDocument, { slug: onboarding.slug }).then(
        (data) => {
          onProgress({ id: data.tenantBySlug.id, status: data.tenantBySlug.status });
          setOnboarding({
            ...onboarding,
            polls: onboarding.polls + 1,
            done: data.tenantBySlug.status !== 'ONBOARDING',
          });
        },
        () => setOnboarding({ ...onboarding, polls: onboarding.polls + 1 }),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [onboarding, onProgress]);

  function set(field: keyof Values) {
    return (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const data = await request(CreateTenantDocument, {
        input: {
          slug: values.slug.trim(),
          name: values.name.trim(),
          kind: values.kind as TenantKind,
          programmeName: values.programmeName.trim(),
          ...(values.siren.trim() ? { siren: values.siren.replace(/\s+/g, '') } : {}),
          ...(values.description.trim() ? { description: values.description.trim() } : {}),
        },
      });
      const tenant = data.createTenant;
      props.onCreated(tenant);
      setOnboarding({ slug: tenant.slug, name: tenant.name, polls: 0, done: tenant.status !== 'ONBOARDING' });
      setValues(EMPTY);
    });
  }

  return (
    <section aria-labelledby="create-tenant-heading">
      <h2 id="create-tenant-heading">{t('platform.create.title')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={errors} />
        <TextField
          name="name"
          label={t('platform.create.name')}
          required
          value={values.name}
          error={errors.fields.name}
          onChange={set('name')}
        />
        <TextField
          name="slug"
          label={t('platform.create.slug')}
          hint={t('platform.create.slugHint')}
          required
          value={values.slug}
          error={errors.fields.slug}
          onChange={set('slug')}
        />
        <SelectField
          name="kind"
          label={t('platform.create.kind')}
          required
          value={values.kind}
          error={errors.fields.kind}
          onChange={set('kind')}
          options={KINDS.map((kind) => ({ value: kind, label: t(`tenant.kind.${kind}`) }))}
        />
        <TextField
          name="siren"
          label={t('platform.create.siren')}
          hint={t('platform.create.sirenHint')}
          inputMode="numeric"
          value={values.siren}
          error={errors.fields.siren}
          onChange={set('siren')}
        />
        <TextField
          name="programmeName"
          label={t('platform.create.programmeName')}
          required
          value={values.programmeName}
          error={errors.fields.programmeName}
          onChange={set('programmeName')}
        />
        <TextAreaField
          name="description"
          label={t('platform.create.description')}
          value={values.description}
          error={errors.fields.description}
          onChange={set('description')}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('platform.create.pending') : t('platform.create.submit')}
        </button>
      </form>
      {onboarding && !onboarding.done && onboarding.polls < POLL_LIMIT ? (
        <Progress label={t('platform.create.onboarding', { tenant: onboarding.name })} />
      ) : null}
      <StatusMessage>
        {onboarding?.done ? t('platform.create.ready', { tenant: onboarding.name }) : null}
        {onboarding && !onboarding.done && onboarding.polls >= POLL_LIMIT
          ? t('platform.create.slow', { tenant: onboarding.name })
          : null}
      </StatusMessage>
    </section>
  );
}
