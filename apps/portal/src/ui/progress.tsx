import { useI18n } from '../i18n/i18n';

/**
 * Progress of something that takes time, announced to screen readers. With `value` and `max` it shows
 * a bar; without, it says that work is under way.
 */
export function Progress(props: { label: string; value?: number; max?: number }) {
  const determinate = props.value !== undefined && props.max !== undefined;
  return (
    <div className="progress" role="status" aria-live="polite">
      <span className="progress__label">{props.label}</span>
      {determinate ? (
        <progress value={props.value} max={props.max} aria-label={props.label} />
      ) : (
        <span className="progress__spinner" aria-hidden="true" />
      )}
    </div>
  );
}

export function PageLoading() {
  const { t } = useI18n();
  return <Progress label={t('common.loading')} />;
}
