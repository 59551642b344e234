import 'reflect-metadata';
import { loadConfig } from '@alliance/platform';
import { migrateAndSeed } from './migrate-and-seed';
import { locateServices, recreateDatabase } from '@alliance/testing';

/**
 * Integration tests: one fresh database a run, migrated once; each test makes its own tenants.
 * Run as its own process (see global-setup.js); prints the environment the tests need as JSON.
 */
async function integrationSetup(): Promise<void> {
  const { serverUrl, redisUrl } = await locateServices();
  const databaseUrl = await recreateDatabase(
    serverUrl,
    `alliance_test_${process.env.JEST_DB_SUFFIX ?? 'integration'}`,
  );
  process.env.DATABASE_URL = databaseUrl;
  process.env.NODE_ENV = 'test';
  process.env.ALLIANCE_LOG_LEVEL = process.env.ALLIANCE_LOG_LEVEL ?? 'silent';
  process.env.ALLIANCE_DATA_DIR = process.env.ALLIANCE_DATA_DIR ?? `${__dirname}/../../../.data/test`;
  if (redisUrl) process.env.TEST_REDIS_URL = redisUrl;
  delete process.env.REDIS_URL;
  await migrateAndSeed(loadConfig(), { seed: true });
  const keys = ['DATABASE_URL', 'NODE_ENV', 'ALLIANCE_LOG_LEVEL', 'ALLIANCE_DATA_DIR', 'TEST_REDIS_URL'];
  process.stdout.write(`${JSON.stringify(Object.fromEntries(keys.map((k) => [k, process.env[k]])))}\n`);
}

integrationSetup().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
