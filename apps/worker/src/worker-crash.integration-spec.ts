import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  BullMqQueue,
  createDataSource,
  createJobQueue,
  loadConfig,
  Outbox,
  OutboxRelay,
  SEND_MAIL_JOB,
  UnitOfWork,
} from '@alliance/platform';
import { Factories } from '@alliance/testing';
import type { DataSource } from 'typeorm';

const root = resolve(__dirname, '../../..');

function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** BullMQ delivers at least once; a worker killed mid-send must still leave exactly one e-mail. */
describe('worker killed in the middle of a job', () => {
  const config = loadConfig();
  const redisUrl = process.env.TEST_REDIS_URL;
  let dataSource: DataSource;
  let queue: BullMqQueue;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    if (!redisUrl) throw new Error('This test needs Redis: start it or set REDIS_URL.');
    dataSource = await createDataSource(config.runtimeDatabaseUrl, []).initialize();
    queue = createJobQueue(redisUrl, config.runtimeDatabaseUrl) as BullMqQueue;
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await queue?.close();
    await dataSource?.destroy();
  });

  it('completes the job once, with no duplicate effect', async () => {
    const mailbox = mkdtempSync(join(tmpdir(), 'alliance-mailbox-'));
    const env = { REDIS_URL: redisUrl, MAILBOX_DIR: mailbox, WORKER_LOCK_MS: '1500' };
    const before = await queue.counts();

    // A Brest admin's invitation e-mail, written to the outbox with its change and relayed to Redis.
    const tenant = await new Factories(dataSource).tenant('Brest métropole');
    const key = `crash-${randomUUID()}`;
    const uow = new UnitOfWork(dataSource);
    const source = `crash-test-${randomUUID()}`;
    await uow.run(tenant.id, () =>
      new Outbox(uow, source).publish({
        type: SEND_MAIL_JOB,
        payload: {
          key,
          message: { to: 'nouvelle.membre@example.org', subject: 'Invitation', text: 'Bonjour' },
        },
      }),
    );
    expect(await new OutboxRelay(dataSource, queue, [source]).relayOnce()).toBe(1);

    // The first worker takes the job, then dies mid-send (its transport takes 10 s).
    const first = startWorker({ ...env, MAIL_DELAY_MS: '10000' });
    workers.push(first);
    await until('the job to be taken', async () => (await queue.counts()).active! > (before.active ?? 0));
    await new Promise((r) => setTimeout(r, 500));
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const mailFile = join(mailbox, `${key}.json`);
    expect(existsSync(mailFile)).toBe(false);

    // A new worker picks the stalled job up once its lock has expired.
    const second = startWorker({ ...env, MAIL_DELAY_MS: '0' });
    workers.push(second);
    await until('the e-mail', async () => existsSync(mailFile), 60_000);
    await until(
      'the job to complete',
      async () => (await queue.counts()).completed! > (before.completed ?? 0),
    );

    const sentAt = JSON.parse(readFileSync(mailFile, 'utf8')).sentAt;
    expect(readdirSync(mailbox).filter((f) => f.endsWith('.json'))).toEqual([`${key}.json`]);
    const effects = await uow.run(tenant.id, (m) =>
      m.query(`select job from platform.job_effects where key = $1`, [`mail:${key}`]),
    );
    expect(effects).toEqual([{ job: SEND_MAIL_JOB }]);
    const counts = await queue.counts();
    expect(counts.completed! - (before.completed ?? 0)).toBe(1);
    expect(counts.failed).toBe(before.failed);

    // Delivered again (a relay that crashed before marking the event): the effect does not repeat.
    await queue.enqueue({
      id: `${key}-again`,
      type: SEND_MAIL_JOB,
      tenantId: tenant.id,
      payload: { key, message: { to: 'x@example.org', subject: 'x', text: 'x' } },
    });
    await until(
      'the duplicate to be handled',
      async () => (await queue.counts()).completed! > (before.completed ?? 0) + 1,
    );
    expect(JSON.parse(readFileSync(mailFile, 'utf8'))).toMatchObject({
      to: 'nouvelle.membre@example.org',
      sentAt,
    });
    second.kill('SIGTERM');
  }, 120_000);
});
