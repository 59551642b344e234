import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, PlatformRole, TenantRole } from '@alliance/platform';
import { TenantKind, TenantStatus } from '../tenant/tenant.entity';
import { InvitationStatus } from '../invitation/invitation.entity';
import './enums';

@ObjectType('Tenant', { description: 'A territory running its programme on Alliance.' })
@Directive('@key(fields: "id")')
export class TenantModel {
  @Field(() => ID, { description: 'Stable identifier of the territory.' })
  id: string;
  @Field({ description: 'Short name used in addresses, e.g. `brest` in /brest.' })
  slug: string;
  @Field({ description: 'Official name, e.g. « Brest métropole ».' })
  name: string;
  @Field(() => TenantKind, { description: 'Kind of local authority.' })
  kind: TenantKind;
  @Field(() => String, { nullable: true, description: 'SIREN of the local authority.' })
  siren: string | null;
  @Field({ description: 'Name of the programme the territory runs, e.g. « TOMORROW ».' })
  programmeName: string;
  @Field(() => String, { nullable: true, description: 'Public presentation of the programme.' })
  description: string | null;
  @Field(() => TenantStatus, { description: 'Whether the territory is onboarding, active or suspended.' })
  status: TenantStatus;
  @Field({ description: 'When the territory was created on the platform.' })
  createdAt: Date;
}

@ObjectType('User', { description: 'A person with an Alliance account.' })
export class UserModel {
  @Field(() => ID, { description: 'Stable identifier of the person.' })
  id: string;
  @Field({ description: 'Login e-mail address.' })
  email: string;
  @Field({ description: 'Name shown to other members.' })
  displayName: string;
  @Field(() => [PlatformRole], { description: 'Roles held across territories.' })
  platformRoles: PlatformRole[];
}

@ObjectType({ description: 'A territory the viewer may act in, and how.' })
export class MembershipSummary {
  @Field(() => TenantModel, { description: 'The territory.' })
  tenant: TenantModel;
  @Field(() => [TenantRole], {
    description: 'Roles of the viewer there (empty for a consultant serving it).',
  })
  roles: TenantRole[];
  @Field({ description: 'True when the viewer serves this territory as its consultant.' })
  serves: boolean;
}

@ObjectType({ description: 'The signed-in person and the territory their session is scoped to.' })
export class Viewer {
  @Field(() => UserModel, { description: 'The person.' })
  user: UserModel;
  @Field(() => TenantModel, { nullable: true, description: 'The territory of the current session, if any.' })
  currentTenant: TenantModel | null;
  @Field(() => [TenantRole], { description: 'Roles in the current territory.' })
  currentRoles: TenantRole[];
  @Field(() => [MembershipSummary], { description: 'Every territory the viewer may switch to.' })
  memberships: MembershipSummary[];
}

@ObjectType('Member', { description: 'A person belonging to the current territory.' })
export class MemberModel {
  @Field(() => ID, { description: 'Identifier of the membership (not of the person).' })
  id: string;
  @Field(() => UserModel, { description: 'The person.' })
  user: UserModel;
  @Field(() => [TenantRole], { description: 'Roles granted by this membership.' })
  roles: TenantRole[];
  @Field({ description: 'When the person joined the territory.' })
  joinedAt: Date;
}

@ObjectType('Invitation', { description: 'An e-mail invitation to join the current territory.' })
export class InvitationModel {
  @Field(() => ID, { description: 'Identifier of the invitation.' })
  id: string;
  @Field({ description: 'Address the invitation was sent to.' })
  email: string;
  @Field(() => TenantRole, { description: 'Role granted on acceptance.' })
  role: TenantRole;
  @Field(() => InvitationStatus, { description: 'Pending, accepted, revoked or expired.' })
  status: InvitationStatus;
  @Field({ description: 'After this instant the link no longer works.' })
  expiresAt: Date;
  @Field({ description: 'When the invitation was sent.' })
  createdAt: Date;
}

@ObjectType({ description: 'What a successful login, refresh or tenant switch returns.' })
export class AuthPayload {
  @Field({ description: 'Short-lived token for the Authorization header.' })
  accessToken: string;
  @Field({ description: 'Single-use token that obtains the next access token (refreshSession).' })
  refreshToken: string;
  @Field({ description: 'When the access token expires.' })
  accessTokenExpiresAt: Date;
  @Field(() => Viewer, { description: 'Who is signed in, and where.' })
  viewer: Viewer;
}

function connection<T>(node: new () => T, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a page.` })
  class Edge {
    @Field({ description: 'Cursor of this item.' })
    cursor: string;
    @Field(() => node, { description: 'The item.' })
    node: T;
  }
  @ObjectType(`${name}Connection`, { description: `A page of ${name.toLowerCase()}s.` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page.' })
    edges: Edge[];
    @Field(() => PageInfo, { description: 'Where this page ends.' })
    pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount: number;
  }
  return Connection;
}

export const MemberConnection = connection(MemberModel, 'Member');
export const InvitationConnection = connection(InvitationModel, 'Invitation');
export const TenantConnection = connection(TenantModel, 'Tenant');
