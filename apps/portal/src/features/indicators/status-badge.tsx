import type { TrackStatus } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';

const CLASS: Record<TrackStatus, string> = {
  ON_TRACK: 'badge badge--active',
  OFF_TRACK: 'badge badge--revoked',
  UNKNOWN: 'badge',
};

/** On track, off track or cannot be judged: in words, never by colour alone. */
export function StatusBadge(props: { status: TrackStatus }) {
  const { t } = useI18n();
  return <span className={CLASS[props.status]}>{t(`indicators.status.${props.status}`)}</span>;
}
