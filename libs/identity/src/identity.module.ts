import { Module } from '@nestjs/common';
import { TenantRepository } from './tenant/tenant.repository';
import { TenantService } from './tenant/tenant.service';
import { UserRepository } from './user/user.repository';
import { ProfileService } from './user/profile.service';
import { MembershipRepository } from './membership/membership.repository';
import { MemberService } from './membership/member.service';
import { InvitationRepository } from './invitation/invitation.repository';
import { InvitationService } from './invitation/invitation.service';
import { RefreshTokenRepository } from './session/refresh-token.repository';
import { SessionService } from './session/session.service';
import { LoginThrottle } from './session/login-throttle';
import { TokenIssuer } from './session/token-issuer';
import { PasswordResetService } from './password-reset/password-reset.service';
import { ViewerService } from './viewer/viewer.service';
import {
  AccountResolver,
  MembershipResolver,
  SessionResolver,
  TenantResolver,
} from './graphql/identity.resolver';

/** Tenants, people, memberships, sessions, invitations: who may act, and where. */
@Module({
  providers: [
    TenantRepository,
    TenantService,
    UserRepository,
    ProfileService,
    MembershipRepository,
    MemberService,
    InvitationRepository,
    InvitationService,
    RefreshTokenRepository,
    SessionService,
    LoginThrottle,
    TokenIssuer,
    PasswordResetService,
    ViewerService,
    TenantResolver,
    SessionResolver,
    MembershipResolver,
    AccountResolver,
  ],
})
export class IdentityModule {}
