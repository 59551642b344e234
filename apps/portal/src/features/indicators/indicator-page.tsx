import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  IndicatorBreakdownDocument,
  IndicatorPageDocument,
  RemoveObjectiveDocument,
  type IndicatorPageQuery,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { StatusMessage, ErrorAlert } from '../../ui/alerts';
import { Page } from '../../ui/page';
import { Progress } from '../../ui/progress';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { canEditIndicators } from './access';
import { IndicatorChart } from './indicator-chart';
import { ObjectiveForm } from './objective-form';
import { ObjectivePanel } from './objective-panel';
import { SectorBreakdown, type BreakdownRow } from './sector-breakdown';
import { StatusBadge } from './status-badge';
import { ValueForm } from './value-form';
import { ValuesTable } from './values-table';

type Indicator = IndicatorPageQuery['indicator'];
type Load =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; indicator: Indicator };

/** `/{slug}/espace/indicateurs/:code`: the series, objectives, trajectory, what is missing, the breakdown. */
export default function IndicatorPage() {
  const tenant = useTenant();
  const { code = '' } = useParams();
  const { t } = useI18n();
  const { viewer } = useSession();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [breakdown, setBreakdown] = useState<BreakdownRow[]>([]);
  const [news, setNews] = useState<string>();

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [page, children] = await Promise.all([
          request(IndicatorPageDocument, { code }, signal),
          request(IndicatorBreakdownDocument, { first: 100 }, signal),
        ]);
        setLoad({ status: 'ready', indicator: page.indicator });
        setBreakdown(
          children.indicators.edges
            .map((edge) => edge.node)
            .filter((child) => child.parents.includes(code))
            .map((child) => ({
              code: child.code,
              title: child.title,
              unit: child.unit,
              values: child.values,
            })),
        );
      } catch (error) {
        if (!signal?.aborted) setLoad({ status: 'failed', error });
      }
    },
    [code],
  );

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  if (!viewer) return null;
  if (load.status === 'loading') return <Progress label={t('common.loading')} />;
  if (load.status === 'failed') {
    return (
      <Page title={t('indicators.title')}>
        <ErrorAlert>{toFormErrors(load.error, [], (k) => t(`errors.${k}`)).form}</ErrorAlert>
        <Link to={paths.indicators(tenant.slug)}>{t('indicators.back')}</Link>
      </Page>
    );
  }
  const indicator = load.indicator;
  const edit = canEditIndicators(viewer);
  const territoryWide = indicator.values.filter((v) => v.sector === '' && v.value !== null);
  const seriesOf = (kind: 'OBSERVED' | 'ESTIMATED') =>
    territoryWide.filter((v) => v.kind === kind).map((v) => ({ year: v.year, value: v.value as number }));
  const main = indicator.objectives.find((o) => o.trajectory.length) ?? indicator.objectives[0];
  const target =
    main?.targetYear && main.whatIsMissing.target !== null
      ? { year: main.targetYear, value: main.whatIsMissing.target }
      : undefined;

  async function removeObjective(id: string) {
    setNews(undefined);
    try {
      await request(RemoveObjectiveDocument, { id });
      setNews(t('indicators.objective.removed'));
      await reload();
    } catch (error) {
      setNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }

  return (
    <Page title={indicator.title} lead={indicator.description ?? undefined}>
      <p>
        <Link to={paths.indicators(tenant.slug)}>{t('indicators.back')}</Link>
      </p>
      <dl className="facts">
        <dt>{t('indicators.column.code')}</dt>
        <dd>
          <code>{indicator.code}</code>
        </dd>
        <dt>{t('indicators.column.unit')}</dt>
        <dd>{indicator.unit}</dd>
        <dt>{t('indicators.column.status')}</dt>
        <dd>
          <StatusBadge status={indicator.status} />
        </dd>
        {indicator.formula ? (
          <>
            <dt>{t('indicators.formula')}</dt>
            <dd>
              <code>{indicator.formula}</code>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="series-heading">
        <h2 id="series-heading">{t('indicators.series')}</h2>
        <IndicatorChart
          title={indicator.title}
          unit={indicator.unit}
          series={[
            { key: 'observed', points: seriesOf('OBSERVED') },
            { key: 'estimated', points: seriesOf('ESTIMATED') },
            { key: 'trajectory', points: main?.trajectory ?? [] },
          ]}
          target={target}
        />
        <ValuesTable values={indicator.values} unit={indicator.unit} />
      </section>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t('indicators.objectives')}</h2>
        <StatusMessage>{news}</StatusMessage>
        {indicator.objectives.length === 0 ? <p>{t('indicators.objective.none')}</p> : null}
        {indicator.objectives.map((objective) => (
          <ObjectivePanel
            key={objective.id}
            objective={objective}
            unit={indicator.unit}
            onRemove={edit ? () => void removeObjective(objective.id) : undefined}
          />
        ))}
      </section>
      {breakdown.length ? <SectorBreakdown rows={breakdown} /> : null}
      {edit ? (
        <>
          <ValueForm code={indicator.code} unit={indicator.unit} onSaved={() => void reload()} />
          <ObjectiveForm code={indicator.code} onSaved={() => void reload()} />
        </>
      ) : null}
    </Page>
  );
}
