import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { RequestContext } from '../tenancy/request-context';

export interface AuditRecord {
  action: string;
  objectType: string;
  objectId?: string | null;
  data?: Record<string, unknown>;
  /** For actions before a token exists (login, accepting an invitation): who acted. */
  actorUserId?: string;
}

/** Appends to the audit log inside the current unit of work, so an entry exists exactly when the change does. */
@Injectable()
export class AuditLog {
  constructor(private readonly uow: UnitOfWork) {}

  async record(entry: AuditRecord): Promise<void> {
    const state = RequestContext.require();
    const manager = await this.uow.manager();
    await manager.query(
      `insert into platform.audit_entries (tenant_id, actor_user_id, action, object_type, object_id, data)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        state.transaction?.tenantId ?? null,
        entry.actorUserId ?? state.claims?.userId ?? null,
        entry.action,
        entry.objectType,
        entry.objectId ?? null,
        JSON.stringify(entry.data ?? {}),
      ],
    );
  }
}
