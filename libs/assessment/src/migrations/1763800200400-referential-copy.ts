import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_DATABASE_ROLE as APP } from '@alliance/platform';

export class ReferentialCopy1763800200400 implements MigrationInterface {
  name = 'ReferentialCopy1763800200400';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // The one path by which a referential leaves its territory: a published version, read for a person
      // who holds access to its territory as its admin, its animator or its serving consultant (identity's
      // definer function says who). Returns null otherwise, so that existence is not disclosed.
      `create function assessment.published_version_for_copy(p_version uuid, p_user uuid) returns jsonb
         language sql stable security definer set search_path = pg_catalog as $$
         select jsonb_build_object(
                  'csvColumns', to_jsonb(v.csv_columns),
                  'nodes', coalesce((select jsonb_agg(jsonb_build_object(
                      'code', n.code, 'parentCode', n.parent_code, 'position', n.position, 'title', n.title,
                      'guidance', n.guidance, 'points', n.points, 'percentage', n.percentage, 'category', n.category,
                      'organisationTypes', to_jsonb(n.organisation_types), 'levelDescriptions', n.level_descriptions,
                      'extra', n.extra) order by n.position)
                    from assessment.referential_nodes n where n.version_id = v.id), '[]'::jsonb),
                  'scale', coalesce((select jsonb_agg(jsonb_build_object('level', l.level, 'label', l.label, 'score', l.score)
                      order by l.level)
                    from assessment.maturity_levels l where l.version_id = v.id), '[]'::jsonb))
           from assessment.referential_versions v
          where v.id = p_version and v.status = 'published'
            and exists (select 1 from identity.tenant_access_of_user(p_user) a
                         where a.tenant_id = v.tenant_id and (a.serves or a.role in ('admin', 'animator')))
       $$`,
      `revoke all on function assessment.published_version_for_copy(uuid, uuid) from public`,
      `grant execute on function assessment.published_version_for_copy(uuid, uuid) to ${APP}`,
    ];
    for (const statement of statements) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop function assessment.published_version_for_copy(uuid, uuid)');
  }
}
