import type { DataSource } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';
import { coded, type ConfigurationDocument } from '../configuration/configuration-document';
import { validateDocument } from '../configuration/configuration-validation';
import { ConfigurationRepository } from '../configuration/configuration.repository';

const NONE = { themes: [], sectors: [], zones: [], organisationTypes: [], plan: [], objectives: [] };

/** Each founding territory's configuration, as its own seed document states it. */
export const FOUNDING_CONFIGURATIONS: Record<
  'brest' | 'grand-poitiers' | 'rouen' | 'clermont',
  ConfigurationDocument
> = {
  // TOMORROW: coalitions form around a theme of the climate plan, a zone or a sector.
  brest: {
    ...NONE,
    themes: coded(
      'Energie',
      'Mobilités',
      'Solaire',
      'Eclairage',
      'Déchets',
      'Bâtiment',
      'Eco-matériaux',
      'Achats',
      'RSE',
      'Alimentation',
      'Développement durable',
      'Economie circulaire',
      'Circuits-courts',
      'Numérique',
      'Imaginaires',
      'Sensibilisation',
      'Changements de comportements',
    ),
    sectors: coded(
      'Tertiaire',
      'Industrie navale',
      'Evènementiel',
      'Santé',
      'Enseignement supérieur',
      'Numérique',
      'Construction',
      'Immobilier',
      'Tourisme',
      'Culture',
      'Agriculture',
      'Commerçants',
      'Sport',
      'Agroalimentaire',
      'Economie sociale et solidaire',
      'Transports - Logistique',
    ),
    zones: [{ code: 'TECHNOPOLE', label: 'Zone du Technopôle', zoneKind: 'zae' }],
    organisationTypes: coded(
      'Entreprises',
      'Associations',
      'Institutions',
      'Etablissements publics',
      'Collectivités',
      'Clubs, réseaux',
    ),
    plan: [{ code: 'PCAET', label: 'Plan Climat Air Energie Territorial', level: 'axis' }],
    objectives: [
      {
        code: 'ENERGIE-2050',
        label: 'Diviser par 2 les consommations d’énergie',
        horizonYear: 2050,
        target: '-50 %',
        theme: 'ENERGIE',
      },
      {
        code: 'GES-2050',
        label: 'Diviser par 4 les émissions de gaz à effet de serre',
        horizonYear: 2050,
        target: '-75 %',
        theme: null,
      },
      {
        code: 'ENR-2030',
        label: 'Couvrir 30 % des besoins par les énergies renouvelables produites sur le territoire',
        horizonYear: 2030,
        target: '30 %',
        theme: 'ENERGIE',
      },
    ],
  },
  // The self-assessment referential's seven fields, and the plan's stake n°9 the programme serves.
  'grand-poitiers': {
    ...NONE,
    themes: coded(
      'Pilotage de la performance environnementale',
      'Energie',
      'Déchets',
      'Mobilité',
      'Alimentation durable',
      'Eau',
      'Biodiversité',
    ),
    organisationTypes: coded('Entreprises', 'Associations', 'Etablissements publics'),
    plan: [
      { code: 'PO-2025-2031', label: 'Programme opérationnel du PCAET 2025-2031', level: 'axis' },
      {
        code: '9',
        label: 'Sensibiliser et accompagner les acteurs du territoire',
        level: 'stake',
        parent: 'PO-2025-2031',
      },
    ],
  },
  // COP21 coalition « industrie, tertiaire, artisanat »: the PCAET commitments and the action categories.
  rouen: {
    ...NONE,
    themes: coded('Efficacité énergétique des process', 'Numérique responsable', 'Déchets et matières'),
    sectors: coded('Industrie', 'Tertiaire', 'Artisanat'),
    organisationTypes: coded(
      'Entreprises',
      'Chambres consulaires',
      'Associations',
      'Filières',
      'Clubs d’entreprises',
      'Communes',
      'Administrations',
    ),
    plan: [
      { code: 'DECHETS', label: 'Déchets', level: 'axis' },
      {
        code: 'DECHETS.1',
        label: 'Soutenir et accompagner les acteurs du territoire dans la démarche « zéro déchets »',
        level: 'action',
        parent: 'DECHETS',
      },
      {
        code: 'DECHETS.2',
        label: 'Promouvoir et soutenir l’allongement de la durée de vie des produits',
        level: 'action',
        parent: 'DECHETS',
      },
      {
        code: 'DECHETS.3',
        label: 'Réduire la production de déchets sur le territoire',
        level: 'action',
        parent: 'DECHETS',
      },
      { code: 'BATIMENTS', label: 'Bâtiments tertiaires', level: 'axis' },
      {
        code: 'BATIMENTS.1',
        label: 'Soutenir et accompagner la rénovation énergétique des bâtiments tertiaires',
        level: 'action',
        parent: 'BATIMENTS',
      },
      { code: 'ENRR', label: 'Energies renouvelables et de récupération', level: 'axis' },
      {
        code: 'ENRR.1',
        label: 'Accompagner les acteurs du territoire dans le développement des projets EnR&R',
        level: 'action',
        parent: 'ENRR',
      },
      {
        code: 'ENRR.2',
        label: 'Structurer et développer les filières EnR&R',
        level: 'action',
        parent: 'ENRR',
      },
      {
        code: 'ENRR.3',
        label: 'Structurer et développer les réseaux de distribution de l’énergie',
        level: 'action',
        parent: 'ENRR',
      },
      { code: 'EXEMPLARITE', label: 'Exemplarité de la collectivité', level: 'axis' },
      {
        code: 'EXEMPLARITE.1',
        label: 'Renforcer l’exemplarité dans le fonctionnement de la collectivité',
        level: 'action',
        parent: 'EXEMPLARITE',
      },
      {
        code: 'EXEMPLARITE.2',
        label:
          'Poursuivre l’intégration de critères et clauses environnementaux dans le fonctionnement interne des services',
        level: 'action',
        parent: 'EXEMPLARITE',
      },
    ],
    objectives: [
      {
        code: 'ENR-2050',
        label: 'Un modèle « 100 % énergie renouvelable »',
        horizonYear: 2050,
        target: '100 %',
      },
      {
        code: 'GES-2050',
        label: 'Réduire les émissions de gaz à effet de serre',
        horizonYear: 2050,
        target: '-80 %',
      },
    ],
  },
  // The seven work axes the first group of actors brought out.
  clermont: {
    ...NONE,
    plan: [
      { code: 'GES', label: 'Émission de GES', level: 'axis' },
      { code: 'ENERGIE', label: 'Consommation d’énergie', level: 'axis' },
      { code: 'POLLUANTS', label: 'Émission de polluants atmosphériques', level: 'axis' },
      { code: 'ADAPTATION', label: 'Adaptation au changement climatique', level: 'axis' },
      { code: 'BIODIVERSITE', label: 'Préservation de la biodiversité', level: 'axis' },
      { code: 'SOLS', label: 'Artificialisation des sols', level: 'axis' },
      { code: 'SOLIDARITE', label: 'Transition solidaire', level: 'axis' },
    ],
  },
};

/**
 * Configures the founding territories found among `tenantIds` (slug to id) from their documents. Safe to
 * run at every start: an item whose code exists is left as the territory's admins made it.
 */
export async function seedFoundingConfigurations(
  dataSource: DataSource,
  tenantIds: Record<string, string>,
): Promise<void> {
  const uow = new UnitOfWork(dataSource);
  const writer = new ConfigurationRepository(uow);
  for (const [slug, doc] of Object.entries(FOUNDING_CONFIGURATIONS)) {
    const tenantId = tenantIds[slug];
    if (!tenantId) continue;
    validateDocument(doc);
    await uow.run(tenantId, () => writer.applyMissing(doc));
  }
}
