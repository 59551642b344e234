import { Tenant } from './tenant/tenant.entity';
import { User } from './user/user.entity';
import { Membership } from './membership/membership.entity';
import { Invitation } from './invitation/invitation.entity';
import { RefreshToken } from './session/refresh-token.entity';
import { PasswordReset } from './password-reset/password-reset.entity';

export const identityEntities = [Tenant, User, Membership, Invitation, RefreshToken, PasswordReset];
