import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '@alliance/platform';

/** Imports of value files: the file, its progress and its per-row error report, polled by the portal. */
export class IndicatorImports1763800302000 implements MigrationInterface {
  name = 'IndicatorImports1763800302000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `create table indicators.imports (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         file_name text not null,
         content text not null,
         status text not null default 'pending' check (status in ('pending','running','succeeded','failed')),
         total_rows int not null default 0,
         processed_rows int not null default 0,
         written_rows int not null default 0,
         errors jsonb not null default '[]',
         created_by uuid,
         created_at timestamptz(3) not null default now(),
         finished_at timestamptz(3))`,
      `create index imports_tenant_created_idx on indicators.imports (tenant_id, created_at, id)`,
      ...tenantTableSql('indicators.imports'),
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table indicators.imports');
  }
}
