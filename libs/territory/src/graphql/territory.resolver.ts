import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { badInput, RequestContext } from '@alliance/platform';
import { type CatalogueItem, CatalogueKind } from '../catalogue/catalogue-item.entity';
import { CatalogueItemRepository } from '../catalogue/catalogue-item.repository';
import { CatalogueItemService } from '../catalogue/catalogue-item.service';
import type { PlanItem } from '../plan/plan-item.entity';
import { PlanItemService } from '../plan/plan-item.service';
import type { Objective } from '../objective/objective.entity';
import { ObjectiveService } from '../objective/objective.service';
import { CatalogueItemModel, ObjectiveModel, PlanItemModel } from './territory.models';
import {
  CreateCatalogueItemInput,
  CreateObjectiveInput,
  CreatePlanItemInput,
  UpdateCatalogueItemInput,
  UpdateObjectiveInput,
  UpdatePlanItemInput,
} from './territory.inputs';

function parseGeojson(text: string | null | undefined): Record<string, unknown> | null | undefined {
  if (text === undefined) return undefined;
  if (text === null || text.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below, with the field
  }
  throw badInput('Le contour n’est pas un document GeoJSON valide.', 'geojson');
}

export const toCatalogueItem = (item: CatalogueItem): CatalogueItemModel => ({
  id: item.id,
  kind: item.kind,
  code: item.code,
  label: item.label,
  position: item.position,
  zoneKind: item.zoneKind,
  geojson: item.geojson ? JSON.stringify(item.geojson) : null,
  archived: item.archivedAt !== null,
});

export const toPlanItem = (item: PlanItem): PlanItemModel => ({
  id: item.id,
  parentId: item.parentId,
  level: item.level,
  code: item.code,
  label: item.label,
  position: item.position,
  archived: item.archivedAt !== null,
});

const toObjective = (o: Objective): ObjectiveModel => ({
  id: o.id,
  code: o.code,
  label: o.label,
  horizonYear: o.horizonYear,
  target: o.target,
  themeId: o.themeId,
  position: o.position,
  archived: o.archivedAt !== null,
});

const includeArchived = {
  type: () => Boolean,
  nullable: true,
  description: 'Also list archived items (admins reviewing the history).',
} as const;
const idArg = (description: string) => ({ type: () => ID, description }) as const;
const idsArg = {
  type: () => [ID],
  description: 'Every active item of the list, once each, in the new order.',
} as const;

@Resolver(() => CatalogueItemModel)
export class CatalogueItemResolver {
  constructor(private readonly service: CatalogueItemService) {}

  @Query(() => [CatalogueItemModel], {
    description:
      'One list of the current territory’s vocabulary, in the admins’ order. Bounded (tens of items), so not paged.',
  })
  async catalogueItems(
    @Args('kind', { type: () => CatalogueKind, description: 'Which list.' }) kind: CatalogueKind,
    @Args('includeArchived', includeArchived) withArchived?: boolean,
  ) {
    return (await this.service.list(kind, withArchived ?? false)).map(toCatalogueItem);
  }

  @Mutation(() => CatalogueItemModel, { description: 'Adds an item at the end of its list (admins).' })
  async createCatalogueItem(@Args('input', { description: 'The item.' }) input: CreateCatalogueItemInput) {
    const { kind, geojson, ...rest } = input;
    return toCatalogueItem(await this.service.create(kind, { ...rest, geojson: parseGeojson(geojson) }));
  }

  @Mutation(() => CatalogueItemModel, {
    description: 'Renames or recodes an item (admins); its id, and so what refers to it, stays.',
  })
  async updateCatalogueItem(
    @Args('id', idArg('The item.')) id: string,
    @Args('input', { description: 'The changes.' }) input: UpdateCatalogueItemInput,
  ) {
    const { geojson, ...rest } = input;
    return toCatalogueItem(await this.service.update(id, { ...rest, geojson: parseGeojson(geojson) }));
  }

  @Mutation(() => CatalogueItemModel, {
    description: 'Archives an item, or restores it with `archived: false` (admins). Items are never deleted.',
  })
  async archiveCatalogueItem(
    @Args('id', idArg('The item.')) id: string,
    @Args('archived', {
      type: () => Boolean,
      nullable: true,
      description: 'False to restore; true by default.',
    })
    archived?: boolean,
  ) {
    return toCatalogueItem(await this.service.setArchived(id, archived ?? true));
  }

  @Mutation(() => [CatalogueItemModel], { description: 'Sets the order of one list (admins).' })
  async reorderCatalogueItems(
    @Args('kind', { type: () => CatalogueKind, description: 'Which list.' }) kind: CatalogueKind,
    @Args('ids', idsArg) ids: string[],
  ) {
    return (await this.service.reorder(kind, ids)).map(toCatalogueItem);
  }
}

@Resolver(() => PlanItemModel)
export class PlanItemResolver {
  constructor(private readonly service: PlanItemService) {}

  @Query(() => [PlanItemModel], {
    description:
      'The current territory’s climate plan, every level, siblings in order (parents refer by parentId). A few hundred items at most, so not paged.',
  })
  async climatePlan(@Args('includeArchived', includeArchived) withArchived?: boolean) {
    return (await this.service.list(withArchived ?? false)).map(toPlanItem);
  }

  @Mutation(() => PlanItemModel, { description: 'Adds an axis, stake or action (admins).' })
  async createPlanItem(@Args('input', { description: 'The item.' }) input: CreatePlanItemInput) {
    return toPlanItem(await this.service.create(input));
  }

  @Mutation(() => PlanItemModel, {
    description: 'Renames, recodes or moves a plan item (admins); refuses a move that would make a cycle.',
  })
  async updatePlanItem(
    @Args('id', idArg('The plan item.')) id: string,
    @Args('input', { description: 'The changes.' }) input: UpdatePlanItemInput,
  ) {
    return toPlanItem(await this.service.update(id, input));
  }

  @Mutation(() => PlanItemModel, {
    description: 'Archives a plan item without active children, or restores it (admins).',
  })
  async archivePlanItem(
    @Args('id', idArg('The plan item.')) id: string,
    @Args('archived', {
      type: () => Boolean,
      nullable: true,
      description: 'False to restore; true by default.',
    })
    archived?: boolean,
  ) {
    return toPlanItem(await this.service.setArchived(id, archived ?? true));
  }

  @Mutation(() => [PlanItemModel], { description: 'Sets the order of the children of one item (admins).' })
  async reorderPlanItems(
    @Args('parentId', { type: () => ID, nullable: true, description: 'The parent; none to order the axes.' })
    parentId: string | null | undefined,
    @Args('ids', idsArg) ids: string[],
  ) {
    return (await this.service.reorder(parentId ?? null, ids)).map(toPlanItem);
  }
}

@Resolver(() => ObjectiveModel)
export class ObjectiveResolver {
  constructor(
    private readonly service: ObjectiveService,
    private readonly catalogue: CatalogueItemRepository,
  ) {}

  @Query(() => [ObjectiveModel], {
    description: 'The current territory’s objectives, in order. A handful per territory, so not paged.',
  })
  async territorialObjectives(@Args('includeArchived', includeArchived) withArchived?: boolean) {
    return (await this.service.list(withArchived ?? false)).map(toObjective);
  }

  @ResolveField(() => CatalogueItemModel, { nullable: true, description: 'The theme, if any.' })
  async theme(@Parent() objective: ObjectiveModel) {
    if (!objective.themeId) return null;
    // One query for all the objectives of the answer, per request so it never crosses tenants.
    const loader = RequestContext.perRequest(
      'territory.theme',
      () =>
        new DataLoader<string, CatalogueItem | null>(async (ids) => {
          const found = new Map((await this.catalogue.findByIds(ids)).map((item) => [item.id, item]));
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    const theme = await loader.load(objective.themeId);
    return theme ? toCatalogueItem(theme) : null;
  }

  @Mutation(() => ObjectiveModel, { description: 'Adds an objective at the end of the list (admins).' })
  async createObjective(@Args('input', { description: 'The objective.' }) input: CreateObjectiveInput) {
    return toObjective(await this.service.create(input));
  }

  @Mutation(() => ObjectiveModel, { description: 'Changes an objective (admins); its id stays.' })
  async updateObjective(
    @Args('id', idArg('The objective.')) id: string,
    @Args('input', { description: 'The changes.' }) input: UpdateObjectiveInput,
  ) {
    return toObjective(await this.service.update(id, input));
  }

  @Mutation(() => ObjectiveModel, { description: 'Archives an objective, or restores it (admins).' })
  async archiveObjective(
    @Args('id', idArg('The objective.')) id: string,
    @Args('archived', {
      type: () => Boolean,
      nullable: true,
      description: 'False to restore; true by default.',
    })
    archived?: boolean,
  ) {
    return toObjective(await this.service.setArchived(id, archived ?? true));
  }

  @Mutation(() => [ObjectiveModel], { description: 'Sets the order of the objectives (admins).' })
  async reorderObjectives(@Args('ids', idsArg) ids: string[]) {
    return (await this.service.reorder(ids)).map(toObjective);
  }
}
