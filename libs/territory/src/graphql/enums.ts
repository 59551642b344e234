import { registerEnumType } from '@nestjs/graphql';
import { CatalogueKind, ZoneKind } from '../catalogue/catalogue-item.entity';
import { PlanLevel } from '../plan/plan-item.entity';

registerEnumType(CatalogueKind, {
  name: 'CatalogueKind',
  description: 'Which list of the territory’s vocabulary an item belongs to.',
  valuesMap: {
    THEME: { description: 'Thème (énergie, mobilités, alimentation…).' },
    SECTOR: { description: 'Secteur d’activité (tertiaire, industrie navale, santé…).' },
    ZONE: { description: 'Zone géographique (ZAE, quartier, commune).' },
    ORGANISATION_TYPE: { description: 'Type d’organisation (entreprise, association, collectivité…).' },
  },
});
registerEnumType(ZoneKind, {
  name: 'ZoneKind',
  description: 'What kind of place a geographic zone is.',
  valuesMap: {
    ZAE: { description: 'Zone d’activité économique.' },
    NEIGHBOURHOOD: { description: 'Quartier.' },
    COMMUNE: { description: 'Commune.' },
  },
});
registerEnumType(PlanLevel, {
  name: 'PlanLevel',
  description: 'The level of an item in the climate plan tree.',
  valuesMap: {
    AXIS: { description: 'Axe: a root of the plan.' },
    STAKE: { description: 'Enjeu: below an axis or another stake.' },
    ACTION: { description: 'Action: a leaf, below an axis or a stake.' },
  },
});
