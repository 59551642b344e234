import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import type { SizeBand } from '../organisation/organisation.entity';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SIZE_BANDS: SizeBand[] = ['none', '1-9', '10-49', '50-249', '250-4999', '5000+'];

@InputType({ description: 'What the directory says of an organisation; every field may be left unchanged.' })
export class OrganisationFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'SIRET (14 digits) or SIREN (9 digits); spaces allowed.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30, { message: 'Saisissez un SIRET (14 chiffres) ou un SIREN (9 chiffres).' })
  sirenOrSiret?: string | null;

  @Field(() => [String], { nullable: true, description: 'Sector codes of the territory.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Vingt secteurs au plus.' })
  @Matches(CODE, { each: true, message: 'Code de secteur invalide.' })
  sectorCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Zone codes of the territory.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Vingt zones au plus.' })
  @Matches(CODE, { each: true, message: 'Code de zone invalide.' })
  zoneCodes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Size band in employees: `none`, `1-9`, `10-49`, `50-249`, `250-4999` or `5000+`.',
  })
  @IsOptional()
  @IsIn(SIZE_BANDS, { message: `Tranche d’effectif inconnue : ${SIZE_BANDS.join(', ')}.` })
  sizeBand?: SizeBand | null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'L’adresse compte au plus 300 caractères.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode, five digits.' })
  @IsOptional()
  @Matches(/^([0-9][0-9AB][0-9]{3})?$/, { message: 'Le code postal compte cinq chiffres.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'La ville compte au plus 100 caractères.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, http(s).' })
  @IsOptional()
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'Le site doit commencer par http:// ou https://.' })
  @MaxLength(500, { message: 'L’adresse du site compte au plus 500 caractères.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'La description compte au plus 5 000 caractères.' })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True to appear on the territory’s public pages (false when registering, by default).',
  })
  @IsOptional()
  @IsBoolean()
  publicProfile?: boolean | null;
}

@InputType({ description: 'An organisation a member registers; they become its representative.' })
export class RegisterOrganisationInput extends OrganisationFieldsInput {
  @Field({ description: 'Name.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez le nom de l’organisation (200 caractères au plus).' })
  @Matches(/\S/, { message: 'Saisissez le nom de l’organisation (200 caractères au plus).' })
  name: string;

  @Field({ description: 'Code of one of the territory’s organisation types.' })
  @Matches(CODE, { message: 'Choisissez un type d’organisation.' })
  typeCode: string;
}

@InputType({ description: 'Changes to an organisation (its representatives, animators, admins).' })
export class UpdateOrganisationInput extends OrganisationFieldsInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'Organisation inconnue.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'Saisissez le nom de l’organisation (200 caractères au plus).' })
  @Matches(/\S/, { message: 'Saisissez le nom de l’organisation (200 caractères au plus).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of one of the territory’s organisation types.' })
  @IsOptional()
  @Matches(CODE, { message: 'Choisissez un type d’organisation.' })
  typeCode?: string | null;
}

@InputType({ description: 'Filters of the directory; all given filters apply together.' })
export class OrganisationFilterInput {
  @Field(() => String, { nullable: true, description: 'Only organisations of this type code.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  typeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only organisations of this sector code.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sectorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only organisations in this zone code.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  zoneCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only members of a coalition gathered around this theme code.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  coalitionThemeCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the name, city or description, or the beginning of the name.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'La recherche compte au plus 200 caractères.' })
  text?: string | null;
}

@InputType({ description: 'A CSV file of organisations to import.' })
export class StartOrganisationImportInput {
  @Field({ description: 'The file’s name, as the animator chose it.' })
  @IsString()
  @MaxLength(200, { message: 'Le nom du fichier compte au plus 200 caractères.' })
  fileName: string;

  @Field({ description: 'The file’s bytes (UTF-8 CSV), base64-encoded.' })
  @IsString()
  contentBase64: string;
}

@InputType({ description: 'A request to represent an organisation already in the directory.' })
export class RequestToJoinOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organisationId: string;

  @Field(() => String, { nullable: true, description: 'A word for its representatives.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Le message compte au plus 2 000 caractères.' })
  message?: string | null;
}
