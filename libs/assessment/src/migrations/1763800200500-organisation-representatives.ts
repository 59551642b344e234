import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '@alliance/platform';

/**
 * Who represents which organisation, as community announces it (ADR 0005): assessment keeps its own copy
 * so that it never reads another context's tables.
 */
export class OrganisationRepresentatives1763800200500 implements MigrationInterface {
  name = 'OrganisationRepresentatives1763800200500';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `create table assessment.organisation_representatives (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         organisation_id uuid not null,
         user_id uuid not null,
         organisation_name text not null,
         organisation_type text,
         sector text,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, organisation_id, user_id))`,
      `create index organisation_representatives_user_idx
         on assessment.organisation_representatives (tenant_id, user_id)`,
      ...tenantTableSql('assessment.organisation_representatives'),
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table assessment.organisation_representatives');
  }
}
