import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export enum ConfigurationChange {
  ADDED = 'added',
  REMOVED = 'removed',
  CHANGED = 'changed',
}

registerEnumType(ConfigurationChange, {
  name: 'ConfigurationChange',
  description: 'How an item differs from the template version the territory was made from.',
  valuesMap: {
    ADDED: { description: 'Added by the territory.' },
    REMOVED: { description: 'In the template, archived or absent in the territory.' },
    CHANGED: { description: 'Present in both, with another label or content.' },
  },
});

@ObjectType('ConfigurationTemplateVersion', { description: 'One immutable version of a template.' })
export class TemplateVersionModel {
  @Field(() => Int, { description: 'Version number, from 1.' })
  version: number;
  @Field(() => String, { nullable: true, description: 'What this version changed.' })
  note: string | null;
  @Field({ description: 'When the version was published.' })
  createdAt: Date;
  @Field({ description: 'The configuration it holds, as an export document (JSON text).' })
  document: string;
}

@ObjectType('ConfigurationTemplate', {
  description: 'A named, versioned bundle of configuration in the platform’s library.',
})
export class TemplateModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
  @Field({ description: 'Short identifier, e.g. `assett-poitiers`.' })
  code: string;
  @Field({ description: 'Name shown to consultants.' })
  name: string;
  @Field(() => String, { nullable: true, description: 'What the template is for.' })
  description: string | null;
}

@ObjectType('ConfigurationDifference', {
  description: 'An item that differs between the territory and its template version.',
})
export class DifferenceModel {
  @Field({ description: 'The list: themes, sectors, zones, organisationTypes, plan or objectives.' })
  list: string;
  @Field({ description: 'Code of the item.' })
  code: string;
  @Field(() => ConfigurationChange, { description: 'Added, removed or changed.' })
  change: ConfigurationChange;
  @Field({ description: 'Label of the item (the template’s, for a removed one).' })
  label: string;
}

@ObjectType('ConfigurationOrigin', {
  description: 'The template version the territory’s configuration was made from, and what differs since.',
})
export class OriginModel {
  @Field(() => ID, { description: 'The template.' })
  templateId: string;
  @Field({ description: 'Name of the template.' })
  templateName: string;
  @Field(() => Int, { description: 'The version applied.' })
  version: number;
  @Field(() => Int, { description: 'The template’s latest version, which may be newer.' })
  latestVersion: number;
  @Field({ description: 'When the template was applied.' })
  appliedAt: Date;
  @Field(() => [DifferenceModel], { description: 'What the territory changed since, by code.' })
  differences: DifferenceModel[];
}

@InputType({ description: 'A new template and its first version.' })
export class CreateTemplateInput {
  @Field({ description: 'Short identifier: lower case, digits and dashes.' })
  @IsString()
  @MaxLength(60, { message: 'L’identifiant dépasse 60 caractères.' })
  code: string;
  @Field({ description: 'Name shown to consultants.' })
  @IsString()
  @MaxLength(200, { message: 'Le nom dépasse 200 caractères.' })
  name: string;
  @Field(() => String, { nullable: true, description: 'What the template is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'La description dépasse 2 000 caractères.' })
  description?: string | null;
  @Field({ description: 'The configuration, as an export document (JSON text).' })
  @IsString()
  @MaxLength(5_000_000, { message: 'Le document dépasse 5 Mo.' })
  document: string;
  @Field(() => String, { nullable: true, description: 'Note on this first version.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'La note dépasse 2 000 caractères.' })
  note?: string | null;
}
