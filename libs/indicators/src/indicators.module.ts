import { Module } from '@nestjs/common';
import { DefinitionRepository } from './indicator/definition.repository';
import { SelectionRepository } from './indicator/selection.repository';
import { IndicatorService } from './indicator/indicator.service';
import { ObjectiveRepository } from './objective/objective.repository';
import { ObjectiveService } from './objective/objective.service';
import { IndicatorValueRepository } from './value/indicator-value.repository';
import { ValueService } from './value/value.service';
import { DeclaredImpactRepository } from './impact/declared-impact.repository';
import { IndicatorLoaders } from './graphql/indicator.loaders';
import { IndicatorResolver, ObjectiveResolver } from './graphql/indicators.resolver';
import { ImportResolver } from './graphql/import.resolver';
import { IndicatorImportRepository } from './import/indicator-import.repository';
import { ImportService } from './import/import.service';

/** Indicators, objectives, values, computed indicators and trajectories. */
@Module({
  providers: [
    DefinitionRepository,
    SelectionRepository,
    IndicatorService,
    ObjectiveRepository,
    ObjectiveService,
    IndicatorValueRepository,
    ValueService,
    DeclaredImpactRepository,
    IndicatorLoaders,
    IndicatorResolver,
    ObjectiveResolver,
    IndicatorImportRepository,
    ImportService,
    ImportResolver,
  ],
})
export class IndicatorsModule {}
