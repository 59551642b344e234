import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_DATABASE_ROLE as APP } from '../config/config';
import { schemaUsageSql } from '../database/tenant-table.sql';

/** What every context shares: the tenant function behind all policies, audit, outbox, job effects, revocations. */
export class PlatformFoundation1763800000000 implements MigrationInterface {
  name = 'PlatformFoundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      ...schemaUsageSql('platform'),
      `create function platform.current_tenant_id() returns uuid language sql stable as
         $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$`,
      `grant execute on function platform.current_tenant_id() to ${APP}`,

      // Audit entries: appended in the same transaction as the change; the runtime role may only add and read.
      `create table platform.audit_entries (
         id bigserial primary key,
         tenant_id uuid,
         actor_user_id uuid,
         action text not null,
         object_type text not null,
         object_id text,
         data jsonb not null default '{}'::jsonb,
         created_at timestamptz not null default now())`,
      `create index audit_entries_tenant_created_idx on platform.audit_entries (tenant_id, created_at desc)`,
      `alter table platform.audit_entries enable row level security`,
      `alter table platform.audit_entries force row level security`,
      `create policy audit_entries_read on platform.audit_entries for select using (tenant_id = platform.current_tenant_id())`,
      `create policy audit_entries_append on platform.audit_entries for insert
         with check (tenant_id is not distinct from platform.current_tenant_id())`,
      `grant select, insert on platform.audit_entries to ${APP}`,
      `grant usage on sequence platform.audit_entries_id_seq to ${APP}`,

      // Outbox: events written with the change, relayed to the queue afterwards. Read only by the relay.
      `create table platform.outbox (
         id bigserial primary key,
         -- The job id in the queue: unique across databases, unlike the sequence (a recreated database
         -- would otherwise hand the queue ids it already saw and has deduplicated).
         event_id uuid not null unique default gen_random_uuid(),
         source text not null,
         tenant_id uuid,
         type text not null,
         payload jsonb not null,
         created_at timestamptz not null default now(),
         relayed_at timestamptz)`,
      `create index outbox_pending_idx on platform.outbox (source, id) where relayed_at is null`,
      `grant select, insert, update (relayed_at) on platform.outbox to ${APP}`,
      `grant usage on sequence platform.outbox_id_seq to ${APP}`,

      // Job effects: the unique key that makes an at-least-once job take effect once.
      `create table platform.job_effects (
         key text primary key,
         tenant_id uuid,
         job text not null,
         done_at timestamptz not null default now())`,
      `grant select, insert on platform.job_effects to ${APP}`,

      // Revocations: a token issued before this instant for this user (and tenant) no longer works.
      `create table platform.token_revocations (
         user_id uuid not null,
         tenant_key uuid not null,
         revoked_at timestamptz not null,
         primary key (user_id, tenant_key))`,
      `grant select, insert, update on platform.token_revocations to ${APP}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop schema platform cascade');
  }
}
