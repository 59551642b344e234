import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@alliance/platform';
import { Direction, ObjectiveKind } from '../trajectory/trajectory';
import { ValueKind } from '../value/indicator-value.entity';
import { ImportStatus } from '../import/indicator-import.entity';
import './enums';

@ObjectType('CatalogueIndicator', { description: 'A definition of the national indicator catalogue.' })
export class CatalogueIndicatorModel {
  @Field(() => ID, { description: 'Stable identifier of the catalogue row.' })
  id: string;
  @Field({ description: 'Catalogue code, e.g. `cae_1.a`.' })
  code: string;
  @Field({ description: 'Name of the indicator.' })
  title: string;
  @Field({ description: 'Unit of its values, e.g. « kteq CO2 ».' })
  unit: string;
  @Field(() => [String], { description: 'Codes of the indicators it details.' })
  parents: string[];
  @Field(() => [String], { description: 'Catalogue themes, e.g. `energie_et_climat`.' })
  themes: string[];
  @Field(() => String, { nullable: true, description: 'Formula when the indicator is computed from others.' })
  formula: string | null;
}

@ObjectType({ description: 'One page of the national catalogue.' })
export class CatalogueEdge {
  @Field({ description: 'Cursor of this row.' })
  cursor: string;
  @Field(() => CatalogueIndicatorModel, { description: 'The definition.' })
  node: CatalogueIndicatorModel;
}

@ObjectType({ description: 'The national catalogue, page by page.' })
export class CatalogueConnection {
  @Field(() => [CatalogueEdge], { description: 'Definitions of this page.' })
  edges: CatalogueEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'Definitions matching the filters.' })
  totalCount: number;
}

@ObjectType('IndicatorValue', { description: 'A value of an indicator for a year.' })
export class IndicatorValueModel {
  @Field(() => ID, { description: 'Stable identifier of the value.' })
  id: string;
  @Field({ description: 'Indicator code.' })
  indicatorCode: string;
  @Field(() => Int, { description: 'Year the value is for.' })
  year: number;
  @Field(() => ValueKind, { description: 'Observed, estimated or target.' })
  kind: ValueKind;
  @Field({ description: 'Sector of a breakdown; empty for the territory-wide value.' })
  sector: string;
  @Field(() => ID, { nullable: true, description: 'Organisation that contributed the value, if any.' })
  organisationId: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The value; empty for a computed value whose required inputs are missing.',
  })
  value: number | null;
  @Field({ description: 'True when computed from other indicators’ values.' })
  computed: boolean;
  @Field(() => String, { nullable: true, description: 'Why a computed value is empty (missing inputs).' })
  missingReason: string | null;
  @Field(() => String, { nullable: true, description: 'Where the value comes from (ATMO, OREGES, INSEE…).' })
  source: string | null;
  @Field(() => ID, { nullable: true, description: 'Who entered it; empty for a computed value.' })
  enteredBy: string | null;
}

@ObjectType({ description: 'A year and a value on a trajectory.' })
export class TrajectoryPoint {
  @Field(() => Int, { description: 'Year.' })
  year: number;
  @Field(() => Float, { description: 'Expected value that year.' })
  value: number;
}

@ObjectType({ description: 'An action’s declared contribution to an indicator (from community).' })
export class DeclaredImpactModel {
  @Field({ description: 'Reference of the action in community.' })
  actionRef: string;
  @Field(() => String, { nullable: true, description: 'Title of the action when declared.' })
  actionTitle: string | null;
  @Field(() => Float, { description: 'Expected impact, in `unit`.' })
  quantity: number;
  @Field({ description: 'Unit of the impact.' })
  unit: string;
  @Field(() => Int, { description: 'Year the impact is expected by.' })
  year: number;
}

@ObjectType({ description: '« Ce qui manque ? »: the way to the objective and what actions cover of it.' })
export class WhatIsMissing {
  @Field(() => Float, { nullable: true, description: 'The value the objective sets for its target year.' })
  target: number | null;
  @Field(() => Int, { nullable: true, description: 'Year of the latest value.' })
  latestYear: number | null;
  @Field(() => Float, { nullable: true, description: 'The latest value.' })
  latestValue: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Latest value minus the trajectory’s value that year (positive: above the line).',
  })
  gapToTrajectory: number | null;
  @Field(() => Float, { nullable: true, description: 'Target minus latest value, in the indicator’s unit.' })
  remaining: number | null;
  @Field(() => Float, { description: 'Sum of the impacts actions declare by the target year.' })
  declared: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of the remaining way the declared impacts cover (1 = all of it).',
  })
  coverage: number | null;
  @Field(() => Int, { description: 'Declared impacts not counted because their unit differs.' })
  otherUnits: number;
  @Field(() => [DeclaredImpactModel], { description: 'The declared impacts on this indicator.' })
  impacts: DeclaredImpactModel[];
}

@ObjectType('Objective', { description: 'What a territory aims for on an indicator.' })
export class ObjectiveModel {
  @Field(() => ID, { description: 'Stable identifier of the objective.' })
  id: string;
  @Field({ description: 'Indicator code.' })
  indicatorCode: string;
  @Field(() => ObjectiveKind, { description: 'How the objective is expressed.' })
  kind: ObjectiveKind;
  @Field(() => Int, { nullable: true, description: 'Base year (reference).' })
  baseYear: number | null;
  @Field(() => Int, { nullable: true, description: 'Year of the target.' })
  targetYear: number | null;
  @Field(() => Float, { nullable: true, description: 'Absolute target value.' })
  targetValue: number | null;
  @Field(() => Float, { nullable: true, description: 'Change against the base year, in %.' })
  changePercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Yearly rate of change, in %.' })
  ratePercent: number | null;
  @Field(() => Direction, { nullable: true, description: 'Direction of a direction-only objective.' })
  direction: Direction | null;
  @Field({ description: 'Where the objective comes from: SNBC, PREPA, PPA, ZAN, PLUi…' })
  source: string;
  @Field(() => String, { nullable: true, description: 'The decision or workshop that validated it.' })
  validatedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Wording as the territory states it.' })
  label: string | null;
}

@ObjectType('Indicator', { description: 'An indicator the territory follows.' })
export class IndicatorModel {
  @Field({ description: 'Code: from the catalogue, or the territory’s own.' })
  code: string;
  @Field({ description: 'Name.' })
  title: string;
  @Field({ description: 'Unit of its values.' })
  unit: string;
  @Field(() => [String], { description: 'Codes of the indicators it details.' })
  parents: string[];
  @Field(() => [String], { description: 'Theme codes.' })
  themes: string[];
  @Field(() => Int, { nullable: true, description: 'Decimals to show.' })
  precision: number | null;
  @Field(() => Float, { nullable: true, description: 'Smallest value accepted.' })
  minimum: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest value accepted.' })
  maximum: number | null;
  @Field(() => String, { nullable: true, description: 'Formula when computed from other indicators.' })
  formula: string | null;
  @Field(() => String, { nullable: true, description: 'What it measures and how.' })
  description: string | null;
  @Field({ description: 'True for an indicator the territory defined itself.' })
  custom: boolean;
}

@ObjectType({ description: 'An edge of the followed indicators.' })
export class IndicatorEdge {
  @Field({ description: 'Cursor of this indicator.' })
  cursor: string;
  @Field(() => IndicatorModel, { description: 'The indicator.' })
  node: IndicatorModel;
}

@ObjectType({ description: 'The indicators the territory follows, page by page.' })
export class IndicatorConnection {
  @Field(() => [IndicatorEdge], { description: 'Indicators of this page.' })
  edges: IndicatorEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'Indicators followed.' })
  totalCount: number;
}

@ObjectType({ description: 'A faulty row of an imported file.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file (1 is the header).' })
  line: number;
  @Field({ description: 'Column at fault, as named in the file (code, annee, valeur, type, unite).' })
  field: string;
  @Field({ description: 'What is wrong and how to fix it, in French.' })
  message: string;
}

@ObjectType('IndicatorImport', { description: 'An import of indicator values from a CSV file.' })
export class IndicatorImportModel {
  @Field(() => ID, { description: 'Stable identifier of the import.' })
  id: string;
  @Field({ description: 'Name of the imported file.' })
  fileName: string;
  @Field(() => ImportStatus, { description: 'Where the import stands.' })
  status: ImportStatus;
  @Field(() => Int, { description: 'Data rows in the file.' })
  totalRows: number;
  @Field(() => Int, { description: 'Rows checked so far.' })
  processedRows: number;
  @Field(() => Int, { description: 'Rows written (all of them, or none).' })
  writtenRows: number;
  @Field(() => [ImportRowError], { description: 'Every faulty row (the first thousand).' })
  errors: ImportRowError[];
  @Field({ description: 'When the import was started.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  finishedAt: Date | null;
}
