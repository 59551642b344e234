import { useI18n } from '../../i18n/i18n';

export interface BreakdownRow {
  code: string;
  title: string;
  unit: string;
  values: { year: number; sector: string; value?: number | null }[];
}

/** The followed indicators that detail this one, each with its latest territory-wide observed value. */
export function SectorBreakdown(props: { rows: BreakdownRow[] }) {
  const { t, formatNumber } = useI18n();
  const latest = props.rows.map((row) => {
    const known = row.values.filter((v) => v.sector === '' && v.value !== null && v.value !== undefined);
    const last = known.sort((a, b) => b.year - a.year)[0];
    return { ...row, year: last?.year, value: last?.value ?? null };
  });
  return (
    <section aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">{t('indicators.breakdown.title')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.breakdown.sector')}</th>
              <th scope="col">{t('indicators.breakdown.year')}</th>
              <th scope="col">{t('indicators.breakdown.value')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.title}</th>
                <td>{row.year ?? '—'}</td>
                <td>
                  {row.value === null
                    ? t('indicators.breakdown.none')
                    : `${formatNumber(row.value)} ${row.unit}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
