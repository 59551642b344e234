import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, UnitOfWork } from '@alliance/platform';
import type { Action, ActionImpact, ActionProgress } from '../action/action.entity';
import {
  ActionImpactRepository,
  ActionProgressRepository,
  ActionRepository,
  type ActionOwnerColumn,
} from '../action/action.repository';
import { AuthorshipRepository } from '../commitment/authorship.repository';
import type { Commitment, CommitmentRevision } from '../commitment/commitment.entity';
import type { Coalition } from '../coalition/coalition.entity';
import type { Organisation } from '../organisation/organisation.entity';
import { CommitmentRepository, CommitmentRevisionRepository } from '../commitment/commitment.repository';

interface Keyed<K> {
  tenantId: string;
  key: K;
}

function grouped<T>(ids: readonly string[], rows: T[], idOf: (row: T) => string | null): T[][] {
  const byId = new Map<string, T[]>();
  for (const row of rows) {
    const id = idOf(row);
    if (id) byId.set(id, [...(byId.get(id) ?? []), row]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/**
 * Per-request batching of everything nested under coalitions, commitments and actions: one query per kind of
 * row, whatever the number of parents. Keys carry the tenant of their parent: rows of the caller's territory
 * are read in the request's transaction; a public page of another territory (an anonymous visitor) is read
 * inside `uow.run(thatTenant, …)`, one unit per territory and kind of row.
 */
@Injectable()
export class CommitmentLoaders {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly commitments: CommitmentRepository,
    private readonly revisions: CommitmentRevisionRepository,
    private readonly actions: ActionRepository,
    private readonly impacts: ActionImpactRepository,
    private readonly progress: ActionProgressRepository,
    private readonly authorship: AuthorshipRepository,
  ) {}

  /** True when the caller reads inside this territory rather than as the public. */
  static insideTenant(tenantId: string): boolean {
    const state = RequestContext.current();
    return !!state?.claims && state.tenantId === tenantId;
  }

  private loader<K, V>(name: string, batch: (keys: K[]) => Promise<V[]>): DataLoader<Keyed<K>, V, string> {
    return RequestContext.perRequest(
      `community.${name}`,
      () =>
        new DataLoader<Keyed<K>, V, string>(
          async (keyed) => {
            const byTenant = new Map<string, { index: number; key: K }[]>();
            keyed.forEach(({ tenantId, key }, index) =>
              byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), { index, key }]),
            );
            const results = new Array<V>(keyed.length);
            for (const [tenantId, group] of byTenant) {
              const read = () => batch(group.map((g) => g.key));
              const values =
                RequestContext.current()?.tenantId === tenantId
                  ? await read()
                  : await this.uow.run(tenantId, read);
              group.forEach((g, n) => (results[g.index] = values[n] as V));
            }
            return results;
          },
          { cacheKeyFn: (k) => `${k.tenantId}|${JSON.stringify(k.key)}` },
        ),
    );
  }

  revision(
    tenantId: string,
    commitmentId: string,
    revision: number,
  ): Promise<CommitmentRevision | undefined> {
    return this.loader<{ commitmentId: string; revision: number }, CommitmentRevision | undefined>(
      'revision',
      async (keys) => {
        const found = await this.revisions.byNumbers(keys);
        const byKey = new Map(found.map((r) => [`${r.commitmentId}|${r.revision}`, r]));
        return keys.map((k) => byKey.get(`${k.commitmentId}|${k.revision}`));
      },
    ).load({ tenantId, key: { commitmentId, revision } });
  }

  revisionsOf(tenantId: string, commitmentId: string): Promise<CommitmentRevision[]> {
    return this.loader<string, CommitmentRevision[]>('revisions', async (ids) =>
      grouped(ids, await this.revisions.ofCommitments(ids), (r) => r.commitmentId),
    ).load({ tenantId, key: commitmentId });
  }

  commitmentsOfCoalition(
    tenantId: string,
    coalitionId: string,
    publishedOnly: boolean,
  ): Promise<Commitment[]> {
    return this.loader<string, Commitment[]>(
      publishedOnly ? 'coalition-published-commitments' : 'coalition-commitments',
      async (ids) =>
        grouped(ids, await this.commitments.ofCoalitions(ids, publishedOnly), (c) => c.coalitionId),
    ).load({ tenantId, key: coalitionId });
  }

  actionsOf(column: ActionOwnerColumn, tenantId: string, id: string): Promise<Action[]> {
    return this.loader<string, Action[]>(`actions-by-${column}`, async (ids) =>
      grouped(ids, await this.actions.ofOwners(column, ids), (a) => a[column]),
    ).load({ tenantId, key: id });
  }

  impactsOf(tenantId: string, actionId: string): Promise<ActionImpact[]> {
    return this.loader<string, ActionImpact[]>('impacts', async (ids) =>
      grouped(ids, await this.impacts.ofActions(ids), (i) => i.actionId),
    ).load({ tenantId, key: actionId });
  }

  progressOf(tenantId: string, actionId: string): Promise<ActionProgress[]> {
    return this.loader<string, ActionProgress[]>('progress', async (ids) =>
      grouped(ids, await this.progress.ofActions(ids), (p) => p.actionId),
    ).load({ tenantId, key: actionId });
  }

  organisation(tenantId: string, id: string): Promise<Organisation | null> {
    return this.loader<string, Organisation | null>('organisations', async (ids) => {
      const found = new Map((await this.authorship.findByIds(ids)).map((o) => [o.id, o]));
      return ids.map((i) => found.get(i) ?? null);
    }).load({ tenantId, key: id });
  }

  coalition(tenantId: string, id: string): Promise<Coalition | null> {
    return this.loader<string, Coalition | null>('coalitions', async (ids) => {
      const found = new Map((await this.authorship.coalitionsByIds(ids)).map((c) => [c.id, c]));
      return ids.map((i) => found.get(i) ?? null);
    }).load({ tenantId, key: id });
  }

  organisationName(tenantId: string, id: string): Promise<string | null> {
    return this.loader<string, string | null>('organisation-names', async (ids) => {
      const names = await this.authorship.organisationNames(ids);
      return ids.map((i) => names.get(i) ?? null);
    }).load({ tenantId, key: id });
  }

  coalitionName(tenantId: string, id: string): Promise<string | null> {
    return this.loader<string, string | null>('coalition-names', async (ids) => {
      const names = await this.authorship.coalitionNames(ids);
      return ids.map((i) => names.get(i) ?? null);
    }).load({ tenantId, key: id });
  }
}
