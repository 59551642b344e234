import type { EntityManager } from 'typeorm';

/**
 * Claims the effect of a job by its unique key inside the job's transaction. Returns false when the
 * effect already happened (the job was delivered again), in which case the job must do nothing.
 */
export async function claimEffect(
  manager: EntityManager,
  key: string,
  job: string,
  tenantId: string | null,
): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `insert into platform.job_effects (key, tenant_id, job) values ($1, $2, $3) on conflict (key) do nothing returning key`,
    [key, tenantId, job],
  );
  return inserted.length > 0;
}
