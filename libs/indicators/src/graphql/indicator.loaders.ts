import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext } from '@alliance/platform';
import type { DeclaredImpact } from '../impact/declared-impact.entity';
import { DeclaredImpactRepository } from '../impact/declared-impact.repository';
import type { Definition } from '../indicator/definition';
import { DefinitionRepository } from '../indicator/definition.repository';
import type { Objective } from '../objective/objective.entity';
import { ObjectiveRepository } from '../objective/objective.repository';
import type { Point } from '../trajectory/trajectory';
import { type IndicatorValue, ValueKind } from '../value/indicator-value.entity';
import { IndicatorValueRepository } from '../value/indicator-value.repository';

function grouped<T>(codes: readonly string[], rows: T[], codeOf: (row: T) => string): T[][] {
  const byCode = new Map<string, T[]>();
  for (const row of rows) byCode.set(codeOf(row), [...(byCode.get(codeOf(row)) ?? []), row]);
  return codes.map((code) => byCode.get(code) ?? []);
}

/** Per-request batching of everything nested under indicators and objectives: one query per kind of row. */
@Injectable()
export class IndicatorLoaders {
  constructor(
    private readonly definitions: DefinitionRepository,
    private readonly objectives: ObjectiveRepository,
    private readonly values: IndicatorValueRepository,
    private readonly impacts: DeclaredImpactRepository,
  ) {}

  definition(code: string): Promise<Definition | undefined> {
    return RequestContext.perRequest(
      'indicators.definition',
      () =>
        new DataLoader<string, Definition | undefined>(async (codes) => {
          const found = await this.definitions.byCodes(codes);
          return codes.map((c) => found.get(c));
        }),
    ).load(code);
  }

  objectivesOf(code: string): Promise<Objective[]> {
    return RequestContext.perRequest(
      'indicators.objectives',
      () =>
        new DataLoader<string, Objective[]>(async (codes) =>
          grouped(codes, await this.objectives.byIndicators(codes), (o) => o.indicatorCode),
        ),
    ).load(code);
  }

  valuesOf(code: string): Promise<IndicatorValue[]> {
    return RequestContext.perRequest(
      'indicators.values',
      () =>
        new DataLoader<string, IndicatorValue[]>(async (codes) =>
          grouped(codes, await this.values.byIndicators(codes), (v) => v.indicatorCode),
        ),
    ).load(code);
  }

  impactsOf(code: string): Promise<DeclaredImpact[]> {
    return RequestContext.perRequest(
      'indicators.impacts',
      () =>
        new DataLoader<string, DeclaredImpact[]>(async (codes) =>
          grouped(codes, await this.impacts.byIndicators(codes), (i) => i.indicatorCode),
        ),
    ).load(code);
  }

  /** The observed territory-wide series trajectories are judged on. */
  async observedSeries(code: string): Promise<Point[]> {
    return (await this.valuesOf(code)).flatMap((v) =>
      v.kind === ValueKind.OBSERVED && v.sector === '' && v.organisationId === null && v.value !== null
        ? [{ year: v.year, value: v.value }]
        : [],
    );
  }
}
