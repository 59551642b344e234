import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Direction, ObjectiveKind } from '../trajectory/trajectory';
import { ValueKind } from '../value/indicator-value.entity';

@InputType({ description: 'An indicator the territory defines for itself.' })
export class CreateCustomIndicatorInput {
  @Field({ description: 'Code, lower case, e.g. `clermont_velo.1`.' })
  @IsString()
  code: string;
  @Field({ description: 'Name.' })
  @IsString()
  @Length(1, 300, { message: 'Indiquez le nom de l’indicateur (300 caractères au plus).' })
  title: string;
  @Field({ description: 'Unit of its values.' })
  @IsString()
  @MaxLength(60, { message: 'L’unité tient en 60 caractères au plus.' })
  unit: string;
  @Field(() => [String], { nullable: true, description: 'Codes of the territory’s themes.' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  themeCodes?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Decimals to show.' })
  @IsOptional()
  @IsInt()
  precision?: number | null;
  @Field(() => Float, { nullable: true, description: 'Smallest value accepted.' })
  @IsOptional()
  @IsNumber()
  minimum?: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest value accepted.' })
  @IsOptional()
  @IsNumber()
  maximum?: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Formula for a computed indicator: val(code), opt_val(code), numbers, + - * / and parentheses.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  formula?: string | null;
  @Field(() => String, { nullable: true, description: 'What it measures and how.' })
  @IsOptional()
  @IsString()
  description?: string | null;
}

@InputType({
  description: 'An objective on a followed indicator; which terms are needed depends on the kind.',
})
export class AddObjectiveInput {
  @Field({ description: 'Indicator code.' })
  @IsString()
  indicatorCode: string;
  @Field(() => ObjectiveKind, { description: 'How the objective is expressed.' })
  @IsEnum(ObjectiveKind, { message: 'Ce type d’objectif n’existe pas.' })
  kind: ObjectiveKind;
  @Field(() => Int, { nullable: true, description: 'Base year (relative and rate objectives).' })
  @IsOptional()
  @IsInt()
  baseYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Target year.' })
  @IsOptional()
  @IsInt()
  targetYear?: number | null;
  @Field(() => Float, { nullable: true, description: 'Target value (absolute objectives).' })
  @IsOptional()
  @IsNumber()
  targetValue?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Change in % against the base year (relative objectives).',
  })
  @IsOptional()
  @IsNumber()
  changePercent?: number | null;
  @Field(() => Float, { nullable: true, description: 'Yearly rate in % (rate objectives).' })
  @IsOptional()
  @IsNumber()
  ratePercent?: number | null;
  @Field(() => Direction, { nullable: true, description: 'Direction (direction-only objectives).' })
  @IsOptional()
  @IsEnum(Direction)
  direction?: Direction | null;
  @Field({ description: 'Where it comes from: SNBC, PREPA, PPA, ZAN, PLUi…' })
  @IsString()
  @MaxLength(200)
  source: string;
  @Field(() => String, { nullable: true, description: 'The decision or workshop that validated it.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  validatedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Wording as the territory states it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  label?: string | null;
}

@InputType({ description: 'A value of an indicator for a year; the same scope entered again replaces it.' })
export class RecordValueInput {
  @Field({ description: 'Indicator code.' })
  @IsString()
  indicatorCode: string;
  @Field(() => Int, { description: 'Year.' })
  @IsInt({ message: 'L’année doit être un nombre entier.' })
  year: number;
  @Field(() => ValueKind, { description: 'Observed, estimated or target.' })
  @IsEnum(ValueKind)
  kind: ValueKind;
  @Field(() => Float, { description: 'The value, in the indicator’s unit.' })
  @IsNumber({}, { message: 'La valeur doit être un nombre.' })
  value: number;
  @Field(() => String, { nullable: true, description: 'Unit, checked against the indicator’s when given.' })
  @IsOptional()
  @IsString()
  unit?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Sector of a breakdown; empty for the whole territory.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string | null;
  @Field(() => ID, { nullable: true, description: 'Organisation contributing the value.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the value comes from.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  source?: string | null;
}

@InputType({
  description: 'A CSV file of values: code, annee, valeur, and optionally type, unite, secteur, source.',
})
export class StartIndicatorImportInput {
  @Field({ description: 'Name of the file, shown in the import’s report.' })
  @IsString()
  @MaxLength(200)
  fileName: string;
  @Field({ description: 'The file’s bytes, base64-encoded (UTF-8 CSV, comma or semicolon separated).' })
  @IsString()
  contentBase64: string;
}
