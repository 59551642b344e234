import type { IndicatorValueFieldsFragment } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';

/** Every value, by year: the chart's text alternative, with what is computed and why a value is missing. */
export function ValuesTable(props: { values: IndicatorValueFieldsFragment[]; unit: string }) {
  const { t, formatNumber } = useI18n();
  if (props.values.length === 0) return <p>{t('indicators.values.none')}</p>;
  const rows = [...props.values].sort((a, b) => a.year - b.year || a.sector.localeCompare(b.sector));
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{t('indicators.values.caption', { unit: props.unit })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.values.year')}</th>
            <th scope="col">{t('indicators.values.kind')}</th>
            <th scope="col">{t('indicators.values.sector')}</th>
            <th scope="col">{t('indicators.values.value')}</th>
            <th scope="col">{t('indicators.values.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((value) => (
            <tr key={value.id}>
              <th scope="row">{value.year}</th>
              <td>{t(`indicators.kind.${value.kind}`)}</td>
              <td>{value.sector || t('indicators.values.territory')}</td>
              <td>
                {value.value === null ? (
                  <span>{t('indicators.values.empty', { reason: value.missingReason ?? '' })}</span>
                ) : (
                  formatNumber(value.value)
                )}
                {value.computed ? (
                  <span className="table__note"> {t('indicators.values.computed')}</span>
                ) : null}
              </td>
              <td>{value.source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
