import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CsvEncoding } from '../referential/csv';

registerEnumType(CsvEncoding, {
  name: 'CsvEncoding',
  description: 'Encoding of an uploaded CSV file.',
  valuesMap: {
    UTF8: { description: 'UTF-8, with or without a byte-order mark (the default).' },
    WINDOWS_1252: { description: 'Windows-1252, as older spreadsheets export « CSV ».' },
  },
});

@InputType({ description: 'A new referential; it starts with an empty draft version 1 and a default scale.' })
export class CreateReferentialInput {
  @Field({ description: 'Short code, lowercase words joined by hyphens, e.g. `grand-poitiers`.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'Le code s’écrit en minuscules, chiffres et tirets, par exemple « grand-poitiers ».',
  })
  @Length(1, 60, { message: 'Le code compte au plus 60 caractères.' })
  code: string;
  @Field({ description: 'Title shown to members.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez un titre (200 caractères au plus).' })
  title: string;
  @Field(() => String, { nullable: true, description: 'What the referential measures and for whom.' })
  @IsOptional()
  @IsString()
  @Length(0, 5000, { message: 'La description compte au plus 5 000 caractères.' })
  description?: string | null;
}

@InputType({ description: 'A CSV file replacing a draft version’s tree.' })
export class ImportReferentialCsvInput {
  @Field(() => ID, { description: 'The draft version to fill.' })
  @IsUUID('all', { message: 'Version inconnue.' })
  versionId: string;
  @Field({ description: 'The file’s bytes, base64-encoded.' })
  @IsString()
  contentBase64: string;
  @Field(() => CsvEncoding, { nullable: true, description: 'The file’s encoding; UTF-8 when not given.' })
  @IsOptional()
  @IsEnum(CsvEncoding, { message: 'Encodage inconnu.' })
  encoding?: CsvEncoding | null;
}

@InputType({ description: 'One step of a maturity scale.' })
export class MaturityLevelInput {
  @Field(() => Int, { description: 'Level number, 0 to 9.' })
  @IsInt()
  @Min(0, { message: 'Le niveau va de 0 à 9.' })
  @Max(9, { message: 'Le niveau va de 0 à 9.' })
  level: number;
  @Field({ description: 'Label, e.g. « Engagé ».' })
  @IsString()
  @Length(1, 80, { message: 'Saisissez un libellé (80 caractères au plus).' })
  label: string;
  @Field(() => Float, { description: 'Score the level is worth, 0 or more.' })
  @IsNumber({}, { message: 'Le score est un nombre.' })
  @Min(0, { message: 'Le score est positif ou nul.' })
  score: number;
}

@InputType({ description: 'The whole maturity scale of a draft version.' })
export class SetMaturityScaleInput {
  @Field(() => ID, { description: 'The draft version.' })
  @IsUUID('all', { message: 'Version inconnue.' })
  versionId: string;
  @Field(() => [MaturityLevelInput], { description: 'Every level, from the lowest.' })
  @ArrayMaxSize(10, { message: 'Une échelle compte au plus dix niveaux.' })
  @ValidateNested({ each: true })
  @Type(() => MaturityLevelInput)
  levels: MaturityLevelInput[];
}

@InputType({
  description: 'A new referential copied from a published version, of this or another territory.',
})
export class CopyReferentialInput extends CreateReferentialInput {
  @Field(() => ID, { description: 'The published version to copy.' })
  @IsUUID('all', { message: 'Version inconnue.' })
  sourceVersionId: string;
}
