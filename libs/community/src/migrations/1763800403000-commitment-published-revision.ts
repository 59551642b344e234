import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The revision of a commitment the public sees. Editing a published commitment writes revision n+1, which
 * goes back through review while revision n stays published: `status` follows the current revision,
 * `published_revision` the one on the public page.
 */
export class CommitmentPublishedRevision1763800403000 implements MigrationInterface {
  name = 'CommitmentPublishedRevision1763800403000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `alter table community.commitments
         add column published_revision int,
         add constraint commitments_published_revision_check
           check (published_revision is null or published_revision between 1 and current_revision)`,
    );
    await q.query(
      `create index commitments_published_idx on community.commitments (tenant_id, created_at, id)
         where published_revision is not null`,
    );
    await q.query(`create index actions_organisation_idx on community.actions (tenant_id, organisation_id)`);
    await q.query(`create index actions_category_idx on community.actions (tenant_id, category_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index community.actions_category_idx`);
    await q.query(`drop index community.actions_organisation_idx`);
    await q.query(`drop index community.commitments_published_idx`);
    await q.query(`alter table community.commitments drop column published_revision`);
  }
}
