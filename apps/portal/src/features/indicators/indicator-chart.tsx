import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { chartGeometry, type Point } from './chart-geometry';

export interface ChartSeries {
  key: 'observed' | 'estimated' | 'trajectory';
  points: Point[];
}

const BOX = { width: 640, height: 280, left: 64, right: 16, top: 16, bottom: 32 };

/**
 * The series, the objective's target and its trajectory as an SVG. Screen readers get its title and a short
 * summary; the table under it carries every value.
 */
export function IndicatorChart(props: {
  title: string;
  unit: string;
  series: ChartSeries[];
  target?: Point;
}) {
  const { t, formatNumber } = useI18n();
  const titleId = useId();
  const drawn = props.series.filter((s) => s.points.length);
  const geometry = chartGeometry([...drawn.map((s) => s.points), props.target ? [props.target] : []], BOX);
  if (!geometry) return <p>{t('indicators.chart.empty')}</p>;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={titleId}
        className="chart__svg"
      >
        <title id={titleId}>{t('indicators.chart.title', { title: props.title, unit: props.unit })}</title>
        {geometry.valueTicks.map((tick) => (
          <g key={`v${tick}`}>
            <line
              className="chart__grid"
              x1={BOX.left}
              x2={BOX.width - BOX.right}
              y1={geometry.y(tick)}
              y2={geometry.y(tick)}
            />
            <text className="chart__label" x={BOX.left - 6} y={geometry.y(tick) + 4} textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {geometry.yearTicks.map((year) => (
          <text
            key={`y${year}`}
            className="chart__label"
            x={geometry.x(year)}
            y={BOX.height - 10}
            textAnchor="middle"
          >
            {year}
          </text>
        ))}
        {drawn.map((series) => (
          <g key={series.key} className={`chart__series chart__series--${series.key}`}>
            <polyline fill="none" points={geometry.line(series.points)} />
            {series.key !== 'trajectory'
              ? series.points.map((p) => (
                  <circle key={p.year} cx={geometry.x(p.year)} cy={geometry.y(p.value)} r={3.5} />
                ))
              : null}
          </g>
        ))}
        {props.target ? (
          <rect
            className="chart__target"
            x={geometry.x(props.target.year) - 5}
            y={geometry.y(props.target.value) - 5}
            width={10}
            height={10}
          />
        ) : null}
      </svg>
      <figcaption className="chart__legend">
        {drawn.map((series) => (
          <span key={series.key} className={`chart__key chart__key--${series.key}`}>
            {t(`indicators.chart.${series.key}`)}
          </span>
        ))}
        {props.target ? (
          <span className="chart__key chart__key--target">
            {t('indicators.chart.target', {
              year: props.target.year,
              value: formatNumber(props.target.value),
              unit: props.unit,
            })}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
