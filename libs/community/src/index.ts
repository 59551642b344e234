export { CommunityModule } from './community.module';
export { communityEntities } from './community.entities';
export { communityMigrations } from './migrations';
export { FOUNDING_COMMUNITIES, seedCommunityDemo, seedFoundingCommunities } from './seed/founding.seed';
export {
  ORGANISATION_IMPORT_JOB,
  type OrganisationImportPayload,
  importOrganisationsJob,
} from './organisation/import-organisations.job';
