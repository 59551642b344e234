import { UnitOfWork } from '@alliance/platform';
import { type SubgraphHarness } from '@alliance/testing';
import { indicatorsHarness } from '../test/indicators-harness';
import { seedIndicatorObjectives } from './objectives.seed';

describe('seeded objectives', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await indicatorsHarness().start();
  });
  afterAll(() => h.stop());

  it('gives Clermont and Brest the objectives of their documents, once however often the seed runs', async () => {
    const clermont = await h.factories.tenant('Clermont Auvergne Métropole');
    const brest = await h.factories.tenant('Brest métropole');
    const tenants = [
      { id: clermont.id, slug: 'clermont' },
      { id: brest.id, slug: 'brest' },
    ];
    await seedIndicatorObjectives(h.dataSource, tenants);
    await seedIndicatorObjectives(h.dataSource, tenants);
    const uow = new UnitOfWork(h.dataSource);
    const clermontObjectives: { indicator_code: string; source: string; change_percent: string }[] =
      await uow.run(clermont.id, (m) => m.query(`select * from indicators.objectives`));
    // GHG, five pollutants × (PREPA, PPA), land take × 2, eleven biodiversity directions.
    expect(clermontObjectives).toHaveLength(1 + 10 + 2 + 11);
    expect(
      clermontObjectives.find((o) => o.indicator_code === 'cae_4.c' && o.source === 'PPA')?.change_percent,
    ).toBe('-50');
    const brestObjectives: { label: string }[] = await uow.run(brest.id, (m) =>
      m.query(`select label from indicators.objectives order by label`),
    );
    expect(brestObjectives.map((o) => o.label)).toEqual([
      '30 % d’énergies renouvelables en 2030',
      'Diviser par 2 les consommations d’énergie d’ici 2050',
      'Diviser par 4 les émissions de gaz à effet de serre d’ici 2050',
    ]);
  });
});
