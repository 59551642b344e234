import { Link } from 'react-router-dom';
import type { ActionFieldsFragment, PublicActionFieldsFragment } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { Badge, useFormatDate } from './community-ui';
import { labelOf, stakeLabel, type Vocabulary } from './vocabulary';

type AnyAction = PublicActionFieldsFragment &
  Partial<
    Pick<
      ActionFieldsFragment,
      'barriers' | 'levers' | 'partnerOrganisationNames' | 'budgetEuros' | 'people' | 'progress'
    >
  >;

/** An action as a card: what it is, where it stands, its means, barriers and levers, partners, stakes, impacts. */
export function ActionCard(props: {
  action: AnyAction;
  vocabulary: Vocabulary;
  slug?: string;
  headingLevel?: 3 | 4;
}) {
  const { t, locale } = useI18n();
  const formatDate = useFormatDate();
  const { action, vocabulary } = props;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  const number = new Intl.NumberFormat(locale);
  const stakes = action.planStakeCodes.map((code) => {
    const stake = vocabulary.stakes.find((s) => s.code === code);
    return stake ? stakeLabel(stake) : code;
  });
  return (
    <article className="card" aria-labelledby={`action-${action.id}`}>
      <Heading className="card__title" id={`action-${action.id}`}>
        {props.slug ? <Link to={paths.action(props.slug, action.id)}>{action.title}</Link> : action.title}
      </Heading>
      <p className="card__meta">
        <Badge
          tone={action.status === 'DONE' ? 'active' : action.status === 'ABANDONED' ? 'revoked' : 'pending'}
        >
          {t(`community.actionStatus.${action.status}`)}
        </Badge>
        {action.categoryCode ? ` · ${labelOf(vocabulary.themes, action.categoryCode)}` : ''}
        {action.startsOn ? ` · ${t('community.action.from', { date: formatDate(action.startsOn) })}` : ''}
        {action.dueOn ? ` · ${t('community.action.until', { date: formatDate(action.dueOn) })}` : ''}
      </p>
      {action.description ? <p>{action.description}</p> : null}
      <dl className="facts">
        {action.budgetEuros != null || action.people != null ? (
          <>
            <dt>{t('community.action.means')}</dt>
            <dd>
              {[
                action.budgetEuros != null ? `${number.format(action.budgetEuros)} €` : '',
                action.people != null ? t('community.action.fte', { n: number.format(action.people) }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        ) : null}
        {action.partnerOrganisationNames?.length ? (
          <>
            <dt>{t('community.action.partners')}</dt>
            <dd>{action.partnerOrganisationNames.join(', ')}</dd>
          </>
        ) : null}
        {stakes.length ? (
          <>
            <dt>{t('community.action.stakes')}</dt>
            <dd>{stakes.join(' ; ')}</dd>
          </>
        ) : null}
      </dl>
      {action.barriers?.length ? (
        <>
          <p className="list-title">{t('community.action.barriers')}</p>
          <ul aria-label={t('community.action.barriersOf', { title: action.title })}>
            {action.barriers.map((barrier) => (
              <li key={barrier}>{barrier}</li>
            ))}
          </ul>
        </>
      ) : null}
      {action.levers?.length ? (
        <>
          <p className="list-title">{t('community.action.levers')}</p>
          <ul aria-label={t('community.action.leversOf', { title: action.title })}>
            {action.levers.map((lever) => (
              <li key={lever}>{lever}</li>
            ))}
          </ul>
        </>
      ) : null}
      {action.impacts.length ? (
        <>
          <p className="list-title">{t('community.action.impacts')}</p>
          <ul>
            {action.impacts.map((impact) => (
              <li key={impact.id}>
                {t('community.action.impactLine', {
                  quantity: number.format(impact.quantity),
                  unit: impact.unit,
                  year: String(impact.year),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
