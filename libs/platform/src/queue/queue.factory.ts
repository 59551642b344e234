import { BullMqQueue } from './bullmq-queue';
import { InProcessQueue } from './in-process-queue';
import type { JobQueue } from './job';

/** BullMQ when Redis is configured, in-process otherwise; queues are named after the database they serve. */
export function createJobQueue(
  redisUrl: string | undefined,
  databaseUrl: string,
  onFailure?: ConstructorParameters<typeof InProcessQueue>[1],
): JobQueue {
  if (redisUrl) {
    const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'alliance';
    return new BullMqQueue({
      redisUrl,
      prefix: `alliance:${database}`,
      lockDurationMs: Number(process.env.WORKER_LOCK_MS ?? 30_000),
    });
  }
  return new InProcessQueue(3, onFailure);
}
