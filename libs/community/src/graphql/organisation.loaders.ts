import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext } from '@alliance/platform';
import type { Organisation } from '../organisation/organisation.entity';
import { OrganisationRepository, RepresentativeRepository } from '../organisation/organisation.repository';

/** One query per nested field and request, whatever the number of parents (per request, so per tenant). */
@Injectable()
export class OrganisationLoaders {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly representatives: RepresentativeRepository,
  ) {}

  organisation(id: string): Promise<Organisation | null> {
    return RequestContext.perRequest(
      'community.organisationById',
      () =>
        new DataLoader<string, Organisation | null>(async (ids) => {
          const byId = new Map((await this.organisations.findByIds(ids)).map((o) => [o.id, o]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    ).load(id);
  }

  /** Whether the viewer represents the organisation: false for anyone outside the territory. */
  representedByViewer(organisationId: string): Promise<boolean> {
    const state = RequestContext.current();
    const userId = state?.claims?.userId;
    if (!userId || !state?.tenantId) return Promise.resolve(false);
    return RequestContext.perRequest(
      'community.representedByViewer',
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          const represented = await this.representatives.representedAmong(userId, ids);
          return ids.map((id) => represented.has(id));
        }),
    ).load(organisationId);
  }

  representativeCount(organisationId: string): Promise<number> {
    return RequestContext.perRequest(
      'community.representativeCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const counts = new Map<string, number>();
          for (const r of await this.representatives.ofOrganisations(ids)) {
            counts.set(r.organisationId, (counts.get(r.organisationId) ?? 0) + 1);
          }
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    ).load(organisationId);
  }
}
