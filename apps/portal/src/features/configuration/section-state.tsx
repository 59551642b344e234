import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { EmptyState } from '../../ui/alerts';
import { Progress } from '../../ui/progress';
import type { Load } from './use-section';

/** Loading, failure with retry, and the empty state of a configuration list. */
export function SectionState(props: { load: Load; empty: boolean; manage: boolean; onRetry: () => void }) {
  const { t } = useI18n();
  const { load } = props;
  if (load.status === 'loading') return <Progress label={t('common.loading')} />;
  if (load.status === 'failed') {
    return (
      <div role="alert" className="alert alert--error">
        <p>{toFormErrors(load.error, [], (k) => t(`errors.${k}`)).form}</p>
        <button type="button" className="button button--secondary" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!props.empty) return null;
  return (
    <EmptyState title={t('configuration.empty')}>
      <p>{t(props.manage ? 'configuration.emptyNextAdmin' : 'configuration.emptyNextReader')}</p>
    </EmptyState>
  );
}
