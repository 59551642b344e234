import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** A `COPY … FROM STDIN` under way: chunks leave as they are written while the caller goes on with its work. */
export interface CopyIn {
  /** Sends a chunk of lines in COPY's text format (see `CopyText`); before the server takes the COPY, it waits. */
  write(chunk: Uint8Array): void;
  /** Resolves once the server has accepted the COPY: from then on, what is written reaches it at once. */
  accepted(): Promise<void>;
  /** Ends the COPY. The pipeline's `settle` says whether the server took every line. */
  end(): void;
}

/**
 * Bulk writes inside the unit of work's transaction that the server carries out while the caller goes on
 * making the next ones (reading the rest of an import file). Statements run one after the other on the
 * transaction's connection, in the order they are given, each sent as soon as the previous one is done; none
 * is waited for until `settle`, which throws the first failure. Rows go through `COPY … FROM STDIN`: sending
 * them as query parameters costs several times more than the write itself.
 */
export class WritePipeline {
  private readonly pending: Promise<unknown>[] = [];
  private failure: unknown;
  /** The last statement queued: the next one leaves when it is done, whether it failed or not. */
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(private readonly client: PoolClient) {}

  static async of(manager: EntityManager): Promise<WritePipeline> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('A write pipeline runs inside a unit of work’s transaction.');
    return new WritePipeline((await runner.connect()) as PoolClient);
  }

  /** Queues a statement whose result nobody reads. */
  query(sql: string, params: unknown[] = []): void {
    this.queue(() => this.client.query(sql, params));
  }

  /** Queues a `COPY … FROM STDIN`: chunks written before the server takes it wait in memory. */
  copy(statement: string): CopyIn {
    // The stream holds what it is given (it starts corked) until the server answers the COPY.
    const stream = copyFrom(statement);
    this.queue(() => {
      this.client.query(stream);
      return finished(stream);
    });
    return {
      write: (chunk) => {
        stream.write(chunk);
      },
      // An empty write calls back once the chunks before it have left, that is once the server took the COPY.
      accepted: () =>
        new Promise<void>((resolve) => {
          stream.write(Buffer.alloc(0), () => resolve());
        }),
      end: () => {
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

  /**
   * Runs `start` once every statement before it is done. After a failure the next statements still run: the
   * server refuses them (the transaction is aborted), which ends each one, COPY streams included, cleanly.
   */
  private queue(start: () => Promise<unknown>): void {
    const done = this.tail.then(start);
    this.tail = done.catch(() => undefined);
    this.pending.push(
      done.catch((error: unknown) => {
        this.failure ??= error;
      }),
    );
  }
}
