import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '@alliance/platform';

export class Campaigns1763800200300 implements MigrationInterface {
  name = 'Campaigns1763800200300';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `create table assessment.campaigns (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         version_id uuid not null references assessment.referential_versions(id),
         title text not null,
         opens_on date not null,
         closes_on date not null,
         organisation_types text[] not null default '{}',
         opened_by uuid not null,
         created_at timestamptz(3) not null default now(),
         check (closes_on >= opens_on))`,
      `create index campaigns_tenant_created_idx on assessment.campaigns (tenant_id, created_at, id)`,
      ...tenantTableSql('assessment.campaigns'),

      // The organisations a campaign asks to answer; community will later provide them, by id.
      `create table assessment.campaign_targets (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         campaign_id uuid not null references assessment.campaigns(id) on delete cascade,
         organisation_id uuid not null,
         organisation_name text not null,
         organisation_type text,
         contact_email text not null,
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, campaign_id, organisation_id))`,
      ...tenantTableSql('assessment.campaign_targets'),

      `create table assessment.campaign_reminders (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         campaign_id uuid not null references assessment.campaigns(id) on delete cascade,
         recipients int not null,
         sent_by uuid not null,
         created_at timestamptz(3) not null default now())`,
      `create index campaign_reminders_campaign_idx on assessment.campaign_reminders (tenant_id, campaign_id, created_at)`,
      ...tenantTableSql('assessment.campaign_reminders'),
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table assessment.campaign_reminders');
    await q.query('drop table assessment.campaign_targets');
    await q.query('drop table assessment.campaigns');
  }
}
