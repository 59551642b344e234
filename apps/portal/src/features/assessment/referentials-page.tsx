import { useCallback, useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import {
  CreateReferentialDraftDocument,
  PublishReferentialVersionDocument,
  ReferentialAdminDocument,
  ReferentialCsvDocument,
  type ReferentialAdminQuery,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { StatusMessage, ErrorAlert } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { canSeeMembers } from '../auth/access';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { downloadText } from '../../ui/files';
import { useTenant } from '../tenants/tenant-context';
import { CopyReferentialForm, CreateReferentialForm } from './referential-forms';
import { ReferentialImport } from './referential-import';
import { ScaleForm } from './scale-form';
import { ToolboxSection } from './toolbox-section';

export type AdminData = ReferentialAdminQuery;
type Referential = AdminData['referentials']['edges'][number]['node'];

/** `/{slug}/espace/auto-evaluation/referentiels`: the staff's referentials, their versions, and the toolbox. */
export default function ReferentialsPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  const [data, setData] = useState<AdminData>();
  const [failure, setFailure] = useState<string>();

  const load = useCallback(
    (signal?: AbortSignal) =>
      request(ReferentialAdminDocument, {}, signal).then(setData, (error: unknown) => {
        if (!signal?.aborted) setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
      }),
    [t],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  if (!viewer) return null;
  if (!canSeeMembers(viewer)) return <Navigate to={paths.assessment(tenant.slug)} replace />;
  const referentials = data?.referentials.edges.map((e) => e.node) ?? [];
  return (
    <Page title={t('assessment.referentials.title')} lead={t('assessment.referentials.lead')}>
      <p>
        <Link to={paths.assessment(tenant.slug)}>{t('assessment.back')}</Link>
      </p>
      <ErrorAlert>{failure}</ErrorAlert>
      {!data && !failure ? <Progress label={t('common.loading')} /> : null}
      {referentials.map((referential) => (
        <ReferentialCard key={referential.id} referential={referential} onChanged={() => void load()} />
      ))}
      <CreateReferentialForm onCreated={() => void load()} />
      <CopyReferentialForm onCopied={() => void load()} />
      {data ? <ToolboxSection data={data} onChanged={() => void load()} /> : null}
    </Page>
  );
}

function ReferentialCard(props: { referential: Referential; onChanged: () => void }) {
  const { t, formatDate } = useI18n();
  const [news, setNews] = useState<string>();
  const { referential } = props;
  const versions = [...referential.versions].sort((a, b) => b.number - a.number);
  const draft = versions.find((v) => v.status === 'DRAFT');

  async function act(action: () => Promise<string>) {
    setNews(undefined);
    try {
      setNews(await action());
      props.onChanged();
    } catch (error) {
      setNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }

  return (
    <article className="card" aria-labelledby={`referential-${referential.id}`}>
      <h2 id={`referential-${referential.id}`} className="card__title">
        {referential.title} <code>{referential.code}</code>
      </h2>
      {referential.description ? <p>{referential.description}</p> : null}
      <div className="table-scroll">
        <table className="table">
          <caption>{t('assessment.referentials.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.referentials.version')}</th>
              <th scope="col">{t('assessment.referentials.state')}</th>
              <th scope="col">{t('assessment.referentials.nodes')}</th>
              <th scope="col">{t('assessment.referentials.versionId')}</th>
              <th scope="col">{t('assessment.referentials.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">{version.number}</th>
                <td>
                  {version.status === 'PUBLISHED'
                    ? t('assessment.referentials.publishedOn', {
                        date: formatDate(version.publishedAt ?? ''),
                      })
                    : t('assessment.referentials.draft')}
                </td>
                <td>{version.nodeCount}</td>
                <td>
                  <code>{version.id}</code>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('assessment.referentials.exportLabel', { number: version.number })}
                    onClick={() =>
                      void act(async () => {
                        const csv = await request(ReferentialCsvDocument, { versionId: version.id });
                        downloadText(
                          `${referential.code}-v${version.number}.csv`,
                          csv.referentialCsv,
                          'text/csv',
                        );
                        return t('assessment.referentials.exported', { number: version.number });
                      })
                    }
                  >
                    {t('assessment.referentials.export')}
                  </button>
                  {version.status === 'DRAFT' ? (
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        void act(async () => {
                          await request(PublishReferentialVersionDocument, { versionId: version.id });
                          return t('assessment.referentials.published', { number: version.number });
                        })
                      }
                    >
                      {t('assessment.referentials.publish', { number: version.number })}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StatusMessage>{news}</StatusMessage>
      {draft ? (
        <>
          <ReferentialImport versionId={draft.id} number={draft.number} onImported={props.onChanged} />
          <ScaleForm versionId={draft.id} number={draft.number} scale={draft.scale} />
        </>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void act(async () => {
              await request(CreateReferentialDraftDocument, { referentialId: referential.id });
              return t('assessment.referentials.draftCreated');
            })
          }
        >
          {t('assessment.referentials.newDraft')}
        </button>
      )}
    </article>
  );
}
