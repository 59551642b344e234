import type { DataSource } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';
import type { ConfigurationDocument } from '../configuration/configuration-document';
import { validateDocument } from '../configuration/configuration-validation';
import { FOUNDING_CONFIGURATIONS } from './founding.seed';

/** Zones belong to one place; a template carries everything else of a founding territory's configuration. */
const withoutZones = (doc: ConfigurationDocument): ConfigurationDocument => ({ ...doc, zones: [] });

export const SHIPPED_TEMPLATES: {
  code: string;
  name: string;
  description: string;
  document: ConfigurationDocument;
}[] = [
  {
    code: 'tomorrow-brest',
    name: 'Coalitions d’acteurs (TOMORROW, Brest métropole)',
    description:
      'Les 17 thèmes et 16 secteurs des coalitions de Brest, ses types d’organisation et ses trois objectifs 2030 et 2050.',
    document: withoutZones(FOUNDING_CONFIGURATIONS.brest),
  },
  {
    code: 'assett-poitiers',
    name: 'Engagement des acteurs socio-économiques (ASSETT, Grand Poitiers)',
    description:
      'Les 7 champs du référentiel d’auto-évaluation de Grand Poitiers comme thèmes, les publics visés et l’enjeu n°9 du PCAET.',
    document: withoutZones(FOUNDING_CONFIGURATIONS['grand-poitiers']),
  },
  {
    code: 'cop21-rouen',
    name: 'Coalition « industrie, tertiaire, artisanat » (COP21, Rouen)',
    description:
      'Les catégories d’actions de la coalition de Rouen, ses secteurs, et les engagements du PCAET en axes et actions.',
    document: withoutZones(FOUNDING_CONFIGURATIONS.rouen),
  },
  {
    code: 'alliance-clermont',
    name: 'Alliance pour la transition écologique et solidaire (Clermont)',
    description: 'Les 7 axes de travail de l’Alliance de Clermont Auvergne Métropole.',
    document: withoutZones(FOUNDING_CONFIGURATIONS.clermont),
  },
];

/** Ships the library's first templates. Safe at every start: a template whose code exists is left alone. */
export async function seedConfigurationTemplates(dataSource: DataSource): Promise<void> {
  const uow = new UnitOfWork(dataSource);
  for (const template of SHIPPED_TEMPLATES) {
    validateDocument(template.document);
    await uow.run(null, async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `insert into territory.templates (code, name, description) values ($1, $2, $3)
         on conflict (code) do nothing returning id`,
        [template.code, template.name, template.description],
      );
      const id = rows[0]?.id;
      if (!id) return;
      await manager.query(
        `insert into territory.template_versions (template_id, version, document, note) values ($1, 1, $2, $3)`,
        [id, JSON.stringify(template.document), 'Version tirée des documents du territoire fondateur.'],
      );
    });
  }
}
