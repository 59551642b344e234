import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  ConfigurationTemplatesDocument,
  OnboardingsDocument,
  StartOnboardingDocument,
  TenantsDocument,
  type ConfigurationTemplatesQuery,
  type OnboardingFieldsFragment,
  type TenantsQuery,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths, slugFromInput } from '../../routes/paths';
import { FormAlert } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { Page } from '../../ui/page';
import { useFormSubmit } from '../../ui/use-form-submit';
import { request } from '../auth/session';
import { PlatformGate, PlatformNav } from './platform-gate';

type Template = ConfigurationTemplatesQuery['configurationTemplates'][number];
type Tenant = TenantsQuery['tenants']['edges'][number]['node'];

/** `/plateforme/mise-en-service`: a consultant or an operator onboards a new territory. */
export default function OnboardingPage() {
  return <PlatformGate>{() => <OnboardingForm />}</PlatformGate>;
}

const FIELDS = ['name', 'slug', 'adminEmail', 'templateId', 'templateVersion', 'sourceTenantId'] as const;

function OnboardingForm() {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [tenants, setTenants] = useState<Tenant[]>([]);
  const [past, setPast] = useState<OnboardingFieldsFragment[]>([]);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [adminEmail, setAdminEmail] = useState('');
  const [source, setSource] = useState('');
  const [version, setVersion] = useState('');
  const { run, pending, errors } = useFormSubmit(FIELDS);

  useEffect(() => {
    const controller = new AbortController();
    void request(ConfigurationTemplatesDocument, {}, controller.signal)
      .then((data) => setTemplates(data.configurationTemplates))
      .catch(() => undefined);
    void request(TenantsDocument, { first: 100 }, controller.signal)
      .then((data) => setTenants(data.tenants.edges.map((edge) => edge.node)))
      .catch(() => undefined);
    void request(OnboardingsDocument, { first: 100 }, controller.signal)
      .then((data) => setPast(data.onboardings.edges.map((edge) => edge.node).reverse()))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  const [kind, id] = source.split(':');
  const template = kind === 'template' ? templates.find((item) => item.id === id) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const data = await request(StartOnboardingDocument, {
        input: {
          name: name.trim(),
          slug: slug.trim(),
          adminEmail: adminEmail.trim(),
          ...(kind === 'template'
            ? { templateId: id, ...(version ? { templateVersion: Number(version) } : {}) }
            : {}),
          ...(kind === 'tenant' ? { sourceTenantId: id } : {}),
        },
      });
      navigate(paths.platformOnboardingProgress(data.startOnboarding.id));
    });
  }

  return (
    <Page title={t('onboarding.title')} lead={t('onboarding.lead')}>
      <PlatformNav />
      <form
        className="form"
        aria-label={t('onboarding.formTitle')}
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <h2>{t('onboarding.formTitle')}</h2>
        <FormAlert errors={errors} />
        <TextField
          name="name"
          label={t('onboarding.name')}
          required
          value={name}
          error={errors.fields.name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugTouched) setSlug(slugFromInput(event.target.value));
          }}
        />
        <TextField
          name="slug"
          label={t('onboarding.slug')}
          hint={t('onboarding.slugHint')}
          required
          value={slug}
          error={errors.fields.slug}
          onChange={(event) => {
            setSlugTouched(true);
            setSlug(event.target.value);
          }}
        />
        <TextField
          name="adminEmail"
          type="email"
          label={t('onboarding.adminEmail')}
          hint={t('onboarding.adminEmailHint')}
          required
          value={adminEmail}
          error={errors.fields.adminEmail}
          onChange={(event) => setAdminEmail(event.target.value)}
        />
        <SelectField
          name="templateId"
          label={t('onboarding.source')}
          required
          value={source}
          error={errors.fields.templateId ?? errors.fields.sourceTenantId}
          onChange={(event) => {
            setSource(event.target.value);
            setVersion('');
          }}
          options={[
            { value: '', label: t('onboarding.chooseSource') },
            ...templates.map((item) => ({
              value: `template:${item.id}`,
              label: t('onboarding.fromTemplate', { template: item.name }),
            })),
            ...tenants.map((item) => ({
              value: `tenant:${item.id}`,
              label: t('onboarding.fromTenant', { tenant: item.name }),
            })),
          ]}
        />
        {template ? (
          <SelectField
            name="templateVersion"
            label={t('onboarding.version')}
            value={version}
            error={errors.fields.templateVersion}
            onChange={(event) => setVersion(event.target.value)}
            options={[
              { value: '', label: t('onboarding.latestVersion') },
              ...template.versions.map((item) => ({
                value: String(item.version),
                label: t('templates.version', { version: item.version, date: formatDate(item.createdAt) }),
              })),
            ]}
          />
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {t('onboarding.submit')}
        </button>
      </form>
      {past.length ? (
        <section aria-labelledby="onboardings-heading">
          <h2 id="onboardings-heading">{t('onboarding.pastTitle')}</h2>
          <ul className="card-list">
            {past.map((item) => (
              <li key={item.id} className="card">
                <p className="card__title">{item.name}</p>
                <p className="card__meta">
                  /{item.slug} · {t(`onboarding.status.${item.status}`)} ·{' '}
                  {t('onboarding.steps', { done: item.stepsDone, total: item.totalSteps })}
                </p>
                <p className="card__links">
                  <Link to={paths.platformOnboardingProgress(item.id)}>
                    {t('onboarding.follow')}
                    <span className="visually-hidden"> — {item.name}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
