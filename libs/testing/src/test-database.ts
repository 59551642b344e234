import { Client } from 'pg';
import { isPortOpen, startEmbeddedPostgres, tryStartInstalledServices } from '@alliance/platform';
import { resolve } from 'node:path';

/**
 * Finds the PostgreSQL and Redis the tests run against: the configured ones, or this machine's (started
 * if installed but stopped), or, for PostgreSQL, the embedded one. Returns the server URL without a database.
 */
export async function locateServices(): Promise<{ serverUrl: string; redisUrl?: string; embedded: boolean }> {
  const needsPostgres = !process.env.TEST_DATABASE_SERVER_URL && !(await isPortOpen(5432));
  const needsRedis = !process.env.REDIS_URL && !(await isPortOpen(6379));
  if (needsPostgres || needsRedis) tryStartInstalledServices();
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  let embedded = false;
  if (!serverUrl) {
    if (await waitForPort(5432, 10_000)) serverUrl = 'postgres://postgres@127.0.0.1:5432';
    else {
      const db = await startEmbeddedPostgres(resolve(__dirname, '../../../.data/test'), 'postgres');
      serverUrl = db.url.replace(/\/postgres$/, '');
      embedded = true;
    }
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl && (await waitForPort(6379, 5_000))) redisUrl = 'redis://127.0.0.1:6379';
  return { serverUrl, redisUrl, embedded };
}

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isPortOpen(port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Drops and recreates a database, so a test run never sees the rows of a previous one. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}
