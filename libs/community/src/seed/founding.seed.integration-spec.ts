import { UnitOfWork } from '@alliance/platform';
import type { SubgraphHarness } from '@alliance/testing';
import { communityHarness } from '../test/community-harness';
import { seedFoundingCommunities } from './founding.seed';

describe('the founding territories’ actors and coalitions', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await communityHarness().start();
  });
  afterAll(() => h?.stop());

  it('gives Brest the coalitions of TOMORROW and Rouen its COP21 coalition, once however often the seed runs', async () => {
    const brest = await h.factories.tenant('Brest métropole');
    const rouen = await h.factories.tenant('Métropole Rouen Normandie');
    const tenants = { brest: brest.id, rouen: rouen.id };
    await seedFoundingCommunities(h.dataSource, tenants);
    await seedFoundingCommunities(h.dataSource, tenants);
    const uow = new UnitOfWork(h.dataSource);

    const brestCoalitions: { name: string; members: string[] }[] = await uow.run(brest.id, (m) =>
      m.query(
        `select c.name, array_agg(o.name order by o.name) as members
           from community.coalitions c
           join community.coalition_members cm on cm.coalition_id = c.id
           join community.organisations o on o.id = cm.organisation_id
          group by c.id, c.name order by c.created_at, c.name`,
      ),
    );
    expect(brestCoalitions).toHaveLength(6);
    const lighting = brestCoalitions.find((c) => c.name.includes('éclairage nocturne'))!;
    expect(lighting.members).toEqual(
      expect.arrayContaining(['Base Navale', 'Préfecture maritime', 'Port de Brest', 'Brest métropole']),
    );
    expect(lighting.members).toHaveLength(8);

    const rouenActions: { title: string; barriers: string[]; levers: string[] }[] = await uow.run(
      rouen.id,
      (m) => m.query(`select title, barriers, levers from community.actions order by title`),
    );
    expect(rouenActions.map((a) => a.title)).toEqual([
      'Actions d’efficacité énergétique dans les process',
      'Déchets et matières',
      'Numérique responsable',
    ]);
    expect(rouenActions[0]).toMatchObject({
      barriers: ['Coûts', 'Quel retour sur investissement ?'],
      levers: ['Faire la promotion des audits énergétiques'],
    });
    // Brest's rows stay in Brest.
    const leaked = await uow.run(rouen.id, (m) =>
      m.query(`select count(*)::int as n from community.organisations where name = 'ENIB'`),
    );
    expect(leaked[0].n).toBe(0);
  });
});
