import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clermont's biodiversity objectives say « diminution ou au moins maintien »: a direction of its own. */
export class DirectionNotUp1763800301000 implements MigrationInterface {
  name = 'DirectionNotUp1763800301000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table indicators.objectives drop constraint objectives_direction_check`);
    await q.query(
      `alter table indicators.objectives add constraint objectives_direction_check
         check (direction in ('up','down','maintain','not_up'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table indicators.objectives drop constraint objectives_direction_check`);
    await q.query(
      `alter table indicators.objectives add constraint objectives_direction_check
         check (direction in ('up','down','maintain'))`,
    );
  }
}
