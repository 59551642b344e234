import { Injectable } from '@nestjs/common';
import { requireTenantRole } from '@alliance/platform';
import { ActionImpactRepository, ActionRepository } from '../action/action.repository';
import { AuthorshipRepository } from './authorship.repository';
import { CommitmentRepository, CommitmentRevisionRepository } from './commitment.repository';
import { REVIEWERS } from './commitment.service';
import { buildOverview, type OverviewDimension, type OverviewRow } from './overview';
import { overviewToCsv, overviewToXlsx } from './overview-export';

/** The animators' view of what serves each plan stake or theme, and its exports. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly commitments: CommitmentRepository,
    private readonly revisions: CommitmentRevisionRepository,
    private readonly actions: ActionRepository,
    private readonly impacts: ActionImpactRepository,
    private readonly authorship: AuthorshipRepository,
  ) {}

  async overview(dimension: OverviewDimension): Promise<OverviewRow[]> {
    requireTenantRole(...REVIEWERS);
    const commitments = await this.commitments.all();
    const revisions = await this.revisions.byNumbers(
      commitments.map((c) => ({ commitmentId: c.id, revision: c.currentRevision })),
    );
    const revisionOf = new Map(revisions.map((r) => [r.commitmentId, r]));
    const actions = await this.actions.all();
    const impacts = await this.impacts.find();
    const coalitionIds = [
      ...commitments.flatMap((c) => (c.coalitionId ? [c.coalitionId] : [])),
      ...actions.flatMap((a) => (a.coalitionId ? [a.coalitionId] : [])),
    ];
    return buildOverview(dimension, {
      commitments: commitments.map((c) => ({
        id: c.id,
        title: revisionOf.get(c.id)?.title ?? '',
        coalitionId: c.coalitionId,
        planStakeCodes: revisionOf.get(c.id)?.planStakeCodes ?? [],
      })),
      actions,
      impacts,
      coalitions: await this.authorship.coalitionNames(coalitionIds),
      themeCoalitions: dimension === 'theme' ? await this.authorship.coalitionsOfThemes() : [],
    });
  }

  async exportFile(dimension: OverviewDimension, format: 'csv' | 'xlsx'): Promise<Buffer> {
    const rows = await this.overview(dimension);
    return format === 'xlsx'
      ? overviewToXlsx(dimension, rows)
      : Buffer.from(overviewToCsv(dimension, rows), 'utf8');
  }
}
