export { CommunityModule } from './community.module';
export { communityEntities } from './community.entities';
export { communityMigrations } from './migrations';
