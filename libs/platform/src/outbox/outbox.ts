import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { RequestContext } from '../tenancy/request-context';

export interface OutboxEvent<P = Record<string, unknown>> {
  /** A job or event name the worker knows, e.g. `mail.send`. */
  type: string;
  payload: P;
}

/** Writes events in the transaction of the change that causes them; the relay moves them to the queue. */
@Injectable()
export class Outbox {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly source: string,
  ) {}

  async publish(event: OutboxEvent): Promise<void> {
    const manager = await this.uow.manager();
    await manager.query(
      `insert into platform.outbox (source, tenant_id, type, payload) values ($1, $2, $3, $4)`,
      [
        this.source,
        RequestContext.current()?.transaction?.tenantId ?? null,
        event.type,
        JSON.stringify(event.payload),
      ],
    );
  }
}
