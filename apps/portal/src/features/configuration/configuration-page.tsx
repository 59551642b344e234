import { useState } from 'react';
import type { CatalogueKind } from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { canManageConfiguration } from '../auth/access';
import { useSession } from '../auth/use-session';
import { CatalogueSection } from './catalogue-section';
import { DocumentSection } from './document-section';
import { OriginSection } from './origin-section';
import { ObjectivesSection } from './objectives-section';
import { PlanSection } from './plan-section';

const LISTS = [
  'THEME',
  'SECTOR',
  'ZONE',
  'ORGANISATION_TYPE',
  'PLAN',
  'OBJECTIVES',
  'ORIGIN',
  'DOCUMENT',
] as const;
type List = (typeof LISTS)[number];

/** `/{slug}/espace/configuration`: the territory's programme configuration, one list at a time. */
export default function ConfigurationPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const [list, setList] = useState<List>('THEME');
  if (!viewer) return null;
  const manage = canManageConfiguration(viewer);
  return (
    <Page
      title={t('configuration.title')}
      lead={t(manage ? 'configuration.leadAdmin' : 'configuration.leadReader')}
    >
      <nav aria-label={t('configuration.listsNav')}>
        <ul className="segmented">
          {LISTS.filter((value) => manage || value !== 'DOCUMENT').map((value) => (
            <li key={value}>
              <button
                type="button"
                className={value === list ? 'button' : 'button button--secondary'}
                aria-pressed={value === list}
                onClick={() => setList(value)}
              >
                {t(`configuration.kinds.${value}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {list === 'ORIGIN' ? (
        <OriginSection />
      ) : list === 'DOCUMENT' ? (
        <DocumentSection slug={viewer.currentTenant?.slug ?? 'territoire'} />
      ) : list === 'PLAN' ? (
        <PlanSection manage={manage} />
      ) : list === 'OBJECTIVES' ? (
        <ObjectivesSection manage={manage} />
      ) : (
        <CatalogueSection key={list} kind={list as CatalogueKind} manage={manage} />
      )}
    </Page>
  );
}
