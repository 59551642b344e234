import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** A `COPY … FROM STDIN` under way: lines leave in batches while the caller goes on with its work. */
export interface CopyIn {
  /** Queues lines in COPY's text format (build them with `copyField` and `copyArray`). */
  write(lines: string): void;
  /** Resolves once the server has accepted the COPY: from then on, what is written reaches it at once. */
  accepted(): Promise<void>;
  /** Sends what is left. The pipeline's `settle` says whether the server took every line. */
  end(): void;
}

/** Large enough that sending costs little per line, small enough that the server starts while lines are made. */
const BATCH_CHARS = 64 * 1024;

/**
 * Bulk writes inside the unit of work's transaction that the server carries out while the caller goes on
 * making the next ones (reading the rest of an import file). Statements are queued on the transaction's
 * connection in the order they are given and run one after the other there; none is waited for until
 * `settle`, which throws the first failure. Rows go through `COPY … FROM STDIN`: sending them as query
 * parameters costs several times more than the write itself.
 */
export class WritePipeline {
  private readonly pending: Promise<unknown>[] = [];
  private failure: unknown;

  private constructor(private readonly client: PoolClient) {}

  static async of(manager: EntityManager): Promise<WritePipeline> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('A write pipeline runs inside a unit of work’s transaction.');
    return new WritePipeline((await runner.connect()) as PoolClient);
  }

  /** Queues a statement whose result nobody reads. */
  query(sql: string, params: unknown[] = []): void {
    this.track(this.client.query(sql, params));
  }

  /** Queues a `COPY … FROM STDIN`: lines written before the server takes it wait in memory. */
  copy(statement: string): CopyIn {
    const stream = this.client.query(copyFrom(statement));
    // Watching the stream from the start: an error with nobody listening would end the process.
    this.track(finished(stream));
    let batch: string[] = [];
    let size = 0;
    const send = () => {
      if (size === 0) return;
      stream.write(batch.join(''));
      batch = [];
      size = 0;
    };
    return {
      write(lines) {
        batch.push(lines);
        size += lines.length;
        if (size >= BATCH_CHARS) send();
      },
      // The stream holds what it is given until the server's answer: an empty write returns on that answer.
      accepted: () =>
        new Promise<void>((resolve) => {
          stream.write(Buffer.alloc(0), () => resolve());
        }),
      end() {
        send();
        stream.end();
      },
    };
  }

  /** Waits for every queued statement; throws the first failure. */
  async settle(): Promise<void> {
    await Promise.all(this.pending.splice(0));
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
  }

  private track(promise: Promise<unknown>): void {
    this.pending.push(
      promise.catch((error: unknown) => {
        this.failure ??= error;
      }),
    );
  }
}
