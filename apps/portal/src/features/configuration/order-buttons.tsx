import { useI18n } from '../../i18n/i18n';

/** Up and down buttons: ordering that works with the keyboard and screen readers, unlike drag and drop. */
export function OrderButtons(props: {
  label: string;
  first: boolean;
  last: boolean;
  disabled?: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  const { t } = useI18n();
  return (
    <span className="order-buttons">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={props.first || props.disabled}
        onClick={() => props.onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
        <span className="visually-hidden">{t('configuration.moveUp', { label: props.label })}</span>
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={props.last || props.disabled}
        onClick={() => props.onMove(1)}
      >
        <span aria-hidden="true">↓</span>
        <span className="visually-hidden">{t('configuration.moveDown', { label: props.label })}</span>
      </button>
    </span>
  );
}
