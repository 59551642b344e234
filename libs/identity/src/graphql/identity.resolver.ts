import { Args, ID, Int, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { encodeCursor, type Page, TenantRole } from '@alliance/platform';
import { SessionService, type Session } from '../session/session.service';
import { InvitationService } from '../invitation/invitation.service';
import { MemberService } from '../membership/member.service';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { ProfileService } from '../user/profile.service';
import { TenantService } from '../tenant/tenant.service';
import { TenantRepository } from '../tenant/tenant.repository';
import { ViewerService } from '../viewer/viewer.service';
import { InvitationStatus } from '../invitation/invitation.entity';
import type { Membership } from '../membership/membership.entity';
import {
  AuthPayload,
  InvitationConnection,
  InvitationModel,
  MemberConnection,
  MemberModel,
  TenantConnection,
  TenantModel,
  UserModel,
  Viewer,
} from './identity.models';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  CreateTenantInput,
  InviteMemberInput,
  LoginInput,
  ResetPasswordInput,
  UpdateProfileInput,
} from './identity.inputs';

function toConnection<T extends { createdAt: Date; id: string }, N>(page: Page<T>, map: (item: T) => N) {
  return {
    edges: page.items.map((item) => ({ cursor: encodeCursor(item.createdAt, item.id), node: map(item) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

function toMember(m: Membership): MemberModel {
  return { id: m.id, user: m.user as UserModel, roles: [m.role], joinedAt: m.createdAt };
}

const first = { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' } as const;
const after = {
  type: () => String,
  nullable: true,
  description: 'Cursor from the previous page’s pageInfo.endCursor.',
} as const;

@Resolver(() => TenantModel)
export class TenantResolver {
  constructor(
    private readonly tenantService: TenantService,
    private readonly repository: TenantRepository,
  ) {}

  @Query(() => TenantModel, {
    description: 'A territory’s public card, by its slug. Readable without logging in.',
  })
  tenantBySlug(@Args('slug', { description: 'Slug of the territory, e.g. `brest`.' }) slug: string) {
    return this.tenantService.bySlug(slug);
  }

  @Query(() => TenantConnection, {
    description: 'Territories: all for an operator, the served ones for a consultant.',
  })
  async tenants(@Args('first', first) first?: number, @Args('after', after) after?: string) {
    return toConnection(await this.tenantService.list({ first: first ?? 50, after }), (t) => t);
  }

  @Mutation(() => TenantModel, { description: 'Creates a territory (operators).' })
  createTenant(@Args('input', { description: 'The territory to create.' }) input: CreateTenantInput) {
    return this.tenantService.create(input);
  }

  @Mutation(() => TenantModel, {
    description: 'Assigns a consultant to a territory they will serve (operators).',
  })
  assignConsultant(
    @Args('tenantId', { type: () => ID, description: 'The territory.' }) tenantId: string,
    @Args('email', { description: 'E-mail of a consultant account.' }) email: string,
  ) {
    return this.tenantService.assignConsultant(tenantId, email);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }) {
    return this.repository.findById(reference.id);
  }
}

@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
  ) {}

  private async payload(session: Session): Promise<AuthPayload> {
    return { ...session, viewer: await this.viewers.fromSession(session) };
  }

  @Query(() => Viewer, { description: 'The signed-in person. UNAUTHENTICATED without a valid token.' })
  viewer() {
    return this.viewers.current();
  }

  @Mutation(() => AuthPayload, { description: 'Logs in with e-mail and password.' })
  async login(@Args('input', { description: 'Credentials.' }) input: LoginInput) {
    return this.payload(await this.sessions.login(input));
  }

  @Mutation(() => AuthPayload, {
    description: 'Trades a refresh token for new tokens; the old refresh token stops working.',
  })
  async refreshSession(
    @Args('refreshToken', { description: 'The current refresh token.' }) refreshToken: string,
  ) {
    return this.payload(await this.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Ends the session: its refresh and access tokens stop working.' })
  logout(@Args('refreshToken', { description: 'The session’s refresh token.' }) refreshToken: string) {
    return this.sessions.logout(refreshToken);
  }

  @Mutation(() => AuthPayload, { description: 'Opens a session in another territory of the viewer.' })
  async switchTenant(@Args('tenantSlug', { description: 'Slug of the territory.' }) tenantSlug: string) {
    return this.payload(await this.sessions.switchTenant(tenantSlug));
  }
}

@Resolver()
export class MembershipResolver {
  constructor(
    private readonly memberService: MemberService,
    private readonly invitationService: InvitationService,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => MemberConnection, { description: 'Members of the current territory (admins, animators).' })
  async members(@Args('first', first) first?: number, @Args('after', after) after?: string) {
    return toConnection(await this.memberService.list({ first: first ?? 20, after }), toMember);
  }

  @Query(() => InvitationConnection, { description: 'Invitations of the current territory (admins).' })
  async invitations(
    @Args('first', first) first?: number,
    @Args('after', after) after?: string,
    @Args('status', {
      type: () => InvitationStatus,
      nullable: true,
      description: 'Only invitations in this state.',
    })
    status?: InvitationStatus,
  ) {
    return toConnection(await this.invitationService.list({ first: first ?? 20, after, status }), (i) => i);
  }

  @Mutation(() => InvitationModel, {
    description: 'Invites a person by e-mail with a role (admins, serving consultants).',
  })
  inviteMember(@Args('input', { description: 'Who and with which role.' }) input: InviteMemberInput) {
    return this.invitationService.invite(input);
  }

  @Mutation(() => InvitationModel, { description: 'Revokes a pending invitation: its link stops working.' })
  revokeInvitation(@Args('id', { type: () => ID, description: 'The invitation.' }) id: string) {
    return this.invitationService.revoke(id);
  }

  @Mutation(() => AuthPayload, {
    description: 'Accepts an invitation, creating the account if needed, and logs in.',
  })
  async acceptInvitation(
    @Args('input', { description: 'From the link, plus name and password.' }) input: AcceptInvitationInput,
  ) {
    const session = await this.invitationService.accept(input);
    return { ...session, viewer: await this.viewers.fromSession(session) };
  }

  @Mutation(() => MemberModel, {
    description: 'Changes a member’s role (admins). The member’s current tokens stop working.',
  })
  async changeMemberRole(
    @Args('memberId', { type: () => ID, description: 'The membership.' }) memberId: string,
    @Args('role', { type: () => TenantRole, description: 'The new role.' }) role: TenantRole,
  ) {
    return toMember(await this.memberService.changeRole(memberId, role));
  }

  @Mutation(() => Boolean, { description: 'Removes a member (admins). Their tokens stop working at once.' })
  removeMember(@Args('memberId', { type: () => ID, description: 'The membership.' }) memberId: string) {
    return this.memberService.remove(memberId);
  }
}

@Resolver()
export class AccountResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly profiles: ProfileService,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Sends a reset link if the address has an account; always answers true.',
  })
  requestPasswordReset(@Args('email', { description: 'Login e-mail address.' }) email: string) {
    return this.resets.request(email);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset link; every session of the account ends.',
  })
  resetPassword(@Args('input', { description: 'Token and new password.' }) input: ResetPasswordInput) {
    return this.resets.reset(input.token, input.password);
  }

  @Mutation(() => UserModel, { description: 'Changes one’s own profile.' })
  updateProfile(@Args('input', { description: 'The changes.' }) input: UpdateProfileInput) {
    return this.profiles.update(input);
  }

  @Mutation(() => Boolean, { description: 'Changes one’s own password.' })
  changePassword(@Args('input', { description: 'Current and new password.' }) input: ChangePasswordInput) {
    return this.profiles.changePassword(input);
  }
}
