import { IdentitySchema1763800001000 } from './1763800001000-identity-schema';

export const identityMigrations = [IdentitySchema1763800001000];
