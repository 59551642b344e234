import { useEffect, useState } from 'react';
import {
  AssessmentCarryOverDocument,
  AssessmentHomeDocument,
  type AssessmentCarryOverQuery,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { request } from '../auth/session';

type Line = AssessmentCarryOverQuery['assessmentCarryOver'][number];

/** When a newer version of the referential is published: which answers carry over, which criteria are new or gone. */
export function CarryOver(props: { assessmentId: string; referentialId: string; versionNumber: number }) {
  const { t } = useI18n();
  const [newer, setNewer] = useState<{ id: string; number: number }>();
  const [lines, setLines] = useState<Line[]>();

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const home = await request(AssessmentHomeDocument, {}, controller.signal);
      const referential = home.referentials.edges.find((e) => e.node.id === props.referentialId)?.node;
      const latest = referential?.versions
        .filter((v) => v.status === 'PUBLISHED' && v.number > props.versionNumber)
        .sort((a, b) => b.number - a.number)[0];
      if (!latest) return;
      const data = await request(
        AssessmentCarryOverDocument,
        { assessmentId: props.assessmentId, versionId: latest.id },
        controller.signal,
      );
      setNewer(latest);
      setLines(data.assessmentCarryOver);
    })().catch(() => undefined);
    return () => controller.abort();
  }, [props.assessmentId, props.referentialId, props.versionNumber]);

  if (!newer || !lines) return null;
  return (
    <section aria-labelledby="carry-over-heading">
      <h2 id="carry-over-heading">{t('assessment.carryOver.title', { number: newer.number })}</h2>
      <p>{t('assessment.carryOver.lead')}</p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('assessment.carryOver.criterion')}</th>
              <th scope="col">{t('assessment.carryOver.status')}</th>
              <th scope="col">{t('assessment.carryOver.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.criterionCode}>
                <th scope="row">
                  {line.criterionCode} {line.title ?? ''}
                </th>
                <td>{t(`assessment.carryOver.${line.status}`)}</td>
                <td>
                  {line.notConcerned
                    ? t('assessment.carryOver.notConcerned')
                    : line.level === null
                      ? '—'
                      : t('assessment.carryOver.level', { level: line.level })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
