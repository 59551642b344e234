import { CatalogueEntry } from './catalogue/catalogue-entry.entity';
import { CustomDefinition } from './indicator/custom-definition.entity';
import { Selection } from './indicator/selection.entity';
import { Objective } from './objective/objective.entity';
import { IndicatorValue } from './value/indicator-value.entity';
import { DeclaredImpact } from './impact/declared-impact.entity';
import { IndicatorImport } from './import/indicator-import.entity';

export const indicatorsEntities = [
  CatalogueEntry,
  CustomDefinition,
  Selection,
  Objective,
  IndicatorValue,
  DeclaredImpact,
  IndicatorImport,
];
