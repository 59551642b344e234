import { type SubgraphHarness } from '@alliance/testing';
import { assessmentHarness } from '../test/assessment-harness';
import { GRAND_POITIERS_REFERENTIAL_CODE, seedAssessment } from './grand-poitiers.seed';

describe('seed: Grand Poitiers’ seven-field referential and its toolbox', () => {
  let harness: SubgraphHarness;

  beforeAll(async () => {
    harness = await assessmentHarness().start();
  });

  afterAll(() => harness?.stop());

  it('publishes the referential with its scale and links the toolbox, once', async () => {
    const poitiers = await harness.factories.tenant('Grand Poitiers');
    await seedAssessment(harness.dataSource, { 'grand-poitiers': poitiers.id });
    await seedAssessment(harness.dataSource, { 'grand-poitiers': poitiers.id });
    const owner = await harness.owner();
    const versions = await owner.query(
      `select v.status, (select count(*)::int from assessment.referential_nodes n where n.version_id = v.id) as nodes,
              (select count(*)::int from assessment.maturity_levels l where l.version_id = v.id) as levels
         from assessment.referential_versions v join assessment.referentials r on r.id = v.referential_id
        where r.tenant_id = $1 and r.code = $2`,
      [poitiers.id, GRAND_POITIERS_REFERENTIAL_CODE],
    );
    expect(versions).toEqual([{ status: 'published', nodes: 27, levels: 5 }]);
    const domains = await owner.query(
      `select title from assessment.referential_nodes where tenant_id = $1 and parent_code is null order by position`,
      [poitiers.id],
    );
    expect(domains.map((d: { title: string }) => d.title)).toEqual([
      'Pilotage de la performance environnementale',
      'Énergie',
      'Déchets',
      'Mobilité',
      'Alimentation durable',
      'Eau',
      'Biodiversité',
    ]);
    const [links] = await owner.query(
      `select count(*)::int as n from assessment.resource_links where tenant_id = $1`,
      [poitiers.id],
    );
    expect(links.n).toBe(9);
  });
});
