import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { AccessClaims } from '../auth/access-token';

/** What one request or one job knows about who acts and in which tenant. */
export interface RequestContextState {
  claims?: AccessClaims;
  /** The tenant whose rows this unit of work may see; set from the verified token or the job payload. */
  tenantId?: string;
  clientAddress?: string;
  locale: string;
  /** Why the presented token was refused, reported to resolvers that need a caller. */
  authError?: Error;
  /** Set by the unit of work for writes that must be kept although the operation fails. */
  commitDespiteError?: boolean;
  /** Per-request caches (DataLoaders), so that batching never crosses requests or tenants. */
  loaders?: Map<string, unknown>;
  /** The open transaction of this unit of work, if one was started. */
  transaction?: { runner: QueryRunner; manager: EntityManager; tenantId: string | null };
}

export class MissingTenantError extends Error {
  constructor() {
    super('No tenant in the current context: the operation needs a tenant-scoped token or job.');
  }
}

const storage = new AsyncLocalStorage<RequestContextState>();

/** The request or job context, held in async-local storage so it never travels by hand. */
export const RequestContext = {
  run<T>(state: RequestContextState, fn: () => T): T {
    return storage.run(state, fn);
  },

  current(): RequestContextState | undefined {
    return storage.getStore();
  },

  require(): RequestContextState {
    const state = storage.getStore();
    if (!state) throw new Error('No request context: this code must run inside a request or a job.');
    return state;
  },

  /** The current tenant; throws when absent rather than letting a query run unscoped. */
  tenantId(): string {
    const tenantId = storage.getStore()?.tenantId;
    if (!tenantId) throw new MissingTenantError();
    return tenantId;
  },

  claims(): AccessClaims | undefined {
    return storage.getStore()?.claims;
  },

  /** A value created once per request or job under `key` (DataLoaders). */
  perRequest<T>(key: string, create: () => T): T {
    const state = RequestContext.require();
    state.loaders ??= new Map();
    if (!state.loaders.has(key)) state.loaders.set(key, create());
    return state.loaders.get(key) as T;
  },
};
