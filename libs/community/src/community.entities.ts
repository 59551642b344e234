import {
  JoinRequest,
  Organisation,
  OrganisationImport,
  Representative,
} from './organisation/organisation.entity';
import {
  Coalition,
  CoalitionFacilitator,
  CoalitionMember,
  CoalitionStageReached,
} from './coalition/coalition.entity';
import { Commitment, CommitmentRevision } from './commitment/commitment.entity';
import { Action, ActionImpact, ActionProgress } from './action/action.entity';

export const communityEntities = [
  Organisation,
  Representative,
  JoinRequest,
  OrganisationImport,
  Coalition,
  CoalitionStageReached,
  CoalitionMember,
  CoalitionFacilitator,
  Commitment,
  CommitmentRevision,
  Action,
  ActionImpact,
  ActionProgress,
];
