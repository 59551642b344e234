import { Module } from '@nestjs/common';
import { CatalogueItemRepository } from './catalogue/catalogue-item.repository';
import { CatalogueItemService } from './catalogue/catalogue-item.service';
import { PlanItemRepository } from './plan/plan-item.repository';
import { PlanItemService } from './plan/plan-item.service';
import { ObjectiveRepository } from './objective/objective.repository';
import { ObjectiveService } from './objective/objective.service';
import { ConfigurationRepository } from './configuration/configuration.repository';
import { ConfigurationService } from './configuration/configuration.service';
import { ConfigurationOriginRepository, TemplateRepository } from './template/template.repository';
import { TemplateService } from './template/template.service';
import { ConfigurationResolver, TemplateResolver } from './graphql/template.resolver';
import { OnboardingRepository } from './onboarding/onboarding.repository';
import { OnboardingService } from './onboarding/onboarding.service';
import { OnboardingResolver } from './graphql/onboarding.resolver';
import { PublicVocabularyResolver } from './graphql/public-vocabulary.resolver';
import { CatalogueItemResolver, ObjectiveResolver, PlanItemResolver } from './graphql/territory.resolver';

/**
 * Each territory's own programme configuration (vocabulary, climate plan, objectives), the template library
 * and onboarding. Onboarding needs an `ONBOARDING_DIRECTORY` provider (tenants and consultants are identity's): the app
 * composing this module supplies it.
 */
@Module({
  providers: [
    CatalogueItemRepository,
    CatalogueItemService,
    PlanItemRepository,
    PlanItemService,
    ObjectiveRepository,
    ObjectiveService,
    ConfigurationRepository,
    ConfigurationService,
    TemplateRepository,
    ConfigurationOriginRepository,
    TemplateService,
    CatalogueItemResolver,
    TemplateResolver,
    ConfigurationResolver,
    PlanItemResolver,
    ObjectiveResolver,
    OnboardingRepository,
    OnboardingService,
    OnboardingResolver,
    PublicVocabularyResolver,
  ],
})
export class TerritoryModule {}
