import { CommunitySchema1763800400000 } from './1763800400000-community-schema';

export const communityMigrations = [CommunitySchema1763800400000];
