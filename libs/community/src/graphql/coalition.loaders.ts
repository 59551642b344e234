import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext } from '@alliance/platform';
import type { Organisation } from '../organisation/organisation.entity';
import type {
  CoalitionFacilitator,
  CoalitionMember,
  CoalitionStageReached,
} from '../coalition/coalition.entity';
import {
  CoalitionFacilitatorRepository,
  CoalitionMemberRepository,
  CoalitionStageRepository,
} from '../coalition/coalition.repository';

function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * One query per nested field and request, whatever the number of coalitions or members: the coalition
 * page costs as many statements with 200 members as with 5.
 */
@Injectable()
export class CoalitionLoaders {
  constructor(
    private readonly members: CoalitionMemberRepository,
    private readonly facilitators: CoalitionFacilitatorRepository,
    private readonly stages: CoalitionStageRepository,
  ) {}

  membersOf(coalitionId: string): Promise<CoalitionMember[]> {
    return RequestContext.perRequest(
      'community.coalitionMembersOf',
      () =>
        new DataLoader<string, CoalitionMember[]>(async (ids) =>
          grouped(ids, await this.members.ofCoalitions(ids), (m) => m.coalitionId),
        ),
    ).load(coalitionId);
  }

  facilitatorsOf(coalitionId: string): Promise<CoalitionFacilitator[]> {
    return RequestContext.perRequest(
      'community.coalitionFacilitatorsOf',
      () =>
        new DataLoader<string, CoalitionFacilitator[]>(async (ids) =>
          grouped(ids, await this.facilitators.ofCoalitions(ids), (f) => f.coalitionId),
        ),
    ).load(coalitionId);
  }

  stagesOf(coalitionId: string): Promise<CoalitionStageReached[]> {
    return RequestContext.perRequest(
      'community.coalitionStagesOf',
      () =>
        new DataLoader<string, CoalitionStageReached[]>(async (ids) =>
          grouped(ids, await this.stages.ofCoalitions(ids), (s) => s.coalitionId),
        ),
    ).load(coalitionId);
  }

  /** An organisation of the territory by id; null once it has been removed. */
  organisation(id: string): Promise<Organisation | null> {
    return RequestContext.perRequest(
      'community.coalitionOrganisation',
      () =>
        new DataLoader<string, Organisation | null>(async (ids) => {
          const byId = new Map((await this.members.organisations(ids)).map((o) => [o.id, o]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    ).load(id);
  }
}
