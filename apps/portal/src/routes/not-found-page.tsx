import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/page';
import { paths } from './paths';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.lead')}>
      <p>
        <Link to={paths.landing()}>{t('notFound.backHome')}</Link>
      </p>
    </Page>
  );
}
