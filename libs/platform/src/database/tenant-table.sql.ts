import { RUNTIME_DATABASE_ROLE } from '../config/config';

/**
 * The statements that make a table a tenant table: row-level security enabled and forced (so even the
 * owner is filtered outside of migrations), one policy on the transaction's `app.tenant_id`, and the
 * runtime role's privileges. With no tenant set, `platform.current_tenant_id()` is null and nothing matches.
 */
export function tenantTableSql(
  qualifiedTable: string,
  privileges = 'select, insert, update, delete',
): string[] {
  const policy = `${qualifiedTable.replace('.', '_')}_tenant_isolation`;
  return [
    `alter table ${qualifiedTable} enable row level security`,
    `alter table ${qualifiedTable} force row level security`,
    `create policy ${policy} on ${qualifiedTable} using (tenant_id = platform.current_tenant_id()) with check (tenant_id = platform.current_tenant_id())`,
    `grant ${privileges} on ${qualifiedTable} to ${RUNTIME_DATABASE_ROLE}`,
  ];
}

export function schemaUsageSql(schema: string): string[] {
  return [
    `create schema if not exists ${schema}`,
    `grant usage on schema ${schema} to ${RUNTIME_DATABASE_ROLE}`,
  ];
}
