import { Module } from '@nestjs/common';
import {
  MaturityLevelRepository,
  ReferentialNodeRepository,
  ReferentialRepository,
  ReferentialVersionRepository,
} from './referential/referential.repository';
import { ReferentialService } from './referential/referential.service';
import { ReferentialLoaders } from './graphql/referential.loaders';
import { ReferentialResolver, ReferentialVersionResolver } from './graphql/referential.resolver';
import { AnswerRepository, SelfAssessmentRepository } from './self-assessment/self-assessment.repository';
import { SelfAssessmentService } from './self-assessment/self-assessment.service';
import { SelfAssessmentResolver } from './graphql/self-assessment.resolver';
import { ResourceLinkRepository, ToolboxResourceRepository } from './toolbox/toolbox.repository';
import { ToolboxService } from './toolbox/toolbox.service';
import { ToolboxResolver } from './graphql/toolbox.resolver';
import {
  CampaignReminderRepository,
  CampaignRepository,
  CampaignTargetRepository,
} from './campaign/campaign.repository';
import { CampaignService } from './campaign/campaign.service';
import { CampaignResolver } from './graphql/campaign.resolver';
import { BenchmarkRepository } from './benchmark/benchmark.repository';
import { BenchmarkService } from './benchmark/benchmark.service';
import { RepresentativeRepository } from './representation/representative.repository';
import { RepresentationService } from './representation/representation.service';
import { RepresentationResolver } from './graphql/representation.resolver';

/** Maturity referentials and their versions, the self-assessments organisations make on them, and the toolbox they lead to. */
@Module({
  providers: [
    ReferentialRepository,
    ReferentialVersionRepository,
    ReferentialNodeRepository,
    MaturityLevelRepository,
    ReferentialService,
    ReferentialLoaders,
    ReferentialResolver,
    ReferentialVersionResolver,
    SelfAssessmentRepository,
    AnswerRepository,
    SelfAssessmentService,
    SelfAssessmentResolver,
    ToolboxResourceRepository,
    ResourceLinkRepository,
    ToolboxService,
    ToolboxResolver,
    CampaignRepository,
    CampaignTargetRepository,
    CampaignReminderRepository,
    CampaignService,
    CampaignResolver,
    BenchmarkRepository,
    BenchmarkService,
    RepresentativeRepository,
    RepresentationService,
    RepresentationResolver,
  ],
})
export class AssessmentModule {}
