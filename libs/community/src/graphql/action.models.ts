import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Action, ActionImpact, ActionProgress } from '../action/action.entity';

export enum ActionStatusValue {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
  ABANDONED = 'abandoned',
}
registerEnumType(ActionStatusValue, {
  name: 'ActionStatus',
  description: 'Where an action stands.',
  valuesMap: {
    PLANNED: { description: 'Planned [planifiée].' },
    IN_PROGRESS: { description: 'In progress [en cours].' },
    DONE: { description: 'Done [réalisée].' },
    ABANDONED: { description: 'Abandoned [abandonnée].' },
  },
});

/**
 * An action as the API shows it. Read as the public (`publicView`), its means, barriers, levers, partners
 * and progress stay inside the territory: the public page shows title, status, category and impacts.
 */
export interface ActionView {
  id: string;
  tenantId: string;
  commitmentId: string | null;
  coalitionId: string | null;
  organisationId: string | null;
  title: string;
  description: string | null;
  categoryCode: string | null;
  status: ActionStatusValue;
  startsOn: string | null;
  dueOn: string | null;
  budgetEuros: number | null;
  people: number | null;
  barriers: string[];
  levers: string[];
  partnerOrganisationIds: string[];
  planStakeCodes: string[];
  createdAt: Date;
  publicView: boolean;
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

export function actionView(action: Action, publicView: boolean): ActionView {
  const view: ActionView = {
    id: action.id,
    tenantId: action.tenantId,
    commitmentId: action.commitmentId,
    coalitionId: action.coalitionId,
    organisationId: action.organisationId,
    title: action.title,
    description: action.description,
    categoryCode: action.categoryCode,
    status: action.status as ActionStatusValue,
    startsOn: action.startsOn,
    dueOn: action.dueOn,
    budgetEuros: numberOrNull(action.budgetEuros),
    people: numberOrNull(action.people),
    barriers: action.barriers,
    levers: action.levers,
    partnerOrganisationIds: action.partnerOrganisationIds,
    planStakeCodes: action.planStakeCodes,
    createdAt: action.createdAt,
    publicView,
  };
  if (publicView)
    Object.assign(view, {
      budgetEuros: null,
      people: null,
      barriers: [],
      levers: [],
      partnerOrganisationIds: [],
    });
  return view;
}

export function impactView(impact: ActionImpact): ActionImpactModel {
  return {
    id: impact.id,
    quantity: Number(impact.quantity),
    unit: impact.unit,
    year: impact.year,
    method: impact.method,
    indicatorCode: impact.indicatorCode,
  };
}

@ObjectType('Action', {
  description:
    'A concrete action of a commitment, a coalition or an organisation. Read as the public, only title, description, status, category, dates, plan stakes and impacts show.',
})
export class ActionModel {
  @Field(() => ID, { description: 'Identifier of the action.' })
  id: string;
  @Field(() => ID, { nullable: true, description: 'The commitment it belongs to, if any.' })
  commitmentId: string | null;
  @Field(() => ID, { nullable: true, description: 'The coalition that carries it, if any.' })
  coalitionId: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that carries it, if any.' })
  organisationId: string | null;
  @Field({ description: 'Title.' })
  title: string;
  @Field(() => String, { nullable: true, description: 'What the action does.' })
  description: string | null;
  @Field(() => String, { nullable: true, description: 'Category: code of one of the territory’s themes.' })
  categoryCode: string | null;
  @Field(() => ActionStatusValue, { description: 'Planned, in progress, done or abandoned.' })
  status: ActionStatusValue;
  @Field(() => String, { nullable: true, description: 'Start date, YYYY-MM-DD.' })
  startsOn: string | null;
  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  dueOn: string | null;
  @Field(() => Float, { nullable: true, description: 'Budget in euros [moyens].' })
  budgetEuros: number | null;
  @Field(() => Float, { nullable: true, description: 'People involved, in full-time equivalents [moyens].' })
  people: number | null;
  @Field(() => [String], { description: 'What holds the action back [freins].' })
  barriers: string[];
  @Field(() => [String], { description: 'What would help it spread [leviers].' })
  levers: string[];
  @Field(() => [ID], { description: 'Partner organisations.' })
  partnerOrganisationIds: string[];
  @Field(() => [String], { description: 'Codes of the climate-plan stakes it serves.' })
  planStakeCodes: string[];
  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType('ActionImpact', {
  description: 'An expected impact of an action, e.g. 120 tCO2e/year avoided in 2030.',
})
export class ActionImpactModel {
  @Field(() => ID, {
    description: 'Identifier of the impact; pass it back to keep it when updating the action.',
  })
  id: string;
  @Field(() => Float, { description: 'Expected quantity.' })
  quantity: number;
  @Field({ description: 'Unit, e.g. `tCO2e/an` or `MWh/an`.' })
  unit: string;
  @Field(() => Int, { description: 'Year the impact is expected.' })
  year: number;
  @Field(() => String, { nullable: true, description: 'How it was estimated.' })
  method: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Code of the indicator it contributes to; the indicators context is told.',
  })
  indicatorCode: string | null;
}

@ObjectType('ActionProgressUpdate', { description: 'A dated progress update of an action.' })
export class ActionProgressModel {
  @Field(() => ID, { description: 'Identifier of the update.' })
  id: string;
  @Field({ description: 'Date of the update, YYYY-MM-DD.' })
  reportedOn: string;
  @Field({ description: 'Where the action stands.' })
  note: string;
  @Field(() => Int, { nullable: true, description: 'Percent done, 0 to 100.' })
  percent: number | null;
  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}

export function progressView(progress: ActionProgress): ActionProgressModel {
  return progress;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = (label: string) => `${label} : saisissez une date au format AAAA-MM-JJ.`;
const CODE = /^[A-Za-z0-9_.-]{1,50}$/;

@InputType({ description: 'An expected impact of an action.' })
export class ImpactInput {
  @Field(() => ID, { nullable: true, description: 'An existing impact of the action to keep and update.' })
  @IsOptional()
  @IsUUID('all', { message: 'Impact inconnu.' })
  id?: string | null;
  @Field(() => Float, { description: 'Expected quantity, e.g. 120.' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'La quantité de l’impact doit être un nombre.' },
  )
  quantity: number;
  @Field({ description: 'Unit, e.g. `tCO2e/an`.' })
  @IsString()
  @Length(1, 50, { message: 'Indiquez l’unité de l’impact (50 caractères au plus).' })
  unit: string;
  @Field(() => Int, { description: 'Year the impact is expected, 2000 to 2100.' })
  @IsInt({ message: 'L’année de l’impact est un entier.' })
  @Min(2000, { message: 'L’année de l’impact va de 2000 à 2100.' })
  @Max(2100, { message: 'L’année de l’impact va de 2000 à 2100.' })
  year: number;
  @Field(() => String, { nullable: true, description: 'How it was estimated.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'La méthode compte au plus 2 000 caractères.' })
  method?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Code of the indicator it contributes to, e.g. `cae_1.a`.',
  })
  @IsOptional()
  @Matches(CODE, { message: 'Code d’indicateur invalide.' })
  indicatorCode?: string | null;
}

/** What an action states besides its title and owner; each field left out keeps its value. */
@InputType({ isAbstract: true })
export abstract class ActionContentInput {
  @Field(() => String, { nullable: true, description: 'What the action does.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'La description compte au plus 5 000 caractères.' })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'Category: code of one of the territory’s themes.' })
  @IsOptional()
  @Matches(CODE, { message: 'Code de catégorie invalide.' })
  categoryCode?: string | null;
  @Field(() => ActionStatusValue, { nullable: true, description: 'Status; planned when absent at creation.' })
  @IsOptional()
  @IsEnum(ActionStatusValue, { message: 'Statut d’action inconnu.' })
  status?: ActionStatusValue | null;
  @Field(() => String, { nullable: true, description: 'Start date, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('Début') })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('Début') })
  startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD, not before the start.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE('Échéance') })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('Échéance') })
  dueOn?: string | null;
  @Field(() => Float, { nullable: true, description: 'Budget in euros.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Le budget est un nombre d’euros.' })
  @Min(0, { message: 'Le budget ne peut pas être négatif.' })
  budgetEuros?: number | null;
  @Field(() => Float, { nullable: true, description: 'People involved, in full-time equivalents.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Le nombre de personnes est un nombre.' })
  @Min(0, { message: 'Le nombre de personnes ne peut pas être négatif.' })
  people?: number | null;
  @Field(() => [String], { nullable: true, description: 'Barriers [freins], one per item.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Cinquante freins au plus.' })
  @IsString({ each: true })
  @MaxLength(500, { each: true, message: 'Un frein compte au plus 500 caractères.' })
  barriers?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Levers [leviers], one per item.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Cinquante leviers au plus.' })
  @IsString({ each: true })
  @MaxLength(500, { each: true, message: 'Un levier compte au plus 500 caractères.' })
  levers?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Partner organisations of this territory.' })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'Deux cents partenaires au plus.' })
  @IsUUID('all', { each: true, message: 'Organisation partenaire inconnue.' })
  partnerOrganisationIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Codes of the climate-plan stakes served.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Cinquante enjeux au plus.' })
  @Matches(CODE, { each: true, message: 'Code d’enjeu du Plan Climat invalide.' })
  planStakeCodes?: string[] | null;
  @Field(() => [ImpactInput], {
    nullable: true,
    description: 'Expected impacts; when updating, the whole new list (give `id` to keep an impact).',
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Cinquante impacts au plus.' })
  @ValidateNested({ each: true })
  @Type(() => ImpactInput)
  impacts?: ImpactInput[] | null;
}

@InputType({ description: 'A new action, on exactly one commitment, coalition or organisation.' })
export class AddActionInput extends ActionContentInput {
  @Field(() => ID, { nullable: true, description: 'The commitment it belongs to.' })
  @IsOptional()
  @IsUUID('all', { message: 'Engagement inconnu.' })
  commitmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The coalition that carries it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Coalition inconnue.' })
  coalitionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that carries it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organisationId?: string | null;
  @Field({ description: 'Title.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez un titre d’action (200 caractères au plus).' })
  title: string;
}

@InputType({ description: 'Changes to an action.' })
export class UpdateActionInput extends ActionContentInput {
  @Field(() => ID, { description: 'The action.' })
  @IsUUID('all', { message: 'Action inconnue.' })
  actionId: string;
  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'Saisissez un titre d’action (200 caractères au plus).' })
  title?: string | null;
}

@InputType({ description: 'A dated progress update of an action.' })
export class AddActionProgressInput {
  @Field(() => ID, { description: 'The action.' })
  @IsUUID('all', { message: 'Action inconnue.' })
  actionId: string;
  @Field({ description: 'Date of the update, YYYY-MM-DD.' })
  @Matches(DATE, { message: DATE_MESSAGE('Date') })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('Date') })
  reportedOn: string;
  @Field({ description: 'Where the action stands.' })
  @IsString()
  @Length(1, 5000, { message: 'Décrivez où en est l’action (5 000 caractères au plus).' })
  note: string;
  @Field(() => Int, { nullable: true, description: 'Percent done, 0 to 100.' })
  @IsOptional()
  @IsInt({ message: 'Le pourcentage est un entier.' })
  @Min(0, { message: 'Le pourcentage va de 0 à 100.' })
  @Max(100, { message: 'Le pourcentage va de 0 à 100.' })
  percent?: number | null;
}
