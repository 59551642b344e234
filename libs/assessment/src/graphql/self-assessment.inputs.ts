import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'Which organisation starts an assessment, on which published version.' })
export class StartSelfAssessmentInput {
  @Field(() => ID, { description: 'A published referential version.' })
  @IsUUID('all', { message: 'Version inconnue.' })
  versionId: string;
  @Field(() => ID, { description: 'The organisation assessed.' })
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organisationId: string;
  @Field(() => String, { nullable: true, description: 'Organisation type code, e.g. `entreprise`.' })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: 'Le type d’organisation compte au plus 60 caractères.' })
  organisationType?: string | null;
  @Field(() => String, { nullable: true, description: 'Sector code, e.g. `industrie`.' })
  @IsOptional()
  @IsString()
  @Length(1, 60, { message: 'Le secteur compte au plus 60 caractères.' })
  sector?: string | null;
}

@InputType({ description: 'The answer to one criterion.' })
export class AnswerInput {
  @Field({ description: 'Code of the criterion.' })
  @IsString()
  @Length(1, 100, { message: 'Code de critère manquant.' })
  criterionCode: string;
  @Field(() => Int, { nullable: true, description: 'Maturity level chosen.' })
  @IsOptional()
  @IsInt({ message: 'Le niveau est un entier.' })
  level?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True when the organisation is not concerned.' })
  @IsOptional()
  @IsBoolean()
  notConcerned?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Comment.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Le commentaire compte au plus 5 000 caractères.' })
  comment?: string | null;
  @Field(() => [String], { nullable: true, description: 'Links to evidence, http(s).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Vingt liens au plus par critère.' })
  @IsString({ each: true })
  evidenceLinks?: string[] | null;
}

@InputType({ description: 'Answers saved into a draft assessment.' })
export class SaveAnswersInput {
  @Field(() => ID, { description: 'The draft assessment.' })
  @IsUUID('all', { message: 'Auto-évaluation inconnue.' })
  assessmentId: string;
  @Field(() => [AnswerInput], { description: 'Answers to write; others are left as they are.' })
  @ArrayMaxSize(5000, { message: 'Cinq mille réponses au plus à la fois.' })
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}
