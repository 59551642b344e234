import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import files are kept gzipped: a 3 MB file of 100,000 values is read back by the job as 300 KB and inflated
 * in a few milliseconds, where reading it as text cost more than checking its rows (ADR 0006). Files of
 * imports made before keep their text.
 */
export class ImportFilesGzip1763800501000 implements MigrationInterface {
  name = 'ImportFilesGzip1763800501000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `alter table indicators.imports add column content_gzip bytea`,
      // Already compressed: storing it as is spares the database a second, useless compression.
      `alter table indicators.imports alter column content_gzip set storage external`,
      `alter table indicators.imports alter column content drop not null`,
      `alter table indicators.imports add constraint imports_file_check
         check (content is not null or content_gzip is not null)`,
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from indicators.imports where content is null`);
    await q.query(`alter table indicators.imports drop constraint imports_file_check`);
    await q.query(`alter table indicators.imports alter column content set not null`);
    await q.query(`alter table indicators.imports drop column content_gzip`);
  }
}
