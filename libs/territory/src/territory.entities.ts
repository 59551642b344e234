import { CatalogueItem } from './catalogue/catalogue-item.entity';
import { PlanItem } from './plan/plan-item.entity';
import { Objective } from './objective/objective.entity';
import { Onboarding } from './onboarding/onboarding.entity';
import { ConfigurationOrigin, Template, TemplateVersion } from './template/template.entity';

export const territoryEntities = [
  CatalogueItem,
  PlanItem,
  Objective,
  Template,
  TemplateVersion,
  ConfigurationOrigin,
  Onboarding,
];
