import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import {
  CoalitionStageValue,
  FacilitationValue,
  PerimeterKindValue,
  ReviewStatusValue,
} from './coalition.model';

@InputType({ description: 'A coalition a member proposes to the territory’s animators.' })
export class ProposeCoalitionInput {
  @Field({ description: 'Name, unique in the territory, e.g. « Éclairage nocturne ».' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez le nom de la coalition (200 caractères au plus).' })
  name: string;
  @Field({ description: 'What the coalition sets out to do.' })
  @IsString()
  @Length(1, 4000, { message: 'Saisissez l’objectif de la coalition (4 000 caractères au plus).' })
  objective: string;
  @Field(() => PerimeterKindValue, { description: 'Theme, zone or sector.' })
  @IsEnum(PerimeterKindValue, { message: 'Choisissez une thématique, une zone ou un secteur.' })
  perimeterKind: PerimeterKindValue;
  @Field({ description: 'Code of the theme, zone or sector in the territory’s configuration.' })
  @IsString()
  perimeterCode: string;
  @Field(() => [ID], {
    nullable: true,
    description: 'Organisations the proposer represents, founding members of the coalition.',
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Cinquante organisations fondatrices au plus.' })
  @IsUUID('all', { each: true, message: 'Organisation fondatrice inconnue.' })
  organisationIds?: string[] | null;
}

@InputType({ description: 'A proposed or returned coalition, edited by its proposer and proposed again.' })
export class UpdateCoalitionInput {
  @Field(() => ID, { description: 'The coalition.' })
  @IsUUID('all', { message: 'Coalition inconnue.' })
  id: string;
  @Field({ description: 'Name, unique in the territory.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez le nom de la coalition (200 caractères au plus).' })
  name: string;
  @Field({ description: 'What the coalition sets out to do.' })
  @IsString()
  @Length(1, 4000, { message: 'Saisissez l’objectif de la coalition (4 000 caractères au plus).' })
  objective: string;
  @Field(() => PerimeterKindValue, { description: 'Theme, zone or sector.' })
  @IsEnum(PerimeterKindValue, { message: 'Choisissez une thématique, une zone ou un secteur.' })
  perimeterKind: PerimeterKindValue;
  @Field({ description: 'Code of the theme, zone or sector in the territory’s configuration.' })
  @IsString()
  perimeterCode: string;
}

@InputType({ description: 'Which coalitions to list; every criterion given must match.' })
export class CoalitionFilterInput {
  @Field(() => CoalitionStageValue, { nullable: true, description: 'At this stage.' })
  @IsOptional()
  @IsEnum(CoalitionStageValue, { message: 'Étape inconnue.' })
  stage?: CoalitionStageValue | null;
  @Field(() => PerimeterKindValue, { nullable: true, description: 'Around a theme, a zone or a sector.' })
  @IsOptional()
  @IsEnum(PerimeterKindValue, { message: 'Périmètre inconnu.' })
  perimeterKind?: PerimeterKindValue | null;
  @Field(() => String, { nullable: true, description: 'Around this theme, zone or sector code.' })
  @IsOptional()
  @IsString()
  perimeterCode?: string | null;
  @Field(() => ReviewStatusValue, { nullable: true, description: 'Proposed, returned or validated.' })
  @IsOptional()
  @IsEnum(ReviewStatusValue, { message: 'Statut de validation inconnu.' })
  reviewStatus?: ReviewStatusValue | null;
}

@InputType({
  description: 'How a coalition works; a field left out keeps its value, an empty text clears it.',
})
export class SetCoalitionFunctioningInput {
  @Field(() => ID, { description: 'The coalition.' })
  @IsUUID('all', { message: 'Coalition inconnue.' })
  coalitionId: string;
  @Field(() => FacilitationValue, { nullable: true, description: 'Rotating or fixed facilitation.' })
  @IsOptional()
  @IsEnum(FacilitationValue, { message: 'Choisissez une animation tournante ou fixe.' })
  facilitation?: FacilitationValue | null;
  @Field(() => String, { nullable: true, description: 'How often members meet, e.g. « une fois par mois ».' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'La fréquence des réunions dépasse 200 caractères.' })
  meetingFrequency?: string | null;
  @Field(() => String, { nullable: true, description: 'Tools the group works with.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Les outils dépassent 1 000 caractères.' })
  tools?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who liaises with the territory and outside actors.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Le lien avec le territoire dépasse 500 caractères.' })
  liaison?: string | null;
}
