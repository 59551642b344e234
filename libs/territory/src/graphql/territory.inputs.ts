import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CatalogueKind, ZoneKind } from '../catalogue/catalogue-item.entity';
import { PlanLevel } from '../plan/plan-item.entity';
import './enums';

@InputType({ description: 'A new theme, sector, zone or organisation type.' })
export class CreateCatalogueItemInput {
  @Field(() => CatalogueKind, { description: 'The list to add to.' })
  @IsEnum(CatalogueKind, { message: 'Cette liste n’existe pas.' })
  kind: CatalogueKind;
  @Field({ description: 'Code, unique within the list.' })
  @IsString()
  @MaxLength(40, { message: 'Le code dépasse 40 caractères.' })
  code: string;
  @Field({ description: 'Label shown to members.' })
  @IsString()
  @MaxLength(200, { message: 'Le libellé dépasse 200 caractères.' })
  label: string;
  @Field(() => ZoneKind, { nullable: true, description: 'Required for a zone.' })
  @IsOptional()
  @IsEnum(ZoneKind, { message: 'Ce type de zone n’existe pas.' })
  zoneKind?: ZoneKind | null;
  @Field(() => String, { nullable: true, description: 'For a zone: its outline, as GeoJSON text.' })
  @IsOptional()
  @IsString()
  geojson?: string | null;
}

@InputType({ description: 'Changes to a configuration item; omitted fields stay as they are.' })
export class UpdateCatalogueItemInput {
  @Field(() => String, { nullable: true, description: 'New code.' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'Le code dépasse 40 caractères.' })
  code?: string;
  @Field(() => String, { nullable: true, description: 'New label.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Le libellé dépasse 200 caractères.' })
  label?: string;
  @Field(() => ZoneKind, { nullable: true, description: 'New zone kind (zones only).' })
  @IsOptional()
  @IsEnum(ZoneKind, { message: 'Ce type de zone n’existe pas.' })
  zoneKind?: ZoneKind;
  @Field(() => String, { nullable: true, description: 'New outline as GeoJSON text (zones only).' })
  @IsOptional()
  @IsString()
  geojson?: string;
}

@InputType({ description: 'A new axis, stake or action of the climate plan.' })
export class CreatePlanItemInput {
  @Field(() => ID, { nullable: true, description: 'The containing axis or stake; none for an axis.' })
  @IsOptional()
  @IsUUID('all', { message: 'L’élément parent est invalide.' })
  parentId?: string | null;
  @Field(() => PlanLevel, { description: 'Axis, stake or action.' })
  @IsEnum(PlanLevel, { message: 'Ce niveau n’existe pas.' })
  level: PlanLevel;
  @Field({ description: 'Code, unique within the plan.' })
  @IsString()
  @MaxLength(40, { message: 'Le code dépasse 40 caractères.' })
  code: string;
  @Field({ description: 'Wording.' })
  @IsString()
  @MaxLength(500, { message: 'Le libellé dépasse 500 caractères.' })
  label: string;
}

@InputType({ description: 'Changes to a plan item; omitted fields stay as they are.' })
export class UpdatePlanItemInput {
  @Field(() => String, { nullable: true, description: 'New code.' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'Le code dépasse 40 caractères.' })
  code?: string;
  @Field(() => String, { nullable: true, description: 'New wording.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Le libellé dépasse 500 caractères.' })
  label?: string;
  @Field(() => ID, { nullable: true, description: 'New containing axis or stake (moves the subtree).' })
  @IsOptional()
  @IsUUID('all', { message: 'L’élément parent est invalide.' })
  parentId?: string;
}

@InputType({ description: 'A new territorial objective.' })
export class CreateObjectiveInput {
  @Field({ description: 'Code, unique within the territory.' })
  @IsString()
  @MaxLength(40, { message: 'Le code dépasse 40 caractères.' })
  code: string;
  @Field({ description: 'Wording.' })
  @IsString()
  @MaxLength(500, { message: 'Le libellé dépasse 500 caractères.' })
  label: string;
  @Field(() => Int, { description: 'Horizon year.' })
  @IsInt({ message: 'L’horizon doit être une année.' })
  horizonYear: number;
  @Field({ description: 'Target, as stated.' })
  @IsString()
  @MaxLength(200, { message: 'La cible dépasse 200 caractères.' })
  target: string;
  @Field(() => ID, { nullable: true, description: 'The theme it belongs to.' })
  @IsOptional()
  @IsUUID('all', { message: 'Le thème est invalide.' })
  themeId?: string | null;
}

@InputType({ description: 'Changes to an objective; omitted fields stay as they are.' })
export class UpdateObjectiveInput {
  @Field(() => String, { nullable: true, description: 'New code.' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'Le code dépasse 40 caractères.' })
  code?: string;
  @Field(() => String, { nullable: true, description: 'New wording.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Le libellé dépasse 500 caractères.' })
  label?: string;
  @Field(() => Int, { nullable: true, description: 'New horizon year.' })
  @IsOptional()
  @IsInt({ message: 'L’horizon doit être une année.' })
  horizonYear?: number;
  @Field(() => String, { nullable: true, description: 'New target.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'La cible dépasse 200 caractères.' })
  target?: string;
  @Field(() => ID, { nullable: true, description: 'New theme.' })
  @IsOptional()
  @IsUUID('all', { message: 'Le thème est invalide.' })
  themeId?: string;
}
