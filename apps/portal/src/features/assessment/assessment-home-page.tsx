import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  AssessmentHomeDocument,
  OrganisationAssessmentsDocument,
  StartSelfAssessmentDocument,
  type AssessmentHomeQuery,
  type OrganisationAssessmentsQuery,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState, ErrorAlert } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { canSeeMembers } from '../auth/access';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { CampaignsSection } from './campaigns-section';

type Home = AssessmentHomeQuery;
type Organisation = Home['myAssessmentOrganisations'][number];
type Referential = Home['referentials']['edges'][number]['node'];

/** `/{slug}/espace/auto-evaluation`: assess the organisations one represents; staff follow the campaigns. */
export default function AssessmentHomePage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  const [home, setHome] = useState<Home>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    request(AssessmentHomeDocument, {}, controller.signal).then(setHome, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    });
    return () => controller.abort();
  }, [tenant.slug, t]);

  if (!viewer) return null;
  const referentials = (home?.referentials.edges ?? [])
    .map((edge) => edge.node)
    .filter((r) => r.versions.some((v) => v.status === 'PUBLISHED'));

  return (
    <Page title={t('assessment.title')} lead={t('assessment.lead', { tenant: tenant.name })}>
      <ErrorAlert>{failure}</ErrorAlert>
      {!home && !failure ? <Progress label={t('common.loading')} /> : null}
      {home ? (
        <section aria-labelledby="organisations-heading">
          <h2 id="organisations-heading">{t('assessment.organisations')}</h2>
          {home.myAssessmentOrganisations.length === 0 ? (
            <EmptyState title={t('assessment.noOrganisation')}>
              <p>{t('assessment.noOrganisationNext')}</p>
            </EmptyState>
          ) : (
            home.myAssessmentOrganisations.map((organisation) => (
              <OrganisationCard
                key={organisation.id}
                organisation={organisation}
                referentials={referentials}
              />
            ))
          )}
        </section>
      ) : null}
      {canSeeMembers(viewer) ? (
        <p>
          <Link className="button button--secondary" to={paths.referentials(tenant.slug)}>
            {t('assessment.referentials.link')}
          </Link>
        </p>
      ) : null}
      {canSeeMembers(viewer) && home ? <CampaignsSection referentials={referentials} /> : null}
    </Page>
  );
}

function OrganisationCard(props: { organisation: Organisation; referentials: Referential[] }) {
  const tenant = useTenant();
  const navigate = useNavigate();
  const { t, formatDate, formatNumber } = useI18n();
  const [history, setHistory] = useState<OrganisationAssessmentsQuery['selfAssessments']>();
  const [failure, setFailure] = useState<string>();
  const { organisation } = props;

  const load = useCallback(
    (signal?: AbortSignal) =>
      request(OrganisationAssessmentsDocument, { organisationId: organisation.id }, signal).then(
        (data) => setHistory(data.selfAssessments),
        (error: unknown) => {
          if (!signal?.aborted) setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
        },
      ),
    [organisation.id, t],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function start(referential: Referential) {
    setFailure(undefined);
    const published = referential.versions.filter((v) => v.status === 'PUBLISHED');
    const latest = published.sort((a, b) => b.number - a.number)[0];
    try {
      const data = await request(StartSelfAssessmentDocument, {
        input: {
          versionId: latest.id,
          organisationId: organisation.id,
          organisationType: organisation.organisationType,
          sector: organisation.sector,
        },
      });
      navigate(paths.selfAssessment(tenant.slug, data.startSelfAssessment.id));
    } catch (error) {
      setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }

  return (
    <article className="card" aria-labelledby={`org-${organisation.id}`}>
      <h3 id={`org-${organisation.id}`} className="card__title">
        {organisation.name}
      </h3>
      <ErrorAlert>{failure}</ErrorAlert>
      {props.referentials.map((referential) => (
        <p key={referential.id}>
          <button type="button" className="button" onClick={() => void start(referential)}>
            {t('assessment.start', { referential: referential.title })}
          </button>
        </p>
      ))}
      {history && history.totalCount > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('assessment.history', { organisation: organisation.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessment.historyDate')}</th>
                <th scope="col">{t('assessment.historyStatus')}</th>
                <th scope="col">{t('assessment.historyScore')}</th>
                <th scope="col">{t('assessment.historyChange')}</th>
              </tr>
            </thead>
            <tbody>
              {history.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link to={paths.selfAssessment(tenant.slug, node.id)}>
                      {formatDate(node.submittedAt ?? node.createdAt)}
                    </Link>
                  </th>
                  <td>{t(`assessment.status.${node.status}`)}</td>
                  <td>{node.score.overall === null ? '—' : `${formatNumber(node.score.overall)} %`}</td>
                  <td>
                    {node.score.overallChange === null
                      ? '—'
                      : t('assessment.points', { value: signed(node.score.overallChange, formatNumber) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </article>
  );
}

export function signed(value: number, format: (n: number) => string): string {
  return value > 0 ? `+${format(value)}` : format(value);
}
