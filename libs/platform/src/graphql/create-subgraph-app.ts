import { Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type AllianceConfig } from '../config/config';
import { JsonLogger } from '../logging/json-logger';
import { PlatformModule, subgraphGraphQLModule, type EntityClass } from './subgraph.module';
import { createValidationPipe } from './validation.pipe';
import { DomainErrorFilter } from './domain-error.filter';

export interface CreateSubgraphOptions {
  name: string;
  feature: Type<unknown>;
  entities: EntityClass[];
  config?: AllianceConfig;
  /** Largest JSON request body, e.g. `25mb` for a context that takes files inline; Express's 100 kB otherwise. */
  bodyLimit?: string;
}

/** Composes a subgraph application from its context's feature module; an app holds no logic of its own. */
export async function createSubgraphApp(options: CreateSubgraphOptions): Promise<INestApplication> {
  const config = options.config ?? loadConfig();

  @Module({
    imports: [
      PlatformModule.forSubgraph({ name: options.name, entities: options.entities, config }),
      subgraphGraphQLModule(config),
      options.feature,
    ],
  })
  class SubgraphRootModule {}

  const app = await NestFactory.create<NestExpressApplication>(SubgraphRootModule, {
    logger: new JsonLogger(options.name),
    abortOnError: false,
  });
  if (options.bodyLimit) app.useBodyParser('json', { limit: options.bodyLimit });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  app.enableShutdownHooks();
  return app;
}
