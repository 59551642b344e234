import type { DataSource } from 'typeorm';
import { TenantRole, UnitOfWork } from '@alliance/platform';
import { hashPassword, isValidSiren } from '../shared/secrets';
import { TenantKind } from '../tenant/tenant.entity';

export const DEMO_PASSWORD = 'alliance-demo';

/** The four founding territories, from their seed documents. */
export const DEMO_TENANTS = [
  {
    slug: 'brest',
    name: 'Brest métropole',
    kind: TenantKind.METROPOLE,
    siren: '242900314',
    programmeName: 'TOMORROW',
    description:
      'Coalitions d’acteurs autour d’une thématique, d’une zone ou d’un secteur, engagements publiés chaque printemps et forum annuel en novembre. Objectifs : diviser par 2 les consommations d’énergie et par 4 les émissions de gaz à effet de serre d’ici 2050, 30 % d’énergies renouvelables en 2030.',
  },
  {
    slug: 'grand-poitiers',
    name: 'Grand Poitiers',
    kind: TenantKind.COMMUNAUTE_URBAINE,
    siren: '200069854',
    programmeName: 'Engagement des acteurs socio-économiques (ASSETT)',
    description:
      'Un référentiel d’auto-évaluation pour mesurer la maturité des acteurs dans la transition écologique, une boîte à outils d’actions concrètes et des rencontres régulières : d’abord les entreprises, puis les associations et les établissements publics.',
  },
  {
    slug: 'rouen',
    name: 'Métropole Rouen Normandie',
    kind: TenantKind.METROPOLE,
    siren: '200023414',
    programmeName: 'COP21 — coalition « industrie, services, artisanat »',
    description:
      'Feuilles d’engagement de nouvelles actions (efficacité énergétique, numérique responsable, déchets et matières), freins et leviers par catégorie, échange sécurisé d’énergie et de matières entre entreprises.',
  },
  {
    slug: 'clermont',
    name: 'Clermont Auvergne Métropole',
    kind: TenantKind.METROPOLE,
    siren: '246300701',
    programmeName: 'Alliance pour la transition écologique et solidaire',
    description:
      'Ateliers mensuels par thématique (acculturation, indicateurs et objectifs, leviers), indicateurs et objectifs partagés par thème et une feuille de route commune évaluée dans la durée.',
  },
] as const;

const CONSULTANT_SERVES = ['grand-poitiers', 'rouen'];

function idOf(rows: { id: string }[]): string {
  const id = rows[0]?.id;
  if (!id) throw new Error('The seed expected a row back from its upsert.');
  return id;
}

/**
 * Seeds the founding territories and, outside production, their demo accounts. Runs through the
 * runtime role and the unit of work like any other writer, so row-level security checks the seed too.
 * Safe to run at every start: everything is keyed by slug or e-mail.
 */
export async function seedDemo(dataSource: DataSource, options: { withAccounts: boolean }): Promise<void> {
  const uow = new UnitOfWork(dataSource);
  const passwordHash = options.withAccounts ? await hashPassword(DEMO_PASSWORD) : '';
  const tenantIds = new Map<string, string>();
  await uow.run(null, async (m) => {
    for (const t of DEMO_TENANTS) {
      const rows: { id: string }[] = await m.query(
        `insert into identity.tenants (slug, name, kind, siren, programme_name, description)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (slug) do update set slug = excluded.slug returning id`,
        [t.slug, t.name, t.kind, isValidSiren(t.siren) ? t.siren : null, t.programmeName, t.description],
      );
      tenantIds.set(t.slug, idOf(rows));
    }
  });
  if (!options.withAccounts) return;

  const userId = async (email: string, displayName: string, platformRoles: string[] = []) =>
    uow.run(null, async (m) => {
      const rows: { id: string }[] = await m.query(
        `insert into identity.users (email, display_name, password_hash, platform_roles) values ($1, $2, $3, $4)
         on conflict (email) do update set email = excluded.email returning id`,
        [email, displayName, passwordHash, platformRoles],
      );
      return idOf(rows);
    });

  for (const t of DEMO_TENANTS) {
    const tenantId = tenantIds.get(t.slug) ?? '';
    for (const [role, label] of [
      [TenantRole.ADMIN, 'Administratrice'],
      [TenantRole.ANIMATOR, 'Animateur'],
      [TenantRole.MEMBER, 'Membre'],
    ] as const) {
      const id = await userId(`${role}@${t.slug}.demo`, `${label} ${t.name}`);
      await uow.run(tenantId, (m) =>
        m.query(
          `insert into identity.memberships (tenant_id, user_id, role) values ($1, $2, $3) on conflict (tenant_id, user_id) do nothing`,
          [tenantId, id, role],
        ),
      );
    }
  }
  await userId('operator@alliance.demo', 'Opératrice Alliance', ['operator']);
  const consultant = await userId('consultant@alliance.demo', 'Consultant Cerema', ['consultant']);
  for (const slug of CONSULTANT_SERVES) {
    await uow.run(null, (m) =>
      m.query('select identity.assign_consultant($1, $2)', [tenantIds.get(slug), consultant]),
    );
  }
}
