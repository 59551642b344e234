import type { DataSource } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';
import { Direction, ObjectiveKind } from '../trajectory/trajectory';

interface SeedObjective {
  code: string;
  kind: ObjectiveKind;
  baseYear?: number;
  targetYear?: number;
  targetValue?: number;
  changePercent?: number;
  direction?: Direction;
  source: string;
  validatedBy: string;
  label: string;
}

interface SeedCustom {
  code: string;
  title: string;
  unit: string;
}

interface TerritorySeed {
  follow: string[];
  custom: SeedCustom[];
  objectives: SeedObjective[];
}

const CLERMONT_AIR = 'Atelier « indicateurs et objectifs » qualité de l’air';
const pollutant = (code: string, name: string, prepa: number, ppa: number): SeedObjective[] => [
  {
    code,
    kind: ObjectiveKind.RELATIVE,
    baseYear: 2005,
    targetYear: 2030,
    changePercent: prepa,
    source: 'PREPA',
    validatedBy: CLERMONT_AIR,
    label: `${name} : ${prepa} % en 2030 par rapport à 2005`,
  },
  {
    code,
    kind: ObjectiveKind.RELATIVE,
    baseYear: 2005,
    targetYear: 2027,
    changePercent: ppa,
    source: 'PPA',
    validatedBy: CLERMONT_AIR,
    label: `${name} : ${ppa} % en 2027 par rapport à 2005`,
  },
];

// Clermont's eleven biodiversity indicators (seed 004), each with a direction only.
const BIODIVERSITY: [string, string, Direction][] = [
  ['Fragmentation des milieux (corridors, haies, points d’impact routier)', 'indice', Direction.NOT_UP],
  ['Couvert arboré', 'ha', Direction.UP],
  ['Part des masses d’eau de surface en mauvais état chimique', '%', Direction.DOWN],
  ['Espèces exotiques envahissantes sur le territoire', 'nombre d’espèces', Direction.NOT_UP],
  ['Part des habitats nationaux présents sur le territoire', '%', Direction.UP],
  ['Part des habitats d’intérêt communautaire Natura 2000 en bon état de conservation', '%', Direction.UP],
  ['Part des espèces éteintes ou menacées (listes rouges)', '%', Direction.DOWN],
  ['Surface du territoire impactée par la pollution lumineuse', 'ha', Direction.DOWN],
  ['Linéaire de renaturation des cours d’eau', 'km', Direction.UP],
  ['Abondance des oiseaux communs spécialistes', 'indice', Direction.UP],
  ['Surface des refuges LPO', 'ha', Direction.UP],
];
const DIRECTION_LABEL: Record<Direction, string> = {
  [Direction.UP]: 'Hausse',
  [Direction.DOWN]: 'Diminution',
  [Direction.MAINTAIN]: 'Au moins maintien',
  [Direction.NOT_UP]: 'Diminution ou au moins maintien',
};

/** The objectives of the seed documents: Clermont's Alliance (004) and Brest's TOMORROW programme. */
export const TERRITORY_OBJECTIVES: Record<string, TerritorySeed> = {
  clermont: {
    follow: [
      'cae_1.a',
      'cae_1.c',
      'cae_1.d',
      'cae_1.g',
      'cae_1.h',
      'cae_1.i',
      'cae_1.k',
      'cae_4.a',
      'cae_4.b',
      'cae_4.c',
      'cae_4.d',
      'cae_4.e',
      'cae_4.f',
      'cae_11',
    ],
    custom: BIODIVERSITY.map(([title, unit], i) => ({ code: `clermont_biodiversite.${i + 1}`, title, unit })),
    objectives: [
      {
        code: 'cae_1.a',
        kind: ObjectiveKind.ABSOLUTE,
        targetYear: 2030,
        targetValue: 787,
        source: 'SNBC',
        validatedBy: 'Atelier « indicateurs et objectifs » transition énergétique',
        label: '787 kilotonnes équivalent CO2 à l’horizon 2030',
      },
      ...pollutant('cae_4.a', 'NOx', -69, -69),
      ...pollutant('cae_4.c', 'PM2,5', -57, -50),
      ...pollutant('cae_4.f', 'NH3', -13, -11),
      ...pollutant('cae_4.d', 'COVNM', -52, -46),
      ...pollutant('cae_4.e', 'SO2', -77, -77),
      {
        code: 'cae_11',
        kind: ObjectiveKind.ABSOLUTE,
        targetYear: 2031,
        targetValue: 20,
        source: 'ZAN et PLUi',
        validatedBy: 'Atelier « indicateurs et objectifs » sobriété foncière',
        label: '20 ha/an en 2031 en réduisant de 50 % les consommations foncières',
      },
      {
        code: 'cae_11',
        kind: ObjectiveKind.ABSOLUTE,
        targetYear: 2050,
        targetValue: 0,
        source: 'ZAN',
        validatedBy: 'Atelier « indicateurs et objectifs » sobriété foncière',
        label: 'Zéro artificialisation nette en 2050',
      },
      ...BIODIVERSITY.map(([title, , direction], i) => ({
        code: `clermont_biodiversite.${i + 1}`,
        kind: ObjectiveKind.DIRECTION,
        direction,
        source: 'UICN, observatoires locaux (LPO, CEN, CPIE)',
        validatedBy: 'Atelier « indicateurs et objectifs » biodiversité',
        label: `${title} : ${DIRECTION_LABEL[direction].toLowerCase()}`,
      })),
    ],
  },
  brest: {
    follow: ['cae_1.a', 'cae_2.a', 'cae_3.b'],
    custom: [],
    objectives: [
      {
        code: 'cae_2.a',
        kind: ObjectiveKind.RELATIVE,
        baseYear: 2012,
        targetYear: 2050,
        changePercent: -50,
        source: 'Plan climat de Brest métropole',
        validatedBy: 'Délibération du plan climat',
        label: 'Diviser par 2 les consommations d’énergie d’ici 2050',
      },
      {
        code: 'cae_1.a',
        kind: ObjectiveKind.RELATIVE,
        baseYear: 1990,
        targetYear: 2050,
        changePercent: -75,
        source: 'Plan climat de Brest métropole (facteur 4)',
        validatedBy: 'Délibération du plan climat',
        label: 'Diviser par 4 les émissions de gaz à effet de serre d’ici 2050',
      },
      {
        code: 'cae_3.b',
        kind: ObjectiveKind.ABSOLUTE,
        targetYear: 2030,
        targetValue: 30,
        source: 'Plan climat de Brest métropole',
        validatedBy: 'Délibération du plan climat',
        label: '30 % d’énergies renouvelables en 2030',
      },
    ],
  },
};

/**
 * Seeds the founding territories' indicators and objectives. Idempotent: following is a no-op the second
 * time, and an objective is added only when no objective with the same indicator and wording exists.
 */
export async function seedIndicatorObjectives(
  dataSource: DataSource,
  tenants: readonly { id: string; slug: string }[],
): Promise<void> {
  const uow = new UnitOfWork(dataSource);
  for (const tenant of tenants) {
    const seed = TERRITORY_OBJECTIVES[tenant.slug];
    if (!seed) continue;
    await uow.run(tenant.id, async (m) => {
      for (const c of seed.custom) {
        await m.query(
          `insert into indicators.custom_definitions (tenant_id, code, title, unit) values ($1, $2, $3, $4)
           on conflict (tenant_id, code) do nothing`,
          [tenant.id, c.code, c.title, c.unit],
        );
      }
      await m.query(
        `insert into indicators.selections (tenant_id, indicator_code) select $1, unnest($2::text[])
         on conflict do nothing`,
        [tenant.id, [...seed.follow, ...seed.custom.map((c) => c.code)]],
      );
      for (const o of seed.objectives) {
        await m.query(
          `insert into indicators.objectives (tenant_id, indicator_code, kind, base_year, target_year, target_value,
             change_percent, direction, source, validated_by, label)
           select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
            where not exists (select 1 from indicators.objectives
                               where tenant_id = $1 and indicator_code = $2 and label = $11)`,
          [
            tenant.id,
            o.code,
            o.kind,
            o.baseYear ?? null,
            o.targetYear ?? null,
            o.targetValue ?? null,
            o.changePercent ?? null,
            o.direction ?? null,
            o.source,
            o.validatedBy,
            o.label,
          ],
        );
      }
    });
  }
}
