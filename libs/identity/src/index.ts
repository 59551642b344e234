export { IdentityModule } from './identity.module';
export { identityEntities } from './identity.entities';
export { identityMigrations } from './migrations';
export { seedDemo, DEMO_PASSWORD, DEMO_TENANTS } from './seed/demo.seed';
export { TenantKind, TenantStatus } from './tenant/tenant.entity';
export { hashPassword, isValidSiren } from './shared/secrets';
export { Membership, MembershipStatus } from './membership/membership.entity';
export { User } from './user/user.entity';
