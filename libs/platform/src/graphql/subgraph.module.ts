import {
  type DynamicModule,
  Global,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type Type,
} from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DataSource } from 'typeorm';
import { loadConfig, type AllianceConfig } from '../config/config';
import { createDataSource } from '../database/data-source.factory';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditLog } from '../audit/audit-log';
import { Outbox } from '../outbox/outbox';
import { TokenVerifier } from '../auth/token-verifier';
import { RequestContextMiddleware } from '../tenancy/request-context.middleware';
import { HealthController } from '../health/health.controller';
import { formatGraphQLError } from '../errors/format-error';
import { unitOfWorkPlugin } from './unit-of-work.plugin';

export const ALLIANCE_CONFIG = Symbol('ALLIANCE_CONFIG');
export const SUBGRAPH_NAME = Symbol('SUBGRAPH_NAME');

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

export interface SubgraphModuleOptions {
  /** The bounded context's name: the outbox source and the log's service name. */
  name: string;
  entities: EntityClass[];
  config?: AllianceConfig;
}

/** What every subgraph shares: the runtime connection, the unit of work, audit, outbox, token checks. */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  static forSubgraph(options: SubgraphModuleOptions): DynamicModule {
    const config = options.config ?? loadConfig();
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers: [
        { provide: ALLIANCE_CONFIG, useValue: config },
        { provide: SUBGRAPH_NAME, useValue: options.name },
        {
          provide: DataSource,
          useFactory: async () => createDataSource(config.runtimeDatabaseUrl, options.entities).initialize(),
        },
        UnitOfWork,
        AuditLog,
        {
          provide: Outbox,
          useFactory: (uow: UnitOfWork) => new Outbox(uow, options.name),
          inject: [UnitOfWork],
        },
        { provide: TokenVerifier, useValue: new TokenVerifier(config.jwtPublicKeyPem) },
        RequestContextMiddleware,
      ],
      exports: [ALLIANCE_CONFIG, SUBGRAPH_NAME, DataSource, UnitOfWork, AuditLog, Outbox, TokenVerifier],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('graphql');
  }
}

/** The GraphQL side of a subgraph: code-first, federation 2, errors mapped to codes people can act on. */
export function subgraphGraphQLModule(config: AllianceConfig): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    inject: [UnitOfWork],
    useFactory: (uow: UnitOfWork) => ({
      path: '/graphql',
      // Federation v2.9 is the newest version @theguild/federation-composition composes (Nest defaults to
      // v2.12); @cacheTag is the one default import that v2.9 lacks.
      autoSchemaFile: {
        federation: {
          version: 2,
          importUrl: 'https://specs.apollo.dev/federation/v2.9',
          directives: [
            '@authenticated',
            '@composeDirective',
            '@context',
            '@cost',
            '@extends',
            '@external',
            '@fromContext',
            '@inaccessible',
            '@interfaceObject',
            '@key',
            '@listSize',
            '@override',
            '@policy',
            '@provides',
            '@requires',
            '@requiresScopes',
            '@shareable',
            '@tag',
          ],
        },
      },
      sortSchema: true,
      playground: false,
      introspection: config.nodeEnv !== 'production',
      includeStacktraceInErrorResponses: false,
      buildSchemaOptions: { dateScalarMode: 'isoDate', noDuplicatedFields: true },
      formatError: formatGraphQLError,
      plugins: [unitOfWorkPlugin(uow)],
      context: ({ req }: { req: unknown }) => ({ req }),
    }),
  });
}

export type FeatureModule = Type<unknown>;
