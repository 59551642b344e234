export * from './graphql-client';
export * from './factories';
export * from './subgraph-harness';
export * from './test-database';
export * from './access-tokens';
