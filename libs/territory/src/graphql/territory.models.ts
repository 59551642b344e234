import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CatalogueKind, ZoneKind } from '../catalogue/catalogue-item.entity';
import { PlanLevel } from '../plan/plan-item.entity';
import './enums';

@ObjectType('CatalogueItem', {
  description: 'A theme, sector, geographic zone or organisation type of the current territory.',
})
export class CatalogueItemModel {
  @Field(() => ID, { description: 'Stable identifier, kept across renames.' })
  id: string;
  @Field(() => CatalogueKind, { description: 'The list the item belongs to.' })
  kind: CatalogueKind;
  @Field({ description: 'Code, unique within the list, used by imports and exports (e.g. `ENERGIE`).' })
  code: string;
  @Field({ description: 'Label shown to members, e.g. « Économie circulaire ».' })
  label: string;
  @Field(() => Int, { description: 'Rank in the list chosen by the admins, from 0.' })
  position: number;
  @Field(() => ZoneKind, { nullable: true, description: 'For a zone: ZAE, neighbourhood or commune.' })
  zoneKind: ZoneKind | null;
  @Field(() => String, { nullable: true, description: 'For a zone: its outline, as GeoJSON text.' })
  geojson: string | null;
  @Field({ description: 'True once archived: kept for what refers to it, no longer offered.' })
  archived: boolean;
}

@ObjectType('PlanItem', { description: 'An axis, stake or action of the territory’s climate plan.' })
export class PlanItemModel {
  @Field(() => ID, { description: 'Stable identifier, kept across renames and moves.' })
  id: string;
  @Field(() => ID, { nullable: true, description: 'The containing item; null for an axis.' })
  parentId: string | null;
  @Field(() => PlanLevel, { description: 'Axis, stake or action.' })
  level: PlanLevel;
  @Field({ description: 'Code, unique within the plan (e.g. `9` for « enjeu n°9 »).' })
  code: string;
  @Field({ description: 'Wording of the item.' })
  label: string;
  @Field(() => Int, { description: 'Rank among its siblings, from 0.' })
  position: number;
  @Field({ description: 'True once archived.' })
  archived: boolean;
}

@ObjectType('TerritorialObjective', {
  description: 'An objective of the territory, e.g. « diviser par 4 les émissions de GES » by 2050.',
})
export class ObjectiveModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
  @Field({ description: 'Code, unique within the territory.' })
  code: string;
  @Field({ description: 'Wording of the objective.' })
  label: string;
  @Field(() => Int, { description: 'Year the target is set for.' })
  horizonYear: number;
  @Field({ description: 'The target, as stated (e.g. « -75 % », « 30 % »).' })
  target: string;
  @Field(() => ID, { nullable: true, description: 'Identifier of the theme the objective belongs to.' })
  themeId: string | null;
  @Field(() => Int, { description: 'Rank in the list, from 0.' })
  position: number;
  @Field({ description: 'True once archived.' })
  archived: boolean;
}
