import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource, loadConfig, type AllianceConfig } from '@alliance/platform';
import { Factories } from './factories';
import { gql, gqlOk, type GraphQLResult } from './graphql-client';
import { TEST_PASSWORD } from './factories';

/** A subgraph listening on a free port against the test database, with factories and a client. */
export class SubgraphHarness {
  readonly config: AllianceConfig = loadConfig();
  url = '';
  app?: INestApplication;
  ownerDataSource?: DataSource;
  factories!: Factories;

  constructor(private readonly create: (config: AllianceConfig) => Promise<INestApplication>) {}

  async start(): Promise<this> {
    this.app = await this.create(this.config);
    await this.app.listen(0, '127.0.0.1');
    const address = this.app.getHttpServer().address() as { port: number };
    this.url = `http://127.0.0.1:${address.port}/graphql`;
    this.factories = new Factories(this.app.get(DataSource));
    return this;
  }

  get dataSource(): DataSource {
    return this.app!.get(DataSource);
  }

  /** A connection as the owner, for checks the runtime role must not be able to make. */
  async owner(): Promise<DataSource> {
    this.ownerDataSource ??= await createDataSource(this.config.ownerDatabaseUrl, []).initialize();
    return this.ownerDataSource;
  }

  request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResult<T>> {
    return gql<T>(this.url, query, variables, token);
  }

  ok<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    return gqlOk<T>(this.url, query, variables, token);
  }

  async login(
    email: string,
    tenantSlug?: string,
    password = TEST_PASSWORD,
  ): Promise<{ accessToken: string; refreshToken: string }> {
    const data = await this.ok<{ login: { accessToken: string; refreshToken: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`,
      { input: { email, password, tenantSlug } },
    );
    return data.login;
  }

  async stop(): Promise<void> {
    await this.ownerDataSource?.destroy();
    await this.app?.close();
  }
}
