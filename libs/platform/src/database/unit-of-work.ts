import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RequestContext, type RequestContextState } from '../tenancy/request-context';

/**
 * One transaction per request or job. The transaction sets `app.tenant_id` once, with
 * `set_config(…, true)` so it dies with the transaction and never leaks to the next user of the
 * pooled connection; row-level security reads it.
 */
@Injectable()
export class UnitOfWork {
  private readonly opening = new WeakMap<RequestContextState, Promise<EntityManager>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The current unit's transaction, opened on first use. */
  manager(): Promise<EntityManager> {
    const state = RequestContext.require();
    if (state.transaction) return Promise.resolve(state.transaction.manager);
    let pending = this.opening.get(state);
    if (!pending) {
      pending = this.open(state);
      this.opening.set(state, pending);
    }
    return pending;
  }

  /**
   * Scopes an anonymous unit to a tenant once it is known (login, accepting an invitation). A unit
   * already scoped to a tenant can never be moved to another one.
   */
  async enterTenant(tenantId: string): Promise<void> {
    const state = RequestContext.require();
    if (state.tenantId && state.tenantId !== tenantId) {
      throw new Error('This unit of work is already scoped to another tenant.');
    }
    state.tenantId = tenantId;
    const pending = this.opening.get(state);
    if (pending) await pending;
    const tx = state.transaction;
    if (tx && tx.tenantId !== tenantId) {
      await tx.runner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      tx.tenantId = tenantId;
    }
  }

  /**
   * Keeps this unit's writes even though the operation ends in an error: for security effects that
   * must outlive the refusal they cause (revoking a stolen session family). Use nowhere else.
   */
  commitDespiteError(): void {
    RequestContext.require().commitDespiteError = true;
  }

  /** Ends the current unit: commits when it succeeded, rolls back otherwise. Safe to call twice. */
  async finish(state: RequestContextState, succeeded: boolean): Promise<void> {
    const pending = this.opening.get(state);
    this.opening.delete(state);
    if (pending) await pending.catch(() => undefined);
    const tx = state.transaction;
    if (!tx) return;
    state.transaction = undefined;
    try {
      if (succeeded || state.commitDespiteError) await tx.runner.commitTransaction();
      else await tx.runner.rollbackTransaction();
    } finally {
      await tx.runner.release();
    }
  }

  /**
   * Runs `fn` as its own unit of work in the given tenant (a job, a seed, a test): commits on success,
   * rolls back on failure. Inside a unit that is already open for the same tenant, joins it.
   */
  async run<T>(
    tenantId: string | null,
    fn: (manager: EntityManager) => Promise<T>,
    claims?: RequestContextState['claims'],
  ): Promise<T> {
    const outer = RequestContext.current();
    if (outer?.transaction && outer.transaction.tenantId === tenantId) return fn(outer.transaction.manager);
    const state: RequestContextState = {
      tenantId: tenantId ?? undefined,
      claims,
      locale: outer?.locale ?? 'fr',
    };
    return RequestContext.run(state, async () => {
      let ok = false;
      try {
        const result = await fn(await this.manager());
        ok = true;
        return result;
      } finally {
        await this.finish(state, ok);
      }
    });
  }

  private async open(state: RequestContextState): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(
        `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
        [state.tenantId ?? '', state.claims?.userId ?? ''],
      );
    } catch (error) {
      await runner.release();
      throw error;
    }
    state.transaction = { runner, manager: runner.manager, tenantId: state.tenantId ?? null };
    return runner.manager;
  }
}
