import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '@alliance/platform';

export class SelfAssessments1763800200100 implements MigrationInterface {
  name = 'SelfAssessments1763800200100';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // organisation_id, organisation_type and sector refer to other contexts by value: no foreign key.
      `create table assessment.self_assessments (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         version_id uuid not null references assessment.referential_versions(id),
         referential_id uuid not null references assessment.referentials(id),
         organisation_id uuid not null,
         organisation_type text,
         sector text,
         author_user_id uuid not null,
         status text not null check (status in ('draft', 'submitted')),
         submitted_at timestamptz,
         overall_score numeric,
         node_scores jsonb,
         created_at timestamptz(3) not null default now(),
         check ((status = 'submitted') = (submitted_at is not null)))`,
      `create index self_assessments_organisation_idx on assessment.self_assessments (tenant_id, organisation_id, created_at, id)`,
      // One draft per organisation and version: a second start resumes it.
      `create unique index self_assessments_one_draft_idx on assessment.self_assessments (tenant_id, organisation_id, version_id) where status = 'draft'`,
      ...tenantTableSql('assessment.self_assessments'),

      `create table assessment.answers (
         id uuid primary key default gen_random_uuid(),
         tenant_id uuid not null,
         assessment_id uuid not null references assessment.self_assessments(id) on delete cascade,
         criterion_code text not null,
         level int,
         not_concerned boolean not null default false,
         comment text,
         evidence_links text[] not null default '{}',
         created_at timestamptz(3) not null default now(),
         unique (tenant_id, assessment_id, criterion_code),
         check (not (not_concerned and level is not null)))`,
      ...tenantTableSql('assessment.answers'),

      // A submitted assessment is a record: its answers no longer change.
      `create function assessment.refuse_submitted_change() returns trigger language plpgsql as $$
       declare
         target uuid;
       begin
         if tg_op = 'DELETE' then target := old.assessment_id; else target := new.assessment_id; end if;
         if exists (select 1 from assessment.self_assessments a where a.id = target and a.status = 'submitted') then
           raise exception 'self-assessment % is submitted and cannot change', target using errcode = 'check_violation';
         end if;
         if tg_op = 'DELETE' then return old; end if;
         return new;
       end $$`,
      `create trigger answers_frozen before insert or update or delete on assessment.answers
         for each row execute function assessment.refuse_submitted_change()`,
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table assessment.answers');
    await q.query('drop table assessment.self_assessments');
    await q.query('drop function assessment.refuse_submitted_change');
  }
}
