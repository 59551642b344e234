import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { TenantRole } from '@alliance/platform';
import { TenantKind } from '../tenant/tenant.entity';

@InputType({ description: 'Credentials, and optionally the territory to open the session in.' })
export class LoginInput {
  @Field({ description: 'Login e-mail address.' })
  @IsEmail({}, { message: 'Saisissez une adresse e-mail valide.' })
  email: string;
  @Field({ description: 'Password.' })
  @IsString()
  @Length(1, 200, { message: 'Saisissez votre mot de passe.' })
  password: string;
  @Field(() => String, { nullable: true, description: 'Slug of the territory; defaults to the first one.' })
  @IsOptional()
  @IsString()
  tenantSlug?: string | null;
}

@InputType({ description: 'Who to invite and with which role.' })
export class InviteMemberInput {
  @Field({ description: 'E-mail address the invitation goes to.' })
  @IsEmail({}, { message: 'Saisissez une adresse e-mail valide.' })
  email: string;
  @Field(() => TenantRole, { description: 'Role granted on acceptance.' })
  @IsEnum(TenantRole, { message: 'Ce rôle n’existe pas.' })
  role: TenantRole;
}

@InputType({ description: 'Accepting an invitation received by e-mail.' })
export class AcceptInvitationInput {
  @Field({ description: 'Slug of the territory, from the link.' })
  @IsString()
  tenantSlug: string;
  @Field({ description: 'The token, from the link.' })
  @IsString()
  @Length(10, 200, { message: 'Ce lien d’invitation n’est pas valide.' })
  token: string;
  @Field({ description: 'Name shown to other members.' })
  @IsString()
  @Length(2, 120, { message: 'Indiquez votre nom (2 à 120 caractères).' })
  displayName: string;
  @Field({ description: 'Password of the new account (or the existing one).' })
  @IsString()
  @MaxLength(200)
  password: string;
}

@InputType({ description: 'Choosing a new password from a reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token, from the link.' })
  @IsString()
  token: string;
  @Field({ description: 'The new password.' })
  @IsString()
  @MaxLength(200)
  password: string;
}

@InputType({ description: 'Changes to one’s own profile.' })
export class UpdateProfileInput {
  @Field({ description: 'Name shown to other members.' })
  @IsString()
  @Length(2, 120, { message: 'Le nom doit compter entre 2 et 120 caractères.' })
  displayName: string;
}

@InputType({ description: 'Changing one’s own password.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  @IsString()
  currentPassword: string;
  @Field({ description: 'The new password.' })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

@InputType({ description: 'A new territory.' })
export class CreateTenantInput {
  @Field({ description: 'Short name for addresses: lowercase letters, digits and dashes.' })
  @IsString()
  slug: string;
  @Field({ description: 'Official name.' })
  @IsString()
  @Length(2, 200, { message: 'Le nom doit compter entre 2 et 200 caractères.' })
  name: string;
  @Field(() => TenantKind, { description: 'Kind of local authority.' })
  @IsEnum(TenantKind, { message: 'Ce type de collectivité n’existe pas.' })
  kind: TenantKind;
  @Field(() => String, { nullable: true, description: 'SIREN of the local authority.' })
  @IsOptional()
  @IsString()
  siren?: string | null;
  @Field({ description: 'Name of the programme.' })
  @IsString()
  @Length(2, 200, { message: 'Le nom du programme doit compter entre 2 et 200 caractères.' })
  programmeName: string;
  @Field(() => String, { nullable: true, description: 'Public presentation of the programme.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}
