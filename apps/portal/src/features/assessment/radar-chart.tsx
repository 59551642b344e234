import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { radarPoint, radarPolygon, type RadarAxis } from './radar-geometry';

const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 120;

/** Scores per domain as a radar, with the comparison's median when shown; the table beside it has the figures. */
export function RadarChart(props: { axes: RadarAxis[]; median?: (number | null)[]; title: string }) {
  const { t } = useI18n();
  const titleId = useId();
  const count = props.axes.length;
  if (count < 3) return null;
  return (
    <figure className="radar">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={titleId} className="radar__svg">
        <title id={titleId}>{props.title}</title>
        {[0.25, 0.5, 0.75, 1].map((ring) => (
          <polygon
            key={ring}
            className="radar__ring"
            points={radarPolygon(
              props.axes.map(() => ring * 100),
              CENTRE,
              RADIUS,
            )}
          />
        ))}
        {props.axes.map((axis, i) => {
          const end = radarPoint(i, count, 1, CENTRE, RADIUS);
          const label = radarPoint(i, count, 1.18, CENTRE, RADIUS);
          return (
            <g key={axis.label}>
              <line className="radar__axis" x1={CENTRE} y1={CENTRE} x2={end.x} y2={end.y} />
              <text
                className="radar__label"
                x={label.x}
                y={label.y}
                textAnchor={Math.abs(label.x - CENTRE) < 5 ? 'middle' : label.x > CENTRE ? 'start' : 'end'}
              >
                {axis.label}
              </text>
            </g>
          );
        })}
        {props.median ? (
          <polygon className="radar__median" points={radarPolygon(props.median, CENTRE, RADIUS)} />
        ) : null}
        <polygon
          className="radar__score"
          points={radarPolygon(
            props.axes.map((a) => a.value),
            CENTRE,
            RADIUS,
          )}
        />
      </svg>
      <figcaption className="chart__legend">
        <span className="chart__key">{t('assessment.results.radarYou')}</span>
        {props.median ? (
          <span className="chart__key chart__key--trajectory">{t('assessment.results.radarMedian')}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
