import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { assessmentEntities } from '../assessment.entities';
import { UnitOfWork } from '@alliance/platform';
import { readReferentialCsv, type ReferentialImport } from '../referential/referential-csv';
import { ReferentialVersionStatus } from '../referential/referential.entity';
import {
  MaturityLevelRepository,
  ReferentialNodeRepository,
  ReferentialRepository,
  ReferentialVersionRepository,
} from '../referential/referential.repository';
import { DEFAULT_SCALE } from '../referential/referential.service';
import { ResourceKind } from '../toolbox/toolbox.entity';
import { ResourceLinkRepository, ToolboxResourceRepository } from '../toolbox/toolbox.repository';

export const GRAND_POITIERS_REFERENTIAL_CODE = 'maturite-transition';
const CSV_PATH = resolve(__dirname, '../../data/grand-poitiers-maturite.csv');

/** The toolbox of the device (seed 001_), each resource with the criteria it answers and up to which level. */
const RESOURCES: {
  kind: ResourceKind;
  title: string;
  description: string;
  url: string;
  themes: string[];
  links: [criterion: string, maxLevel: number][];
}[] = [
  {
    kind: ResourceKind.GUIDE,
    title: 'Réaliser son bilan de gaz à effet de serre',
    description: 'Méthode pas à pas et outils gratuits pour un premier bilan des émissions.',
    url: 'https://bilans-ges.ademe.fr/',
    themes: ['PILOTAGE-DE-LA-PERFORMANCE-ENVIRONNEMENTALE'],
    links: [['1.2', 2]],
  },
  {
    kind: ResourceKind.FINANCING,
    title: 'Aides de l’ADEME aux entreprises',
    description: 'Financements des études et des investissements de sobriété et d’énergies renouvelables.',
    url: 'https://agirpourlatransition.ademe.fr/entreprises/',
    themes: ['ENERGIE'],
    links: [
      ['2.3', 2],
      ['2.4', 2],
    ],
  },
  {
    kind: ResourceKind.CONTACT,
    title: 'Conseiller énergie de Grand Poitiers',
    description: 'Un premier rendez-vous gratuit pour lire ses factures et prioriser ses travaux.',
    url: 'https://www.grandpoitiers.fr/',
    themes: ['ENERGIE'],
    links: [
      ['2.1', 2],
      ['2.2', 1],
    ],
  },
  {
    kind: ResourceKind.TRAINING,
    title: 'Atelier « Trier ses biodéchets »',
    description: 'Deux heures pour organiser le tri à la source et trouver une filière de compostage.',
    url: 'https://www.grandpoitiers.fr/',
    themes: ['DECHETS'],
    links: [
      ['3.1', 1],
      ['3.2', 2],
    ],
  },
  {
    kind: ResourceKind.GUIDE,
    title: 'Construire son plan de mobilité employeur',
    description: 'Diagnostic des déplacements, mesures types et forfait mobilités durables.',
    url: 'https://www.francemobilites.fr/',
    themes: ['MOBILITE'],
    links: [
      ['4.1', 2],
      ['4.2', 1],
    ],
  },
];

/**
 * Grand Poitiers' published seven-field referential and its toolbox. Safe to run at every start: a
 * territory that already has the referential is left as it is.
 */
export async function seedAssessment(
  dataSource: DataSource,
  tenantIds: Record<string, string>,
): Promise<void> {
  const tenantId = tenantIds['grand-poitiers'];
  if (!tenantId) return;
  const read = readReferentialCsv(readFileSync(CSV_PATH, 'utf8'));
  if ('problems' in read) throw new Error(`${CSV_PATH}: ${JSON.stringify(read.problems)}`);
  // The caller's connection knows no entity (each context seeds its own): open one that knows ours.
  const own = await new DataSource({
    ...(dataSource.options as DataSourceOptions),
    entities: assessmentEntities,
  } as DataSourceOptions).initialize();
  try {
    await seedGrandPoitiers(new UnitOfWork(own), tenantId, read.import);
  } finally {
    await own.destroy();
  }
}

async function seedGrandPoitiers(uow: UnitOfWork, tenantId: string, csv: ReferentialImport): Promise<void> {
  await uow.run(tenantId, async () => {
    const referentials = new ReferentialRepository(uow);
    if (await referentials.findOne({ code: GRAND_POITIERS_REFERENTIAL_CODE })) return;
    const versions = new ReferentialVersionRepository(uow);
    const referential = await referentials.insert({
      code: GRAND_POITIERS_REFERENTIAL_CODE,
      title: 'Maturité des acteurs dans la transition écologique',
      description:
        'Le référentiel d’auto-évaluation du dispositif de Grand Poitiers : sept champs de la transition, pour les entreprises, les associations et les établissements publics.',
    });
    const version = await versions.insert({
      referentialId: referential.id,
      number: 1,
      status: ReferentialVersionStatus.DRAFT,
      csvColumns: csv.columns,
      publishedAt: null,
    });
    await new ReferentialNodeRepository(uow).replaceTree(
      version.id,
      csv.rows.map(({ line: _line, ...row }) => row),
    );
    await new MaturityLevelRepository(uow).replaceScale(version.id, DEFAULT_SCALE);
    version.status = ReferentialVersionStatus.PUBLISHED;
    version.publishedAt = new Date();
    await versions.save(version);

    const resources = new ToolboxResourceRepository(uow);
    const links = new ResourceLinkRepository(uow);
    for (const { links: targets, ...resource } of RESOURCES) {
      const created = await resources.insert(resource);
      for (const [criterionCode, maxLevel] of targets) {
        await links.insert({
          resourceId: created.id,
          referentialId: referential.id,
          criterionCode,
          maxLevel,
        });
      }
    }
  });
}
