import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { PageInfo } from '@alliance/platform';
import { OnboardingStatus, OnboardingStep } from '../onboarding/onboarding.entity';

registerEnumType(OnboardingStatus, {
  name: 'OnboardingStatus',
  description: 'Where an onboarding job is.',
  valuesMap: {
    PENDING: { description: 'Queued, not started yet.' },
    RUNNING: { description: 'Steps are being done.' },
    SUCCEEDED: { description: 'The territory exists, is configured and its first admin is invited.' },
    FAILED: { description: 'Stopped on an error; see `error`.' },
  },
});

registerEnumType(OnboardingStep, {
  name: 'OnboardingStep',
  description: 'A step of an onboarding, in order.',
  valuesMap: {
    TENANT: { description: 'Creating the territory.' },
    CONSULTANT: { description: 'Assigning the requesting consultant to it.' },
    CONFIGURATION: { description: 'Applying the configuration and recording its origin.' },
    INVITATION: { description: 'Inviting the first administrator by e-mail.' },
  },
});

@ObjectType('Onboarding', { description: 'Onboarding a new territory, run as a job, with its progress.' })
export class OnboardingModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
  @Field({ description: 'Name of the new territory.' })
  name: string;
  @Field({ description: 'Its slug, the first segment of its portal address.' })
  slug: string;
  @Field({ description: 'E-mail address of its first administrator.' })
  adminEmail: string;
  @Field(() => ID, { nullable: true, description: 'Template it is made from, if any.' })
  sourceTemplateId: string | null;
  @Field(() => Int, { nullable: true, description: 'Template version it is made from, if any.' })
  sourceTemplateVersion: number | null;
  @Field(() => ID, { nullable: true, description: 'Territory whose configuration it copies, if any.' })
  sourceTenantId: string | null;
  @Field(() => OnboardingStatus, { description: 'Where the job is.' })
  status: OnboardingStatus;
  @Field(() => Int, { description: 'Steps done.' })
  stepsDone: number;
  @Field(() => Int, { description: 'Steps in all.' })
  totalSteps: number;
  @Field(() => OnboardingStep, { nullable: true, description: 'Step under way (or that failed).' })
  currentStep: OnboardingStep | null;
  @Field(() => String, { nullable: true, description: 'Why it failed, in French.' })
  error: string | null;
  @Field({ description: 'When it was asked for.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  finishedAt: Date | null;
}

@ObjectType('OnboardingEdge', { description: 'An onboarding in a page.' })
export class OnboardingEdge {
  @Field({ description: 'Cursor of this onboarding.' })
  cursor: string;
  @Field(() => OnboardingModel, { description: 'The onboarding.' })
  node: OnboardingModel;
}

@ObjectType('OnboardingConnection', { description: 'Onboardings, oldest first, page by page.' })
export class OnboardingConnection {
  @Field(() => [OnboardingEdge], { description: 'Onboardings of this page.' })
  edges: OnboardingEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'Onboardings in all.' })
  totalCount: number;
}

@InputType({ description: 'A new territory to onboard: from a template version or another territory.' })
export class StartOnboardingInput {
  @Field({ description: 'Name of the territory, e.g. « Communauté d’agglomération du Grand Angoulême ».' })
  @IsString()
  @MaxLength(200)
  name: string;
  @Field({ description: 'Slug, lower-case letters, digits and dashes.' })
  @IsString()
  @MaxLength(60)
  slug: string;
  @Field(() => String, {
    nullable: true,
    description: 'Name of its programme; derived from the name by default.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  programmeName?: string | null;
  @Field({ description: 'E-mail address of the first administrator, who is invited at the end.' })
  @IsEmail({}, { message: 'L’adresse du premier administrateur (adminEmail) n’est pas valide.' })
  adminEmail: string;
  @Field(() => ID, { nullable: true, description: 'Template to apply (or give sourceTenantId).' })
  @IsOptional()
  @IsUUID('all', { message: 'templateId n’est pas un identifiant de modèle.' })
  templateId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Template version; the latest by default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  templateVersion?: number | null;
  @Field(() => ID, { nullable: true, description: 'Territory whose configuration to copy (one you serve).' })
  @IsOptional()
  @IsUUID('all', { message: 'sourceTenantId n’est pas un identifiant de territoire.' })
  sourceTenantId?: string | null;
}
