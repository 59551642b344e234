import { Module } from '@nestjs/common';
import {
  ActionImpactRepository,
  ActionProgressRepository,
  ActionRepository,
} from '../action/action.repository';
import { ActionService } from '../action/action.service';
import { ActionResolver } from '../graphql/action.resolver';
import { CoalitionCommitmentsResolver } from '../graphql/commitment.coalition.resolver';
import { CommitmentLoaders } from '../graphql/commitment.loaders';
import { PublicCommitmentsResolver } from '../graphql/commitment.public.resolver';
import { CommitmentResolver, CommitmentRevisionResolver } from '../graphql/commitment.resolver';
import { OverviewResolver } from '../graphql/overview.resolver';
import { AuthorshipRepository } from './authorship.repository';
import { CommitmentRepository, CommitmentRevisionRepository } from './commitment.repository';
import { CommitmentService } from './commitment.service';
import { OverviewService } from './overview.service';

/** Commitments and their revisions, actions with their impacts and progress, the animators' overview. */
@Module({
  providers: [
    AuthorshipRepository,
    CommitmentRepository,
    CommitmentRevisionRepository,
    ActionRepository,
    ActionImpactRepository,
    ActionProgressRepository,
    CommitmentService,
    ActionService,
    OverviewService,
    CommitmentLoaders,
    CommitmentResolver,
    CommitmentRevisionResolver,
    ActionResolver,
    OverviewResolver,
    CoalitionCommitmentsResolver,
    PublicCommitmentsResolver,
  ],
})
export class CommitmentModule {}
