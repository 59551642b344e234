import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { badInput, UnitOfWork } from '@alliance/platform';
import { CatalogueKind } from '../catalogue/catalogue-item.entity';
import { CatalogueItemRepository } from '../catalogue/catalogue-item.repository';
import { PlanItemRepository } from '../plan/plan-item.repository';
import { CatalogueItemModel, PlanItemModel } from './territory.models';
import { toCatalogueItem, toPlanItem } from './territory.resolver';

@ObjectType('PublicVocabulary', {
  description: 'A territory’s active words, readable without logging in: what its public pages name.',
})
export class PublicVocabularyModel {
  @Field(() => [CatalogueItemModel], { description: 'Themes, in the admins’ order.' })
  themes: CatalogueItemModel[];
  @Field(() => [CatalogueItemModel], { description: 'Sectors.' })
  sectors: CatalogueItemModel[];
  @Field(() => [CatalogueItemModel], { description: 'Zones, without their outlines.' })
  zones: CatalogueItemModel[];
  @Field(() => [CatalogueItemModel], { description: 'Organisation types.' })
  organisationTypes: CatalogueItemModel[];
  @Field(() => [PlanItemModel], { description: 'The climate plan, siblings in order.' })
  climatePlan: PlanItemModel[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Public pages show a coalition's theme or an action's plan stakes by name to visitors who are not logged in.
 * Labels of active items are all it gives: archived items and zone outlines stay with the territory's members.
 */
@Resolver(() => PublicVocabularyModel)
export class PublicVocabularyResolver {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly items: CatalogueItemRepository,
    private readonly plan: PlanItemRepository,
  ) {}

  @Query(() => PublicVocabularyModel, {
    description:
      'The active themes, sectors, zones, organisation types and climate plan of a territory; anyone.',
  })
  async publicVocabulary(
    @Args('tenantId', { type: () => ID, description: 'The territory (its id, from `tenantBySlug`).' })
    tenantId: string,
  ): Promise<PublicVocabularyModel> {
    if (!UUID.test(tenantId)) throw badInput('Identifiant de territoire invalide.', 'tenantId');
    // This read alone enters the territory, whoever asks.
    return this.uow.run(tenantId, async () => {
      const active = async (kind: CatalogueKind) =>
        (await this.items.active(kind)).map((item) => ({ ...toCatalogueItem(item), geojson: null }));
      return {
        themes: await active(CatalogueKind.THEME),
        sectors: await active(CatalogueKind.SECTOR),
        zones: await active(CatalogueKind.ZONE),
        organisationTypes: await active(CatalogueKind.ORGANISATION_TYPE),
        climatePlan: (await this.plan.list(false)).map(toPlanItem),
      };
    });
  }
}
