import type { DataSource } from 'typeorm';
import type { JobQueue } from '../queue/job';

interface OutboxRow {
  id: string;
  event_id: string;
  tenant_id: string | null;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * Moves committed outbox events to the queue. A row is marked relayed in the same transaction that
 * locked it, after the queue accepted it; a crash in between re-sends it, and the job id (the event's id)
 * lets the queue and the job's idempotency key absorb the duplicate.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private busy?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    /** The sources this relay serves; `undefined` serves every source (the embedded, single-worker mode). */
    private readonly sources: string[] | undefined,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    const tick = async () => {
      if (this.stopped) return;
      try {
        while ((await this.relayOnce()) > 0 && !this.stopped);
      } catch (error) {
        process.stderr.write(`outbox relay: ${(error as Error).message}\n`);
      }
      if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.busy;
  }

  /** Relays one batch; returns how many events were handed over. */
  relayOnce(batch = 100): Promise<number> {
    this.busy = this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `select id, event_id, tenant_id, type, payload from platform.outbox
          where relayed_at is null ${this.sources ? 'and source = any($2)' : ''}
          order by id limit $1 for update skip locked`,
        this.sources ? [batch, this.sources] : [batch],
      );
      for (const row of rows) {
        await this.queue.enqueue({
          id: row.event_id,
          type: row.type,
          tenantId: row.tenant_id,
          payload: row.payload,
        });
      }
      if (rows.length > 0) {
        await manager.query(`update platform.outbox set relayed_at = now() where id = any($1)`, [
          rows.map((r) => r.id),
        ]);
      }
      return rows.length;
    });
    return this.busy;
  }
}
