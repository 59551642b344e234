import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { QueueName, type JobEnvelope, type JobHandler, type JobQueue } from './job';

export interface BullMqOptions {
  redisUrl: string;
  concurrency?: number;
  /** How long a worker holds a job before another may take it over (a killed worker's job comes back after this). */
  lockDurationMs?: number;
  /** Keeps the queues of two databases on one Redis apart (a demo and a test run, say). */
  prefix?: string;
}

/** BullMQ on Redis: jobs survive a crashed worker and are delivered at least once. */
export class BullMqQueue implements JobQueue {
  readonly driver = 'bullmq' as const;
  private readonly connection: IORedis;
  private readonly queue: Queue;
  private worker?: Worker;

  constructor(private readonly options: BullMqOptions) {
    // BullMQ requires maxRetriesPerRequest: null for blocking commands.
    this.connection = new IORedis(options.redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(QueueName.Jobs, { connection: this.connection, prefix: options.prefix });
  }

  async enqueue(job: JobEnvelope): Promise<void> {
    // The job id dedupes a relay that hands the same outbox event over twice.
    await this.queue.add(job.type, job, {
      jobId: job.id,
      attempts: 5,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    });
  }

  async consume(handlers: Map<string, JobHandler>): Promise<void> {
    const lockDuration = this.options.lockDurationMs ?? 30_000;
    this.worker = new Worker(
      QueueName.Jobs,
      async (job) => {
        const envelope = job.data as JobEnvelope;
        const handler = handlers.get(envelope.type);
        if (!handler) throw new Error(`No handler for job type ${envelope.type}`);
        await handler(envelope);
      },
      {
        connection: this.connection.duplicate(),
        prefix: this.options.prefix,
        concurrency: this.options.concurrency ?? 4,
        lockDuration,
        stalledInterval: Math.min(lockDuration, 30_000),
        maxStalledCount: 3,
      },
    );
    await this.worker.waitUntilReady();
  }

  async drain(): Promise<void> {
    // BullMQ work is drained by the worker process; nothing to wait for here.
  }

  async counts() {
    return this.queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    this.connection.disconnect();
  }
}
