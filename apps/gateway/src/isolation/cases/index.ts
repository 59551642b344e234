import { identityCases } from './identity.cases';
import { indicatorsCases } from './indicators.cases';
import { territoryCases } from './territory.cases';
import { assessmentCases } from './assessment.cases';
import { onboardingCases } from './territory-onboarding.cases';
import { communityOrganisationsCases } from './community-organisations.cases';
import { communityCoalitionsCases } from './community-coalitions.cases';
import { communityCommitmentsCases } from './community-commitments.cases';
import type { IsolationCase } from './isolation-case';

/** Every context's isolation cases: one line per context. */
export const ALL_CASES: Record<string, IsolationCase> = {
  ...identityCases,
  ...indicatorsCases,
  ...territoryCases,
  ...assessmentCases,
  ...onboardingCases,
  ...communityOrganisationsCases,
  ...communityCoalitionsCases,
  ...communityCommitmentsCases,
};
