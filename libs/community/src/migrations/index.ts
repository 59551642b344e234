import { CommunitySchema1763800400000 } from './1763800400000-community-schema';
import { CommitmentPublishedRevision1763800403000 } from './1763800403000-commitment-published-revision';

export const communityMigrations = [CommunitySchema1763800400000, CommitmentPublishedRevision1763800403000];
