import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { encodeCursor, type Page } from '@alliance/platform';
import type { Definition } from '../indicator/definition';
import { IndicatorService } from '../indicator/indicator.service';
import { ObjectiveService } from '../objective/objective.service';
import type { Objective } from '../objective/objective.entity';
import { judge, TrackStatus, trajectory } from '../trajectory/trajectory';
import { whatIsMissing } from '../trajectory/what-is-missing';
import { ValueKind } from '../value/indicator-value.entity';
import { ValueService } from '../value/value.service';
import { IndicatorLoaders } from './indicator.loaders';
import { AddObjectiveInput, CreateCustomIndicatorInput, RecordValueInput } from './indicators.inputs';
import {
  CatalogueConnection,
  IndicatorConnection,
  IndicatorModel,
  IndicatorValueModel,
  ObjectiveModel,
  TrajectoryPoint,
  WhatIsMissing,
} from './indicators.models';

function toConnection<T extends { createdAt: Date; id: string }, N>(page: Page<T>, nodes: N[]) {
  return {
    edges: page.items.map((item, i) => ({
      cursor: encodeCursor(item.createdAt, item.id),
      node: nodes[i] as N,
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

const first = { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' } as const;
const after = {
  type: () => String,
  nullable: true,
  description: 'Cursor from the previous page’s pageInfo.endCursor.',
} as const;
const code = { description: 'Indicator code, e.g. `cae_1.a`.' } as const;

@Resolver(() => IndicatorModel)
export class IndicatorResolver {
  constructor(
    private readonly indicatorService: IndicatorService,
    private readonly valueService: ValueService,
    private readonly loaders: IndicatorLoaders,
  ) {}

  @Query(() => CatalogueConnection, {
    description: 'The national indicator catalogue (any signed-in person).',
  })
  async indicatorCatalogue(
    @Args('first', first) first?: number,
    @Args('after', after) after?: string,
    @Args('search', { type: () => String, nullable: true, description: 'Part of a code or a name.' })
    search?: string,
    @Args('theme', { type: () => String, nullable: true, description: 'A catalogue theme.' }) theme?: string,
  ) {
    const page = await this.indicatorService.catalogue({ first: first ?? 50, after, search, theme });
    return toConnection(page, page.items);
  }

  @Query(() => IndicatorConnection, { description: 'Indicators the current territory follows.' })
  async indicators(@Args('first', first) first?: number, @Args('after', after) after?: string) {
    const page = await this.indicatorService.followed({ first: first ?? 50, after });
    const definitions = await Promise.all(page.items.map((s) => this.loaders.definition(s.indicatorCode)));
    return toConnection(page, definitions);
  }

  @Query(() => IndicatorModel, { description: 'A followed indicator, by code.' })
  indicator(@Args('code', code) code: string) {
    return this.indicatorService.followedDefinition(code);
  }

  @Mutation(() => [IndicatorModel], {
    description: 'Follows indicators of the catalogue or the territory’s own.',
  })
  followIndicators(
    @Args('codes', { type: () => [String], description: 'Codes to follow.' }) codes: string[],
  ) {
    return this.indicatorService.follow(codes);
  }

  @Mutation(() => Boolean, {
    description: 'Stops following an indicator; its values and objectives are kept.',
  })
  unfollowIndicator(@Args('code', code) code: string) {
    return this.indicatorService.unfollow(code);
  }

  @Mutation(() => IndicatorModel, {
    description: 'Defines an indicator of the territory’s own and follows it.',
  })
  createCustomIndicator(@Args('input', { description: 'The indicator.' }) input: CreateCustomIndicatorInput) {
    return this.indicatorService.createCustom(input);
  }

  @Mutation(() => IndicatorValueModel, {
    description: 'Enters a value; computed indicators reading it are recomputed by a job.',
  })
  recordIndicatorValue(@Args('input', { description: 'The value.' }) input: RecordValueInput) {
    return this.valueService.record(input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an entered value; dependent computed values follow.' })
  removeIndicatorValue(@Args('id', { type: () => ID, description: 'The value.' }) id: string) {
    return this.valueService.remove(id);
  }

  @ResolveField(() => [IndicatorValueModel], { description: 'Values, by year, kind and sector.' })
  async values(
    @Parent() indicator: Definition,
    @Args('kind', { type: () => ValueKind, nullable: true, description: 'Only values of this kind.' })
    kind?: ValueKind,
  ) {
    const values = await this.loaders.valuesOf(indicator.code);
    return kind ? values.filter((v) => v.kind === kind) : values;
  }

  @ResolveField(() => [ObjectiveModel], { description: 'Objectives set on this indicator.' })
  objectives(@Parent() indicator: Definition) {
    return this.loaders.objectivesOf(indicator.code);
  }

  @ResolveField(() => TrackStatus, {
    description: 'Whether the latest observed value keeps to the first objective; UNKNOWN without one.',
  })
  async status(@Parent() indicator: Definition) {
    const [objective] = await this.loaders.objectivesOf(indicator.code);
    if (!objective) return TrackStatus.UNKNOWN;
    return judge(objective, await this.loaders.observedSeries(indicator.code)).status;
  }
}

@Resolver(() => ObjectiveModel)
export class ObjectiveResolver {
  constructor(
    private readonly objectives: ObjectiveService,
    private readonly loaders: IndicatorLoaders,
  ) {}

  @Mutation(() => ObjectiveModel, { description: 'Sets an objective on a followed indicator.' })
  addObjective(@Args('input', { description: 'The objective.' }) input: AddObjectiveInput) {
    return this.objectives.add(input);
  }

  @Mutation(() => Boolean, { description: 'Removes an objective.' })
  removeObjective(@Args('id', { type: () => ID, description: 'The objective.' }) id: string) {
    return this.objectives.remove(id);
  }

  @ResolveField(() => [TrajectoryPoint], {
    description:
      'Expected value each year from the base year to the target year; empty without a base value.',
  })
  async trajectory(@Parent() objective: Objective) {
    return trajectory(objective, await this.loaders.observedSeries(objective.indicatorCode));
  }

  @ResolveField(() => TrackStatus, {
    description: 'Whether the latest observed value keeps to this objective.',
  })
  async status(@Parent() objective: Objective) {
    return judge(objective, await this.loaders.observedSeries(objective.indicatorCode)).status;
  }

  @ResolveField(() => String, { description: 'Why the status is what it is, in French.' })
  async statusReason(@Parent() objective: Objective) {
    return judge(objective, await this.loaders.observedSeries(objective.indicatorCode)).reason;
  }

  @ResolveField(() => WhatIsMissing, {
    description: 'The gap to the trajectory and to the target, beside the impacts actions declare.',
  })
  async whatIsMissing(@Parent() objective: Objective): Promise<WhatIsMissing> {
    const [series, definition, impacts] = await Promise.all([
      this.loaders.observedSeries(objective.indicatorCode),
      this.loaders.definition(objective.indicatorCode),
      this.loaders.impactsOf(objective.indicatorCode),
    ]);
    const missing = whatIsMissing(objective, series, definition?.unit ?? '', impacts);
    return {
      ...missing,
      latestYear: missing.latest?.year ?? null,
      latestValue: missing.latest?.value ?? null,
      impacts,
    };
  }
}
