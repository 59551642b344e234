import {
  MaturityLevel,
  Referential,
  ReferentialNode,
  ReferentialVersion,
} from './referential/referential.entity';

import { AssessmentAnswer, SelfAssessment } from './self-assessment/self-assessment.entity';
import { ResourceLink, ToolboxResource } from './toolbox/toolbox.entity';
import { Campaign, CampaignReminder, CampaignTarget } from './campaign/campaign.entity';
import { OrganisationRepresentative } from './representation/representative.entity';

export const assessmentEntities = [
  Referential,
  ReferentialVersion,
  ReferentialNode,
  MaturityLevel,
  SelfAssessment,
  AssessmentAnswer,
  ToolboxResource,
  ResourceLink,
  Campaign,
  CampaignTarget,
  CampaignReminder,
  OrganisationRepresentative,
];
