import { AssessmentReferentials1763800200000 } from './1763800200000-assessment-referentials';
import { SelfAssessments1763800200100 } from './1763800200100-self-assessments';
import { Toolbox1763800200200 } from './1763800200200-toolbox';
import { Campaigns1763800200300 } from './1763800200300-campaigns';
import { ReferentialCopy1763800200400 } from './1763800200400-referential-copy';
import { OrganisationRepresentatives1763800200500 } from './1763800200500-organisation-representatives';

export const assessmentMigrations = [
  AssessmentReferentials1763800200000,
  SelfAssessments1763800200100,
  Toolbox1763800200200,
  Campaigns1763800200300,
  ReferentialCopy1763800200400,
  OrganisationRepresentatives1763800200500,
];
