/**
 * `npm start`: runs Alliance on this machine. Uses DATABASE_URL, or a PostgreSQL on localhost:5432, or
 * an embedded one under .data/; REDIS_URL, or a Redis on localhost:6379, or in-process jobs. Migrates,
 * seeds the founding territories once, builds the portal when its sources changed, starts every process,
 * and stops them all on Ctrl-C.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPortOpen, startEmbeddedPostgres, type EmbeddedDatabase } from '@alliance/platform';
import { SUBGRAPHS } from '../apps/gateway/src/subgraphs';

const root = resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 4000);
const children: ChildProcess[] = [];
let embedded: EmbeddedDatabase | undefined;
let stopping = false;

function say(line: string) {
  process.stdout.write(`[alliance] ${line}\n`);
}

async function database(): Promise<string> {
  if (process.env.DATABASE_URL) {
    say(`PostgreSQL: DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`);
    return process.env.DATABASE_URL;
  }
  if (process.env.ALLIANCE_EMBEDDED_POSTGRES !== '1' && (await isPortOpen(5432))) {
    say('PostgreSQL: the server on localhost:5432 (database "alliance")');
    return 'postgres://postgres@127.0.0.1:5432/alliance';
  }
  const dataDir = process.env.ALLIANCE_DATA_DIR ?? join(root, '.data');
  say(
    `PostgreSQL: none configured or on localhost:5432, starting the embedded one (data in ${join(dataDir, 'postgres')})`,
  );
  embedded = await startEmbeddedPostgres(dataDir, 'alliance');
  return embedded.url;
}

async function redis(): Promise<string | undefined> {
  if (process.env.REDIS_URL) {
    say('Jobs: BullMQ on REDIS_URL');
    return process.env.REDIS_URL;
  }
  if (process.env.ALLIANCE_IN_PROCESS_JOBS !== '1' && (await isPortOpen(6379))) {
    say('Jobs: BullMQ on the Redis at localhost:6379');
    return 'redis://127.0.0.1:6379';
  }
  say('Jobs: no Redis configured or on localhost:6379, running jobs in-process');
  return undefined;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildPortal() {
  const config = join(root, 'apps/portal/vite.config.ts');
  if (!existsSync(config) || process.env.SKIP_PORTAL_BUILD === '1') return;
  const built = join(root, 'dist/apps/portal/index.html');
  const sources = Math.max(
    newestMtime(join(root, 'apps/portal/src')),
    statSync(join(root, 'apps/portal/index.html')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  say('building the portal…');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

function run(name: string, entry: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  const verbose = process.env.ALLIANCE_VERBOSE === '1';
  child.stdout?.on('data', (chunk: Buffer) => verbose && process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return child;
}

function runToEnd(name: string, entry: string, env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = run(name, entry, env, args);
    child.stdout?.on(
      'data',
      (chunk: Buffer) => process.env.ALLIANCE_VERBOSE !== '1' && process.stdout.write(`[${name}] ${chunk}`),
    );
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${name} exited with code ${code}`))));
  });
}

async function waitForHealth(url: string, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer on ${url} within ${timeoutMs / 1000} s`);
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
}

async function main() {
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  const databaseUrl = await database();
  const redisUrl = await redis();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) };
  if (redisUrl) env.REDIS_URL = redisUrl;
  else delete env.REDIS_URL;

  await runToEnd('migrate', 'apps/migrate/src/main.ts', env, ['--seed']);
  buildPortal();

  for (const subgraph of SUBGRAPHS) {
    children.push(run(subgraph.name, `apps/${subgraph.name}/src/main.ts`, env));
  }
  children.push(run('worker', 'apps/worker/src/main.ts', env));
  for (const child of children) {
    child.once('exit', (code, signal) => {
      if (!stopping) {
        say(`a process stopped unexpectedly (code ${code ?? signal}); stopping the others`);
        void shutdown(1);
      }
    });
  }
  await Promise.all(
    SUBGRAPHS.map((s) => waitForHealth(`http://127.0.0.1:${port + s.offset}/health/ready`, s.name)),
  );
  const gateway = run('gateway', 'apps/gateway/src/main.ts', env);
  children.push(gateway);
  gateway.once('exit', () => !stopping && void shutdown(1));
  await waitForHealth(`http://127.0.0.1:${port}/health`, 'gateway');

  const mailbox = process.env.SMTP_URL
    ? 'sent by SMTP'
    : `written to ${process.env.MAILBOX_DIR ?? join(process.env.ALLIANCE_DATA_DIR ?? '.data', 'mailbox')}`;
  say(`Alliance is ready at http://localhost:${port} (API: http://localhost:${port}/graphql)`);
  say(`e-mails are ${mailbox}`);
  if (process.env.NODE_ENV !== 'production') {
    say('demo accounts (password "alliance-demo"):');
    for (const slug of ['brest', 'grand-poitiers', 'rouen', 'clermont']) {
      say(`  admin@${slug}.demo, animator@${slug}.demo, member@${slug}.demo`);
    }
    say('  consultant@alliance.demo (serves grand-poitiers and rouen), operator@alliance.demo');
  }
  say('press Ctrl-C to stop');
}

main().catch((error: Error) => {
  process.stderr.write(`[alliance] could not start: ${error.message}\n`);
  void shutdown(1);
});
