import type { IndicatorObjectiveFieldsFragment } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { StatusBadge } from './status-badge';

/** One objective: where it comes from, whether the territory is on track, and « ce qui manque ». */
export function ObjectivePanel(props: {
  objective: IndicatorObjectiveFieldsFragment;
  unit: string;
  onRemove?: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const o = props.objective;
  const missing = o.whatIsMissing;
  const amount = (n: number) => `${formatNumber(Math.round(n * 100) / 100)} ${props.unit}`;
  return (
    <article className="card" aria-label={o.label ?? t(`indicators.objective.kind.${o.kind}`)}>
      <p className="card__title">{o.label ?? t(`indicators.objective.kind.${o.kind}`)}</p>
      <p>
        <StatusBadge status={o.status} /> {o.statusReason}
      </p>
      <p>
        {t('indicators.objective.source', { source: o.source })}
        {o.validatedBy ? ` — ${t('indicators.objective.validatedBy', { by: o.validatedBy })}` : ''}
      </p>
      {o.kind !== 'DIRECTION' ? (
        <section aria-label={t('indicators.missing.title')}>
          <h3>{t('indicators.missing.title')}</h3>
          <dl className="facts">
            {missing.latestValue !== null && missing.latestYear !== null ? (
              <>
                <dt>{t('indicators.missing.latest', { year: missing.latestYear })}</dt>
                <dd>{amount(missing.latestValue)}</dd>
              </>
            ) : null}
            {missing.gapToTrajectory !== null ? (
              <>
                <dt>{t('indicators.missing.gap')}</dt>
                <dd>{amount(missing.gapToTrajectory)}</dd>
              </>
            ) : null}
            {missing.remaining !== null ? (
              <>
                <dt>{t('indicators.missing.remaining')}</dt>
                <dd>{amount(missing.remaining)}</dd>
              </>
            ) : null}
            <dt>{t('indicators.missing.declared')}</dt>
            <dd>{amount(missing.declared)}</dd>
            {missing.coverage !== null ? (
              <>
                <dt>{t('indicators.missing.coverage')}</dt>
                <dd>{formatNumber(Math.round(missing.coverage * 1000) / 10)} %</dd>
              </>
            ) : null}
          </dl>
          {missing.impacts.length ? (
            <ul>
              {missing.impacts.map((impact) => (
                <li key={impact.actionRef}>
                  {t('indicators.missing.impact', {
                    action: impact.actionTitle ?? impact.actionRef,
                    quantity: formatNumber(impact.quantity),
                    unit: impact.unit,
                    year: impact.year,
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('indicators.missing.noImpact')}</p>
          )}
          {missing.otherUnits ? (
            <p>{t('indicators.missing.otherUnits', { count: missing.otherUnits })}</p>
          ) : null}
        </section>
      ) : null}
      {props.onRemove ? (
        <button type="button" className="button button--secondary" onClick={props.onRemove}>
          {t('indicators.objective.remove')}
        </button>
      ) : null}
    </article>
  );
}
