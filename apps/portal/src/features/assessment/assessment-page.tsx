import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  ReferentialVersionTreeDocument,
  SelfAssessmentPageDocument,
  type ReferentialVersionTreeQuery,
  type SelfAssessmentPageQuery,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/alerts';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { request } from '../auth/session';
import { useTenant } from '../tenants/tenant-context';
import { AnswerForm } from './answer-form';
import { Results } from './results';
import { domainsOf } from './tree';

export type Assessment = SelfAssessmentPageQuery['selfAssessment'];
export type Version = ReferentialVersionTreeQuery['referentialVersion'];

/** `/{slug}/espace/auto-evaluation/:id`: answer a draft; once submitted, the results. */
export default function AssessmentPage() {
  const tenant = useTenant();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<{ assessment: Assessment; version: Version }>();
  const [failure, setFailure] = useState<string>();

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const { selfAssessment } = await request(SelfAssessmentPageDocument, { id }, signal);
        const { referentialVersion } = await request(
          ReferentialVersionTreeDocument,
          { id: selfAssessment.versionId },
          signal,
        );
        setLoaded({ assessment: selfAssessment, version: referentialVersion });
      } catch (error) {
        if (!signal?.aborted) setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
      }
    },
    [id, t],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  if (failure) {
    return (
      <Page title={t('assessment.title')}>
        <ErrorAlert>{failure}</ErrorAlert>
        <Link to={paths.assessment(tenant.slug)}>{t('assessment.back')}</Link>
      </Page>
    );
  }
  if (!loaded) return <Progress label={t('common.loading')} />;
  const { assessment, version } = loaded;
  const domains = domainsOf(version.nodes, assessment.organisationType ?? null);
  const submitted = assessment.status === 'SUBMITTED';
  return (
    <Page
      title={t(submitted ? 'assessment.results.title' : 'assessment.answer.title')}
      lead={t('assessment.versionLead', { number: version.number })}
    >
      <p className="no-print">
        <Link to={paths.assessment(tenant.slug)}>{t('assessment.back')}</Link>
      </p>
      {submitted ? (
        <Results assessment={assessment} version={version} domains={domains} />
      ) : (
        <AnswerForm
          assessment={assessment}
          version={version}
          domains={domains}
          onSubmitted={() => void load()}
        />
      )}
    </Page>
  );
}
