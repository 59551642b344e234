import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/page';

/** Shown for `/{slug}` when no territory has that address. */
export function TenantNotFound(props: { slug: string }) {
  const { t } = useI18n();
  return (
    <Page title={t('tenant.notFound.title')} className="tenant-not-found">
      <p>{t('tenant.notFound.body', { slug: props.slug })}</p>
      <p>
        <Link to={paths.landing()}>{t('tenant.notFound.pick')}</Link>
      </p>
    </Page>
  );
}
