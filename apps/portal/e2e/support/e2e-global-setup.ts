// Starts the whole Alliance stack for the browser tests: a fresh database, `npm start`'s script on
// port 4100 with temporary data and mailbox folders, and waits for its ready line.
// To test against a stack you started yourself, set ALLIANCE_E2E_URL and ALLIANCE_E2E_MAILBOX.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { E2E_DATABASE, E2E_PORT, E2E_STATE_FILE, type E2eStack } from './e2e-stack';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const READY = /Alliance is ready at (https?:\/\/\S+)/;
const READY_TIMEOUT_MS = Number(process.env.ALLIANCE_E2E_READY_TIMEOUT_MS ?? 180_000);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * Jobs of the e2e stack go to their own Redis database, emptied first: a worker of another stack on this
 * machine sharing the default database would otherwise take its jobs (and write its e-mails elsewhere).
 * When no Redis answers, REDIS_URL is left out and the start script runs jobs in-process.
 */
async function emptyRedis(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.flushdb();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export default async function e2eGlobalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium).`,
    );
  }
  const resultsDir = join(ROOT, 'test-results', 'e2e');
  mkdirSync(resultsDir, { recursive: true });

  if (process.env.ALLIANCE_E2E_URL && process.env.ALLIANCE_E2E_MAILBOX) {
    const external: E2eStack = {
      url: process.env.ALLIANCE_E2E_URL,
      mailboxDir: process.env.ALLIANCE_E2E_MAILBOX,
      tempDirs: [],
    };
    writeFileSync(E2E_STATE_FILE, JSON.stringify(external));
    return;
  }

  const postgresBase = (
    process.env.ALLIANCE_E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432'
  ).replace(/\/+$/, '');
  await recreateDatabase(`${postgresBase}/postgres`, E2E_DATABASE);
  const redisUrl = process.env.ALLIANCE_E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
  const redisReady = await emptyRedis(redisUrl);

  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-e2e-data-'));
  const mailboxDir = mkdtempSync(join(tmpdir(), 'alliance-e2e-mailbox-'));
  const port = Number(process.env.ALLIANCE_E2E_PORT ?? E2E_PORT);
  const logPath = join(resultsDir, 'stack.log');
  const log = createWriteStream(logPath);

  // `npm start`'s entry: scripts/start.mjs, or scripts/start.ts run through @swc-node/register.
  const entry = existsSync(join(ROOT, 'scripts/start.mjs'))
    ? ['scripts/start.mjs']
    : ['-r', '@swc-node/register', 'scripts/start.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: process.env.ALLIANCE_E2E_NODE_ENV ?? 'test',
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      DATABASE_URL: `${postgresBase}/${E2E_DATABASE}`,
      ALLIANCE_DATA_DIR: dataDir,
      MAILBOX_DIR: mailboxDir,
      ...(redisReady ? { REDIS_URL: redisUrl } : {}),
    },
  });

  let output = '';
  const url = await new Promise<string>((resolveReady, rejectReady) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      rejectReady(
        new Error(`${reason}\n--- output of the start script (${logPath}) ---\n${output.slice(-20_000)}`),
      );
    };
    const timer = setTimeout(
      () => fail(`The stack was not ready within ${READY_TIMEOUT_MS / 1000} s.`),
      READY_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log.write(text);
      if (settled) return; // keep draining the pipes so the child never blocks on a full buffer
      output += text;
      const match = READY.exec(output);
      if (match) {
        settled = true;
        clearTimeout(timer);
        resolveReady(match[1].replace(/\/+$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (error) => fail(`Could not start the start script: ${error.message}`));
    child.on('exit', (code, signal) =>
      fail(`The start script exited before it was ready (code ${code}, signal ${signal}).`),
    );
  });
  child.unref();

  const stack: E2eStack = { url, mailboxDir, pid: child.pid, tempDirs: [dataDir, mailboxDir] };
  writeFileSync(E2E_STATE_FILE, JSON.stringify(stack));
  process.env.ALLIANCE_E2E_URL = url;
  process.env.ALLIANCE_E2E_MAILBOX = mailboxDir;
  console.log(`\nEnd-to-end stack ready at ${url} (log: ${logPath}, mailbox: ${mailboxDir})`);
}
