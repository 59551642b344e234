import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PageInfo } from '@alliance/platform';

@ObjectType('CampaignResponseRate', { description: 'How many targeted organisations have answered.' })
export class ResponseRateModel {
  @Field(() => Int, { description: 'Organisations asked to answer.' })
  targets: number;
  @Field(() => Int, { description: 'Of those, organisations that submitted within the period.' })
  responded: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Responded over targets, in percent; null without targets.',
  })
  rate: number | null;
}

@ObjectType('Campaign', { description: 'A call to organisations to assess themselves on a version.' })
export class CampaignModel {
  @Field(() => ID, { description: 'Identifier of the campaign.' })
  id: string;
  @Field(() => ID, { description: 'The published referential version to answer.' })
  versionId: string;
  @Field({ description: 'Title, e.g. « Campagne entreprises 2026 ».' })
  title: string;
  @Field({ description: 'First day (YYYY-MM-DD).' })
  opensOn: string;
  @Field({ description: 'Last day (YYYY-MM-DD).' })
  closesOn: string;
  @Field(() => [String], { description: 'Organisation type codes targeted; empty for every type.' })
  organisationTypes: string[];
  @Field({ description: 'When the campaign was opened.' })
  createdAt: Date;
}

@ObjectType('CampaignEdge', { description: 'One campaign in a page.' })
export class CampaignEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => CampaignModel, { description: 'The item.' })
  node: CampaignModel;
}

@ObjectType('CampaignConnection', { description: 'A page of campaigns.' })
export class CampaignConnection {
  @Field(() => [CampaignEdge], { description: 'The items of this page.' })
  edges: CampaignEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many items the whole list holds.' })
  totalCount: number;
}

@InputType({ description: 'A new campaign.' })
export class OpenCampaignInput {
  @Field(() => ID, { description: 'A published referential version.' })
  @IsUUID('all', { message: 'Version inconnue.' })
  versionId: string;
  @Field({ description: 'Title.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez un titre (200 caractères au plus).' })
  title: string;
  @Field({ description: 'First day (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date d’ouverture invalide (AAAA-MM-JJ).' })
  opensOn: string;
  @Field({ description: 'Last day (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date de clôture invalide (AAAA-MM-JJ).' })
  closesOn: string;
  @Field(() => [String], { nullable: true, description: 'Organisation type codes targeted.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Vingt types au plus.' })
  @IsString({ each: true })
  organisationTypes?: string[] | null;
}

@InputType({ description: 'An organisation asked to answer.' })
export class CampaignTargetInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organisationId: string;
  @Field({ description: 'Its name, for reminders and follow-up.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez le nom de l’organisation.' })
  organisationName: string;
  @Field(() => String, { nullable: true, description: 'Its type code.' })
  @IsOptional()
  @IsString()
  organisationType?: string | null;
  @Field({ description: 'E-mail address reminders go to.' })
  @IsEmail({}, { message: 'Saisissez une adresse e-mail valide.' })
  contactEmail: string;
}

@InputType({ description: 'Organisations to add to a campaign.' })
export class AddCampaignTargetsInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsUUID('all', { message: 'Campagne inconnue.' })
  campaignId: string;
  @Field(() => [CampaignTargetInput], { description: 'The organisations.' })
  @ArrayMinSize(1, { message: 'Ajoutez au moins une organisation.' })
  @ArrayMaxSize(2000, { message: 'Deux mille organisations au plus à la fois.' })
  @ValidateNested({ each: true })
  @Type(() => CampaignTargetInput)
  targets: CampaignTargetInput[];
}
