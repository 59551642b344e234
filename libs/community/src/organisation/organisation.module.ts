import { Module } from '@nestjs/common';
import {
  JoinRequestRepository,
  OrganisationImportRepository,
  OrganisationRepository,
  RepresentativeRepository,
} from './organisation.repository';
import { OrganisationService } from './organisation.service';
import { JoinRequestService } from './join-request.service';
import { OrganisationImportService } from './organisation-import.service';
import { OrganisationLoaders } from '../graphql/organisation.loaders';
import {
  JoinRequestResolver,
  OrganisationImportResolver,
  OrganisationResolver,
} from '../graphql/organisation.resolver';
import { PublicDirectoryResolver } from '../graphql/directory.resolver';

/** Organisations, their representatives and join requests, the directory and its imports and exports. */
@Module({
  providers: [
    OrganisationRepository,
    RepresentativeRepository,
    JoinRequestRepository,
    OrganisationImportRepository,
    OrganisationService,
    JoinRequestService,
    OrganisationImportService,
    OrganisationLoaders,
    OrganisationResolver,
    JoinRequestResolver,
    OrganisationImportResolver,
    PublicDirectoryResolver,
  ],
  exports: [OrganisationRepository, RepresentativeRepository, OrganisationLoaders],
})
export class OrganisationModule {}
