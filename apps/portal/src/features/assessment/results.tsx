import { useEffect, useState } from 'react';
import {
  SelfAssessmentResultsDocument,
  type SelfAssessmentResultsQuery,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { request } from '../auth/session';
import type { Assessment, Version } from './assessment-page';
import { signed } from './assessment-home-page';
import { CarryOver } from './carry-over';
import { RadarChart } from './radar-chart';
import type { Domain } from './tree';

type Extra = SelfAssessmentResultsQuery['selfAssessment'];
type Group = Extra['benchmark']['sector'];

/** Scores per domain and overall, the radar, the comparison with peers and the toolbox's recommendations. */
export function Results(props: { assessment: Assessment; version: Version; domains: Domain[] }) {
  const { t, formatNumber, formatDate } = useI18n();
  const [extra, setExtra] = useState<Extra>();
  useEffect(() => {
    const controller = new AbortController();
    request(SelfAssessmentResultsDocument, { id: props.assessment.id }, controller.signal).then(
      (data) => setExtra(data.selfAssessment),
      () => undefined,
    );
    return () => controller.abort();
  }, [props.assessment.id]);

  const scores = new Map(props.assessment.score.nodes.map((n) => [n.code, n]));
  const percent = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : `${formatNumber(n)} %`;
  const group = shownGroup(extra);
  const medians = new Map(group?.domains.map((d) => [d.code, d.median]) ?? []);
  const { overall, overallChange } = props.assessment.score;
  const titles = new Map(props.version.nodes.map((n) => [n.code, n.title]));

  return (
    <>
      <section aria-labelledby="overall-heading">
        <h2 id="overall-heading">{t('assessment.results.overall')}</h2>
        <p className="score">{percent(overall)}</p>
        <p>
          {props.assessment.submittedAt
            ? t('assessment.results.submittedOn', { date: formatDate(props.assessment.submittedAt) })
            : null}{' '}
          {overallChange !== null && overallChange !== undefined
            ? t('assessment.results.change', { value: signed(overallChange, formatNumber) })
            : t('assessment.results.first')}
        </p>
        <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
          {t('assessment.results.print')}
        </button>
      </section>
      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t('assessment.results.domains')}</h2>
        <RadarChart
          title={t('assessment.results.radarTitle')}
          axes={props.domains.map((d) => ({
            label: d.node.code,
            value: scores.get(d.node.code)?.score ?? null,
          }))}
          median={group ? props.domains.map((d) => medians.get(d.node.code) ?? null) : undefined}
        />
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('assessment.results.domain')}</th>
                <th scope="col">{t('assessment.results.score')}</th>
                <th scope="col">{t('assessment.results.changeColumn')}</th>
                {group ? <th scope="col">{t('assessment.results.median')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.domains.map((d) => {
                const score = scores.get(d.node.code);
                return (
                  <tr key={d.node.code}>
                    <th scope="row">
                      {d.node.code}. {d.node.title}
                    </th>
                    <td>{percent(score?.score)}</td>
                    <td>
                      {score?.change === null || score?.change === undefined
                        ? '—'
                        : t('assessment.points', { value: signed(score.change, formatNumber) })}
                    </td>
                    {group ? <td>{percent(medians.get(d.node.code))}</td> : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="benchmark-heading">
        <h2 id="benchmark-heading">{t('assessment.results.benchmark')}</h2>
        {extra ? (
          <ul>
            <BenchmarkLine label={t('assessment.results.byType')} group={extra.benchmark.organisationType} />
            <BenchmarkLine label={t('assessment.results.bySector')} group={extra.benchmark.sector} />
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">{t('assessment.results.recommendations')}</h2>
        {extra && extra.recommendations.length === 0 ? (
          <p>{t('assessment.results.noRecommendation')}</p>
        ) : null}
        <ul className="card-list">
          {extra?.recommendations.map((r) => (
            <li key={`${r.criterionCode}-${r.resource.id}`} className="card">
              <p className="card__title">
                {r.resource.url ? <a href={r.resource.url}>{r.resource.title}</a> : r.resource.title}
              </p>
              <p>
                {t(`assessment.resourceKind.${r.resource.kind}`)} —{' '}
                {t('assessment.results.forCriterion', {
                  code: r.criterionCode,
                  title: titles.get(r.criterionCode) ?? '',
                  level: r.level,
                })}
              </p>
              {r.resource.description ? <p>{r.resource.description}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <CarryOver
        assessmentId={props.assessment.id}
        referentialId={props.assessment.referentialId}
        versionNumber={props.version.number}
      />
    </>
  );
}

/** The comparison drawn on the radar: the sector's when shown, else the type's. */
function shownGroup(extra: Extra | undefined): Group | undefined {
  if (!extra) return undefined;
  if (extra.benchmark.sector.shown) return extra.benchmark.sector;
  if (extra.benchmark.organisationType.shown) return extra.benchmark.organisationType;
  return undefined;
}

function BenchmarkLine(props: { label: string; group: Group }) {
  const { t, formatNumber } = useI18n();
  const { group } = props;
  if (!group.code) return <li>{t('assessment.results.noGroup', { group: props.label })}</li>;
  return (
    <li>
      {group.shown
        ? t('assessment.results.groupMedian', {
            group: props.label,
            count: group.contributors,
            value: group.overall === null ? '—' : `${formatNumber(group.overall)} %`,
          })
        : t('assessment.results.tooFew', { group: props.label, count: group.contributors })}
    </li>
  );
}
