/** Every queue of the platform, in one place. */
export enum QueueName {
  Jobs = 'alliance-jobs',
}

/** What travels through a queue: the tenant always rides along so the job re-enters it. */
export interface JobEnvelope<P = Record<string, unknown>> {
  /** Unique per job; a job delivered twice has the same id. */
  id: string;
  type: string;
  tenantId: string | null;
  payload: P;
}

export type JobHandler<P = Record<string, unknown>> = (job: JobEnvelope<P>) => Promise<void>;

/** The two drivers (BullMQ, in-process) both implement this. */
export interface JobQueue {
  readonly driver: 'bullmq' | 'in-process';
  enqueue(job: JobEnvelope): Promise<void>;
  /** Starts consuming with the given handlers (the worker only). */
  consume(handlers: Map<string, JobHandler>): Promise<void>;
  /** Resolves when every job enqueued so far has been handled (in-process) or accepted (BullMQ). */
  drain(): Promise<void>;
  close(): Promise<void>;
}
