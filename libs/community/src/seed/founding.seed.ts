import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';

/** Who authored what the platform seeded: no person, the platform itself. */
export const SEEDED_BY = '00000000-0000-0000-0000-000000000000';

interface SeedOrganisation {
  name: string;
  type: string;
  sectors?: string[];
  zones?: string[];
  /** A fixed id where another context already knows the organisation (assessment's demo companies). */
  id?: string;
}

interface SeedAction {
  title: string;
  category: string;
  barriers: string[];
  levers: string[];
}

interface SeedCoalition {
  name: string;
  objective: string;
  perimeter: { kind: 'theme' | 'zone' | 'sector'; code: string };
  stage: 'forming' | 'explore' | 'inspire' | 'plan';
  members: string[];
  actions?: SeedAction[];
}

interface FoundingCommunity {
  organisations: SeedOrganisation[];
  coalitions: SeedCoalition[];
}

const ENTREPRISE = 'ENTREPRISES';
const ASSOCIATION = 'ASSOCIATIONS';
const INSTITUTION = 'INSTITUTIONS';
const ETABLISSEMENT = 'ETABLISSEMENTS-PUBLICS';
const COLLECTIVITE = 'COLLECTIVITES';
const SUP = 'ENSEIGNEMENT-SUPERIEUR';

/** Each founding territory's actors and coalitions, as its own seed document names them. */
export const FOUNDING_COMMUNITIES: Record<string, FoundingCommunity> = {
  // TOMORROW: « Ils ont déjà rejoint l'aventure ».
  brest: {
    organisations: [
      { name: 'Brest métropole', type: COLLECTIVITE },
      { name: 'ENIB', type: ETABLISSEMENT, sectors: [SUP], zones: ['TECHNOPOLE'] },
      { name: 'IFREMER', type: ETABLISSEMENT, zones: ['TECHNOPOLE'] },
      { name: 'IMT Atlantique', type: ETABLISSEMENT, sectors: [SUP], zones: ['TECHNOPOLE'] },
      { name: 'Labocéa', type: ETABLISSEMENT, zones: ['TECHNOPOLE'] },
      { name: 'ZF Autocruise', type: ENTREPRISE, zones: ['TECHNOPOLE'] },
      { name: 'UBO', type: ETABLISSEMENT, sectors: [SUP], zones: ['TECHNOPOLE'] },
      { name: 'BAPAV', type: ASSOCIATION },
      { name: 'Le Lieu Dit', type: ASSOCIATION },
      { name: 'EHOP', type: ASSOCIATION },
      { name: 'Les Partageurs', type: ASSOCIATION },
      { name: 'La Carène', type: ASSOCIATION, sectors: ['CULTURE', 'EVENEMENTIEL'] },
      { name: 'Brest’aim', type: ENTREPRISE, sectors: ['EVENEMENTIEL'] },
      { name: 'Longueur d’Ondes', type: ASSOCIATION, sectors: ['EVENEMENTIEL'] },
      { name: 'Paradigm Shift', type: ENTREPRISE, sectors: ['EVENEMENTIEL'] },
      { name: 'Aencrage', type: ASSOCIATION, sectors: ['EVENEMENTIEL'] },
      { name: 'Base Navale', type: INSTITUTION },
      { name: 'Préfecture maritime', type: INSTITUTION },
      { name: 'Port de Brest', type: ETABLISSEMENT, sectors: ['INDUSTRIE-NAVALE'] },
      { name: 'Clear Channel', type: ENTREPRISE },
      { name: 'Alcatel', type: ENTREPRISE, sectors: ['NUMERIQUE'] },
      { name: 'Altaréa', type: ENTREPRISE, sectors: ['IMMOBILIER'] },
      { name: 'Icade Promotion', type: ENTREPRISE, sectors: ['IMMOBILIER', 'CONSTRUCTION'] },
      { name: 'Les compagnons bâtisseurs', type: ASSOCIATION, sectors: ['CONSTRUCTION'] },
      { name: 'BDD de l’IMT Atlantique', type: ASSOCIATION, sectors: [SUP] },
      { name: 'BDE de l’ENSTA Bretagne', type: ASSOCIATION, sectors: [SUP] },
      { name: 'Fédé B', type: ASSOCIATION, sectors: [SUP] },
    ],
    coalitions: [
      {
        name: 'Les acteurs de la zone du Technopôle',
        objective: 'Travailler ensemble sur les problématiques communes de la zone du Technopôle.',
        perimeter: { kind: 'zone', code: 'TECHNOPOLE' },
        stage: 'explore',
        members: ['ENIB', 'IFREMER', 'IMT Atlantique', 'Labocéa', 'ZF Autocruise', 'UBO'],
      },
      {
        name: 'Mobilités alternatives à la voiture individuelle',
        objective: 'Développer les mobilités alternatives à la voiture individuelle.',
        perimeter: { kind: 'theme', code: 'MOBILITES' },
        stage: 'explore',
        members: ['BAPAV', 'Le Lieu Dit', 'EHOP', 'Les Partageurs', 'Brest métropole'],
      },
      {
        name: 'Évènementiel durable',
        objective: 'Rendre les évènements du territoire plus durables.',
        perimeter: { kind: 'sector', code: 'EVENEMENTIEL' },
        stage: 'explore',
        members: ['La Carène', 'Brest’aim', 'Longueur d’Ondes', 'ENIB', 'Paradigm Shift', 'Aencrage'],
      },
      {
        name: 'Réduction et optimisation de l’éclairage nocturne',
        objective: 'Réduire et optimiser l’éclairage nocturne.',
        perimeter: { kind: 'theme', code: 'ECLAIRAGE' },
        stage: 'explore',
        members: [
          'Base Navale',
          'Préfecture maritime',
          'Port de Brest',
          'Clear Channel',
          'UBO',
          'Alcatel',
          'Altaréa',
          'Brest métropole',
        ],
      },
      {
        name: 'Éco-matériaux dans la construction',
        objective: 'Développer l’usage des éco-matériaux dans la construction.',
        perimeter: { kind: 'theme', code: 'ECO-MATERIAUX' },
        stage: 'explore',
        members: ['Icade Promotion', 'Les compagnons bâtisseurs', 'Brest métropole'],
      },
      {
        name: 'Les associations étudiantes',
        objective: 'Mobiliser les associations étudiantes pour le climat.',
        perimeter: { kind: 'sector', code: SUP },
        stage: 'explore',
        members: ['BDD de l’IMT Atlantique', 'BDE de l’ENSTA Bretagne', 'Fédé B'],
      },
    ],
  },
  // COP21 « Industrie, tertiaire, artisanat »: the action categories with their barriers and levers.
  rouen: {
    organisations: [{ name: 'Métropole Rouen Normandie', type: 'ADMINISTRATIONS' }],
    coalitions: [
      {
        name: 'Coalition stratégique COP21 « Industrie, tertiaire, artisanat »',
        objective:
          'Définir la feuille de route de mobilisation des acteurs de l’industrie, du tertiaire et de l’artisanat pour des actions favorisant la transition écologique : efficacité énergétique, déchets et numérique.',
        perimeter: { kind: 'sector', code: 'INDUSTRIE' },
        stage: 'plan',
        members: ['Métropole Rouen Normandie'],
        actions: [
          {
            title: 'Actions d’efficacité énergétique dans les process',
            category: 'EFFICACITE-ENERGETIQUE-DES-PROCESS',
            barriers: ['Coûts', 'Quel retour sur investissement ?'],
            levers: ['Faire la promotion des audits énergétiques'],
          },
          {
            title: 'Numérique responsable',
            category: 'NUMERIQUE-RESPONSABLE',
            barriers: [
              'Méconnaissance de la « face cachée » du numérique (consommations énergétiques)',
              'Méconnaissance des data centers green',
            ],
            levers: ['Faire de la sensibilisation dans le cadre des clubs d’entreprises'],
          },
          {
            title: 'Déchets et matières',
            category: 'DECHETS-ET-MATIERES',
            barriers: [
              'Pas de ramassage de tri sur Rouen (problème pour les commerçants)',
              'Pour s’engager dans un programme de réduction des rejets, il faut une contrepartie financière (nouveaux gains de productivité, économies, subventions publiques…)',
              'Pas de connaissance d’acteurs susceptibles de réemployer certains déchets',
            ],
            levers: [
              'Passer par les associations de commerçants et chambres consulaires pour divulguer l’information sur les déchets',
              'Créer une application sécurisée pour partager énergie et matières',
            ],
          },
        ],
      },
    ],
  },
  // The companies assessment's demo already knows, with the same ids.
  'grand-poitiers': {
    organisations: [
      { id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000001', name: 'Menuiserie Aubin', type: ENTREPRISE },
      { id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000002', name: 'Boulangerie du Clain', type: ENTREPRISE },
      { id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000003', name: 'Imprimerie Chauvigny', type: ENTREPRISE },
      { id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000004', name: 'Garage des Couronneries', type: ENTREPRISE },
      { id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000005', name: 'Transports Migné', type: ENTREPRISE },
      { id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000006', name: 'Brasserie de la Vienne', type: ENTREPRISE },
    ],
    coalitions: [],
  },
};

/** Inserts what is missing of one territory's community; a second run changes nothing. */
async function applyMissing(m: EntityManager, tenantId: string, seed: FoundingCommunity): Promise<void> {
  const ids = new Map<string, string>();
  for (const o of seed.organisations) {
    const [existing] = await m.query(
      `select id from community.organisations where tenant_id = $1 and lower(name) = lower($2)`,
      [tenantId, o.name],
    );
    if (existing) {
      ids.set(o.name, existing.id);
      continue;
    }
    const [row] = await m.query(
      `insert into community.organisations (id, tenant_id, name, type_code, sector_codes, zone_codes, public_profile, created_by)
       values (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, true, $7) returning id`,
      [o.id ?? null, tenantId, o.name, o.type, o.sectors ?? [], o.zones ?? [], SEEDED_BY],
    );
    ids.set(o.name, row.id);
  }
  for (const c of seed.coalitions) {
    const [existing] = await m.query(
      `select id from community.coalitions where tenant_id = $1 and name = $2`,
      [tenantId, c.name],
    );
    if (existing) continue;
    const [coalition] = await m.query(
      `insert into community.coalitions
         (tenant_id, name, objective, perimeter_kind, perimeter_code, review_status, stage, proposed_by)
       values ($1, $2, $3, $4, $5, 'validated', $6, $7) returning id`,
      [tenantId, c.name, c.objective, c.perimeter.kind, c.perimeter.code, c.stage, SEEDED_BY],
    );
    const stages = ['forming', 'explore', 'inspire', 'plan'];
    for (const stage of stages.slice(0, stages.indexOf(c.stage) + 1)) {
      await m.query(
        `insert into community.coalition_stages (tenant_id, coalition_id, stage, reached_on, moved_by)
         values ($1, $2, $3, current_date, $4)`,
        [tenantId, coalition.id, stage, SEEDED_BY],
      );
    }
    for (const name of c.members) {
      const organisationId = ids.get(name);
      if (!organisationId)
        throw new Error(`Seed: coalition « ${c.name} » names an unknown member « ${name} ».`);
      await m.query(
        `insert into community.coalition_members (tenant_id, coalition_id, organisation_id, status)
         values ($1, $2, $3, 'member')`,
        [tenantId, coalition.id, organisationId],
      );
    }
    for (const a of c.actions ?? []) {
      await m.query(
        `insert into community.actions (tenant_id, coalition_id, title, category_code, barriers, levers, created_by)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [tenantId, coalition.id, a.title, a.category, a.barriers, a.levers, SEEDED_BY],
      );
    }
  }
}

/** Seeds the founding territories' actors and coalitions, by slug → tenant id; safe to run again. */
export async function seedFoundingCommunities(
  dataSource: DataSource,
  tenants: Record<string, string>,
): Promise<void> {
  const uow = new UnitOfWork(dataSource);
  for (const [slug, seed] of Object.entries(FOUNDING_COMMUNITIES)) {
    const tenantId = tenants[slug];
    if (!tenantId) continue;
    await uow.run(tenantId, (m) => applyMissing(m, tenantId, seed));
  }
}

/** Outside production: the Grand Poitiers demo member represents Menuiserie Aubin, as assessment's demo has it. */
export async function seedCommunityDemo(
  dataSource: DataSource,
  tenantId: string,
  memberUserId: string,
): Promise<void> {
  const aubin = FOUNDING_COMMUNITIES['grand-poitiers']?.organisations[0];
  if (!aubin?.id) return;
  await new UnitOfWork(dataSource).run(tenantId, (m) =>
    m.query(
      `insert into community.representatives (tenant_id, organisation_id, user_id)
       select $1, id, $2 from community.organisations where tenant_id = $1 and id = $3
       on conflict do nothing`,
      [tenantId, memberUserId, aubin.id],
    ),
  );
}
