import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageInfo } from '@alliance/platform';
import { ResourceKind } from '../toolbox/toolbox.entity';

registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'What kind of help a toolbox resource is.',
  valuesMap: {
    GUIDE: { description: 'A guide or method.' },
    FINANCING: { description: 'A financing aid.' },
    CONTACT: { description: 'A person or body to contact.' },
    TRAINING: { description: 'A training.' },
  },
});

@ObjectType('ToolboxResource', { description: 'A concrete help of the territory’s toolbox.' })
export class ToolboxResourceModel {
  @Field(() => ID, { description: 'Identifier of the resource.' })
  id: string;
  @Field(() => ResourceKind, { description: 'Guide, financing aid, contact or training.' })
  kind: ResourceKind;
  @Field({ description: 'Title.' })
  title: string;
  @Field(() => String, { nullable: true, description: 'What it offers and to whom.' })
  description: string | null;
  @Field(() => String, { nullable: true, description: 'Where to find it.' })
  url: string | null;
  @Field(() => [String], { description: 'Theme codes of the territory.' })
  themes: string[];
  @Field({ description: 'When it was added.' })
  createdAt: Date;
}

@ObjectType('ResourceLink', { description: 'A resource recommended for a criterion up to a level.' })
export class ResourceLinkModel {
  @Field(() => ID, { description: 'Identifier of the link.' })
  id: string;
  @Field(() => ID, { description: 'The resource.' })
  resourceId: string;
  @Field(() => ID, { description: 'The referential.' })
  referentialId: string;
  @Field({ description: 'Code of the criterion.' })
  criterionCode: string;
  @Field(() => Int, { description: 'Recommended to organisations at this level or below.' })
  maxLevel: number;
}

@ObjectType('Recommendation', { description: 'A toolbox resource suggested by an answer.' })
export class RecommendationModel {
  @Field({ description: 'Code of the criterion that suggests it.' })
  criterionCode: string;
  @Field(() => Int, { description: 'The level answered for that criterion.' })
  level: number;
  @Field(() => ToolboxResourceModel, { description: 'The resource.' })
  resource: ToolboxResourceModel;
}

@ObjectType('ToolboxResourceEdge', { description: 'One resource in a page.' })
export class ToolboxResourceEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor: string;
  @Field(() => ToolboxResourceModel, { description: 'The item.' })
  node: ToolboxResourceModel;
}

@ObjectType('ToolboxResourceConnection', { description: 'A page of toolbox resources.' })
export class ToolboxResourceConnection {
  @Field(() => [ToolboxResourceEdge], { description: 'The items of this page.' })
  edges: ToolboxResourceEdge[];
  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many items the whole list holds.' })
  totalCount: number;
}

@InputType({ description: 'A new toolbox resource.' })
export class CreateToolboxResourceInput {
  @Field(() => ResourceKind, { description: 'Guide, financing aid, contact or training.' })
  @IsEnum(ResourceKind, { message: 'Type de ressource inconnu.' })
  kind: ResourceKind;
  @Field({ description: 'Title.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez un titre (200 caractères au plus).' })
  title: string;
  @Field(() => String, { nullable: true, description: 'What it offers and to whom.' })
  @IsOptional()
  @IsString()
  @Length(0, 5000, { message: 'La description compte au plus 5 000 caractères.' })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'Where to find it, http(s).' })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'Le lien doit commencer par http:// ou https://.' })
  url?: string | null;
  @Field(() => [String], { nullable: true, description: 'Theme codes of the territory.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Vingt thèmes au plus.' })
  @IsString({ each: true })
  themes?: string[] | null;
}

@InputType({ description: 'Recommends a resource for a criterion of a referential.' })
export class LinkResourceInput {
  @Field(() => ID, { description: 'The resource.' })
  @IsUUID('all', { message: 'Ressource inconnue.' })
  resourceId: string;
  @Field(() => ID, { description: 'The referential.' })
  @IsUUID('all', { message: 'Référentiel inconnu.' })
  referentialId: string;
  @Field({ description: 'Code of the criterion, e.g. `2.1`.' })
  @IsString()
  @Length(1, 100, { message: 'Code de critère manquant.' })
  criterionCode: string;
  @Field(() => Int, { description: 'Recommend to organisations at this level or below.' })
  @IsInt()
  @Min(0, { message: 'Le niveau va de 0 à 9.' })
  @Max(9, { message: 'Le niveau va de 0 à 9.' })
  maxLevel: number;
}
