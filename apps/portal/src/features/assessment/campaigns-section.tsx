import { useCallback, useEffect, useState } from 'react';
import {
  CampaignsDocument,
  ReferentialDistributionDocument,
  SendCampaignRemindersDocument,
  type CampaignsQuery,
  type ReferentialDistributionQuery,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { StatusMessage } from '../../ui/alerts';
import { request } from '../auth/session';
import { OpenCampaignForm, type PublishedReferential } from './open-campaign-form';

type Campaign = CampaignsQuery['campaigns']['edges'][number]['node'];

/** For the territory's staff: each campaign's response rate and its reminders; the spread of scores per domain. */
export function CampaignsSection(props: { referentials: PublishedReferential[] }) {
  const { t, formatDate, formatNumber } = useI18n();
  const [campaigns, setCampaigns] = useState<Campaign[]>();
  const [news, setNews] = useState<string>();

  const load = useCallback(
    (signal?: AbortSignal) =>
      request(CampaignsDocument, {}, signal).then(
        (data) => setCampaigns(data.campaigns.edges.map((e) => e.node)),
        (error: unknown) => {
          if (!signal?.aborted) setNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
        },
      ),
    [t],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function remind(campaign: Campaign) {
    setNews(undefined);
    try {
      const data = await request(SendCampaignRemindersDocument, { campaignId: campaign.id });
      setNews(
        t('assessment.campaigns.reminded', { count: data.sendCampaignReminders, title: campaign.title }),
      );
    } catch (error) {
      setNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }

  return (
    <>
      <section aria-labelledby="campaigns-heading">
        <h2 id="campaigns-heading">{t('assessment.campaigns.title')}</h2>
        <StatusMessage>{news}</StatusMessage>
        {campaigns && campaigns.length === 0 ? <p>{t('assessment.campaigns.none')}</p> : null}
        {campaigns?.length ? (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('assessment.campaigns.name')}</th>
                  <th scope="col">{t('assessment.campaigns.period')}</th>
                  <th scope="col">{t('assessment.campaigns.rate')}</th>
                  <th scope="col">{t('assessment.campaigns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((campaign) => (
                  <tr key={campaign.id}>
                    <th scope="row">{campaign.title}</th>
                    <td>
                      {t('assessment.campaigns.from', {
                        from: formatDate(campaign.opensOn),
                        to: formatDate(campaign.closesOn),
                      })}
                    </td>
                    <td>
                      {t('assessment.campaigns.responded', {
                        responded: campaign.responseRate.responded,
                        targets: campaign.responseRate.targets,
                        rate:
                          campaign.responseRate.rate === null
                            ? '—'
                            : formatNumber(Math.round(campaign.responseRate.rate)),
                      })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t('assessment.campaigns.remindLabel', { title: campaign.title })}
                        onClick={() => void remind(campaign)}
                      >
                        {t('assessment.campaigns.remind')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <OpenCampaignForm referentials={props.referentials} onOpened={() => void load()} />
      </section>
      {props.referentials.map((referential) => (
        <Distribution key={referential.id} referential={referential} />
      ))}
    </>
  );
}

function Distribution(props: { referential: { id: string; title: string } }) {
  const { t, formatNumber } = useI18n();
  const [rows, setRows] = useState<ReferentialDistributionQuery['referentialDistribution']>();
  useEffect(() => {
    const controller = new AbortController();
    request(ReferentialDistributionDocument, { referentialId: props.referential.id }, controller.signal).then(
      (data) => setRows(data.referentialDistribution),
      () => setRows([]),
    );
    return () => controller.abort();
  }, [props.referential.id]);
  const cell = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatNumber(n));
  if (!rows?.length) return null;
  return (
    <section aria-labelledby={`distribution-${props.referential.id}`}>
      <h2 id={`distribution-${props.referential.id}`}>
        {t('assessment.distribution.title', { referential: props.referential.title })}
      </h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('assessment.distribution.domain')}</th>
              <th scope="col">{t('assessment.distribution.contributors')}</th>
              <th scope="col">{t('assessment.distribution.min')}</th>
              <th scope="col">{t('assessment.distribution.q1')}</th>
              <th scope="col">{t('assessment.distribution.median')}</th>
              <th scope="col">{t('assessment.distribution.q3')}</th>
              <th scope="col">{t('assessment.distribution.max')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.code}</th>
                <td>{row.contributors}</td>
                <td>{cell(row.min)}</td>
                <td>{cell(row.q1)}</td>
                <td>{cell(row.median)}</td>
                <td>{cell(row.q3)}</td>
                <td>{cell(row.max)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
