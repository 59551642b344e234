import { Module } from '@nestjs/common';
import {
  CoalitionFacilitatorRepository,
  CoalitionMemberRepository,
  CoalitionRepository,
  CoalitionStageRepository,
} from './coalition.repository';
import { CoalitionService } from './coalition.service';
import { CoalitionLoaders } from '../graphql/coalition.loaders';
import { CoalitionMembershipResolver, CoalitionResolver } from '../graphql/coalition.resolver';
import { CoalitionPublicResolver } from '../graphql/coalition.public.resolver';

/** Coalitions: proposal and review, members, facilitators, mode of functioning, stages, public pages. */
@Module({
  providers: [
    CoalitionRepository,
    CoalitionMemberRepository,
    CoalitionFacilitatorRepository,
    CoalitionStageRepository,
    CoalitionService,
    CoalitionLoaders,
    CoalitionResolver,
    CoalitionMembershipResolver,
    CoalitionPublicResolver,
  ],
})
export class CoalitionModule {}
