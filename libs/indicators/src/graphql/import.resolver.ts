import { ExportFile, ExportFormat, exportFile } from '@alliance/platform';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ImportService } from '../import/import.service';
import { ValueService } from '../value/value.service';
import { StartIndicatorImportInput } from './indicators.inputs';
import { IndicatorImportModel } from './indicators.models';

@Resolver(() => IndicatorImportModel)
export class ImportResolver {
  constructor(
    private readonly importService: ImportService,
    private readonly valueService: ValueService,
  ) {}

  @Mutation(() => IndicatorImportModel, {
    description: 'Starts importing a CSV file of values; poll `indicatorImport` for its progress and report.',
  })
  startIndicatorImport(@Args('input', { description: 'The file.' }) input: StartIndicatorImportInput) {
    return this.importService.start(input.fileName, input.contentBase64);
  }

  @Query(() => IndicatorImportModel, {
    description: 'An import of values: progress and per-row error report.',
  })
  indicatorImport(@Args('id', { type: () => ID, description: 'The import.' }) id: string) {
    return this.importService.byId(id);
  }

  @Query(() => ExportFile, {
    description: 'The followed indicators’ values as a CSV file the import reads back, or an XLSX workbook.',
  })
  async exportIndicatorValues(
    @Args('codes', {
      type: () => [String],
      nullable: true,
      description: 'Only these indicators; all followed ones when absent.',
    })
    codes?: string[],
    @Args('format', { type: () => ExportFormat, nullable: true, description: 'CSV (default) or XLSX.' })
    format?: ExportFormat,
  ): Promise<ExportFile> {
    const chosen = format ?? ExportFormat.CSV;
    return exportFile(
      'valeurs-indicateurs',
      chosen,
      await this.valueService.exportFile(codes ?? null, chosen),
    );
  }
}
