export { CommunityModule } from './community.module';
export { communityEntities } from './community.entities';
export { communityMigrations } from './migrations';
export {
  ORGANISATION_IMPORT_JOB,
  type OrganisationImportPayload,
  importOrganisationsJob,
} from './organisation/import-organisations.job';
