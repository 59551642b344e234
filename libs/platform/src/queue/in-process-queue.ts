import type { JobEnvelope, JobHandler, JobQueue } from './job';

/**
 * The embedded default when no Redis is configured: jobs run in this process, with retries. Durability
 * comes from the outbox, which keeps an event until it has been handed over.
 */
export class InProcessQueue implements JobQueue {
  readonly driver = 'in-process' as const;
  private handlers = new Map<string, JobHandler>();
  private running = new Set<Promise<void>>();
  private backlog: JobEnvelope[] = [];

  constructor(
    private readonly attempts = 3,
    private readonly onFailure: (job: JobEnvelope, error: unknown) => void = () => undefined,
  ) {}

  async enqueue(job: JobEnvelope): Promise<void> {
    if (this.handlers.size === 0) {
      this.backlog.push(job);
      return;
    }
    this.start(job);
  }

  async consume(handlers: Map<string, JobHandler>): Promise<void> {
    this.handlers = handlers;
    const waiting = this.backlog.splice(0);
    waiting.forEach((job) => this.start(job));
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async close(): Promise<void> {
    await this.drain();
  }

  private start(job: JobEnvelope) {
    const task = this.runWithRetries(job).finally(() => this.running.delete(task));
    this.running.add(task);
  }

  private async runWithRetries(job: JobEnvelope): Promise<void> {
    const handler = this.handlers.get(job.type);
    if (!handler) {
      this.onFailure(job, new Error(`No handler for job type ${job.type}`));
      return;
    }
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        await handler(job);
        return;
      } catch (error) {
        if (attempt === this.attempts) this.onFailure(job, error);
        else await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }
}
