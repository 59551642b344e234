import { existsSync } from 'node:fs';
import { Agent as ConnectionPool } from 'node:http';
import { resolve } from 'node:path';
import type { BenchCase, PreparedCase, Variant } from '../harness';
import { percentile } from '../harness';
import { startChildServer, type ChildServer } from '../support/child-server';
import { fixedRateLoad } from '../support/load';

const REQUESTS_PER_SECOND = 50;
const ROUND_MS = 3_000;
const WARM_UP_MS = 2_000;
const BENCH_DATABASE = 'alliance_bench';
const QUERY = JSON.stringify({ query: '{ tenantBySlug(slug: "brest") { name } }' });

const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
const IDENTITY_APP = resolve(REPOSITORY_ROOT, 'apps/identity/src/identity.app.ts');
const MIGRATE_AND_SEED = resolve(REPOSITORY_ROOT, 'apps/migrate/src/migrate-and-seed.ts');

/**
 * The real identity subgraph when it and the migration entry point exist, on a database of its own that is
 * recreated, migrated and seeded for each run; otherwise the fixture subgraph of the gateway tests.
 */
async function startSubgraph(): Promise<{ server: ChildServer; note: string }> {
  if (
    !existsSync(IDENTITY_APP) ||
    !existsSync(MIGRATE_AND_SEED) ||
    process.env.BENCH_FIXTURE_SUBGRAPH === '1'
  ) {
    return {
      server: await startChildServer(['fixture-subgraph']),
      note: 'subgraph: fixture (in-memory resolvers)',
    };
  }
  const { locateServices, recreateDatabase } = await import('@alliance/testing');
  const { loadConfig } = await import('@alliance/platform');
  const { migrateAndSeed } = (await import(
    MIGRATE_AND_SEED
  )) as typeof import('../../apps/migrate/src/migrate-and-seed');
  const { serverUrl } = await locateServices();
  const databaseUrl = await recreateDatabase(serverUrl, BENCH_DATABASE);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' };
  delete env.RUNTIME_DATABASE_URL;
  await migrateAndSeed(loadConfig(env), { seed: true });
  return {
    server: await startChildServer(['identity-subgraph'], env),
    note: `subgraph: identity on PostgreSQL database ${BENCH_DATABASE} (recreated and seeded)`,
  };
}

function latencyVariant(label: string, url: string, pool: ConnectionPool): Variant {
  return {
    label,
    async measure() {
      const result = await fixedRateLoad(pool, {
        url,
        body: QUERY,
        requestsPerSecond: REQUESTS_PER_SECOND,
        durationMs: ROUND_MS,
      });
      if (result.failures > 0) {
        throw new Error(`${label}: ${result.failures} failed requests, the first: ${result.firstFailure}`);
      }
      return { p50: percentile(result.latenciesMs, 50), p99: percentile(result.latenciesMs, 99) };
    },
  };
}

export const gatewayOverhead: BenchCase = {
  name: 'gateway-overhead',
  summary: `latency of tenantBySlug through the gateway vs straight to the subgraph, at ${REQUESTS_PER_SECOND} req/s for ${ROUND_MS / 1000} s a round`,
  ratioName: 'gateway/subgraph',
  metrics: [
    { key: 'p50', label: 'p50 latency', unit: 'ms' },
    { key: 'p99', label: 'p99 latency', unit: 'ms' },
  ],
  rounds: 5,
  async prepare(): Promise<PreparedCase> {
    const started: ChildServer[] = [];
    const pool = new ConnectionPool({ keepAlive: true, maxSockets: 64 });
    try {
      const subgraph = await startSubgraph();
      started.push(subgraph.server);
      const gateway = await startChildServer(['gateway', subgraph.server.url]);
      started.push(gateway);
      const a = latencyVariant('through the gateway', gateway.url, pool);
      const b = latencyVariant('straight to the subgraph', subgraph.server.url, pool);
      return {
        a,
        b,
        notes: [
          subgraph.note,
          'each server runs in its own process; requests leave on a fixed schedule (open loop)',
        ],
        async warmUp() {
          for (const url of [gateway.url, subgraph.server.url]) {
            await fixedRateLoad(pool, {
              url,
              body: QUERY,
              requestsPerSecond: REQUESTS_PER_SECOND,
              durationMs: WARM_UP_MS,
            });
          }
        },
        async teardown() {
          pool.destroy();
          await Promise.all(started.map((server) => server.stop()));
        },
      };
    } catch (error) {
      pool.destroy();
      await Promise.all(started.map((server) => server.stop()));
      throw error;
    }
  },
};
