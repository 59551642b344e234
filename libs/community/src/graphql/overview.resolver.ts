import { ExportFile, ExportFormat, exportFile } from '@alliance/platform';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { OverviewService } from '../commitment/overview.service';
import { CommitmentsOverviewRowModel, OverviewDimensionValue } from './overview.models';

const FILE_STEM: Record<OverviewDimensionValue, string> = {
  [OverviewDimensionValue.PLAN_STAKE]: 'engagements-par-enjeu',
  [OverviewDimensionValue.THEME]: 'engagements-par-thematique',
};

@Resolver(() => CommitmentsOverviewRowModel)
export class OverviewResolver {
  constructor(private readonly overview: OverviewService) {}

  @Query(() => [CommitmentsOverviewRowModel], {
    description:
      'Per plan stake or theme: the coalitions, commitments and actions that serve it and their expected impacts summed per unit (admins, animators).',
  })
  async commitmentsOverview(
    @Args('by', { type: () => OverviewDimensionValue, description: 'Group by plan stake or by theme.' })
    by: OverviewDimensionValue,
  ): Promise<CommitmentsOverviewRowModel[]> {
    return (await this.overview.overview(by)).map((row) => ({
      ...row,
      coalitionCount: row.coalitions.length,
      commitmentCount: row.commitments.length,
      actionCount: row.actions.length,
    }));
  }

  @Query(() => ExportFile, {
    description: 'The overview as a CSV file or an XLSX workbook (admins, animators).',
  })
  async exportCommitmentsOverview(
    @Args('by', { type: () => OverviewDimensionValue, description: 'Group by plan stake or by theme.' })
    by: OverviewDimensionValue,
    @Args('format', {
      type: () => ExportFormat,
      nullable: true,
      description: 'CSV (default) or XLSX.',
    })
    format?: ExportFormat,
  ): Promise<ExportFile> {
    const chosen = format ?? ExportFormat.CSV;
    return exportFile(FILE_STEM[by], chosen, await this.overview.exportFile(by, chosen));
  }
}
