import { createSubgraphApp, TenantRole } from '@alliance/platform';
import { IdentityModule, identityEntities } from '@alliance/identity';
import { FOUNDING_CONFIGURATIONS, seedFoundingConfigurations } from '@alliance/territory';
import { errorCode, SubgraphHarness, type TestTenant } from '@alliance/testing';
import { createTerritoryApp } from './territory.app';

const ITEMS = `query ($k: CatalogueKind!, $a: Boolean) { catalogueItems(kind: $k, includeArchived: $a) { id code label position archived zoneKind geojson } }`;
const CREATE_ITEM = `mutation ($i: CreateCatalogueItemInput!) { createCatalogueItem(input: $i) { id code label position } }`;
const PLAN = `{ climatePlan { id parentId level code label position } }`;
const CREATE_PLAN = `mutation ($i: CreatePlanItemInput!) { createPlanItem(input: $i) { id code } }`;

describe('territory configuration', () => {
  let identity: SubgraphHarness;
  let territory: SubgraphHarness;

  async function tenantWithPeople(name: string) {
    const tenant = await identity.factories.tenant(name);
    const admin = await identity.factories.member(tenant, TenantRole.ADMIN);
    const member = await identity.factories.member(tenant, TenantRole.MEMBER);
    return {
      tenant,
      admin: (await identity.login(admin.email, tenant.slug)).accessToken,
      member: (await identity.login(member.email, tenant.slug)).accessToken,
    };
  }

  const auditActions = async (tenant: TestTenant) =>
    (
      await (
        await territory.owner()
      ).query(
        `select action from platform.audit_entries where tenant_id = $1 and action like 'territory.%' order by id`,
        [tenant.id],
      )
    ).map((r: { action: string }) => r.action);

  beforeAll(async () => {
    identity = await new SubgraphHarness((c) =>
      createSubgraphApp({ name: 'identity', feature: IdentityModule, entities: identityEntities, config: c }),
    ).start();
    territory = await new SubgraphHarness(createTerritoryApp).start();
  });
  afterAll(async () => {
    await territory?.stop();
    await identity?.stop();
  });

  it('a Brest admin builds its themes; a member reads them and may not change them', async () => {
    const { tenant, admin, member } = await tenantWithPeople('Brest métropole');
    const energie = (
      await territory.ok(CREATE_ITEM, { i: { kind: 'THEME', code: 'ENERGIE', label: 'Energie' } }, admin)
    ).createCatalogueItem;
    const mobilites = (
      await territory.ok(CREATE_ITEM, { i: { kind: 'THEME', code: 'MOBILITES', label: 'Mobilités' } }, admin)
    ).createCatalogueItem;
    expect([energie.position, mobilites.position]).toEqual([0, 1]);

    const read = await territory.ok(ITEMS, { k: 'THEME' }, member);
    expect(read.catalogueItems.map((i: { code: string }) => i.code)).toEqual(['ENERGIE', 'MOBILITES']);

    const refused = await territory.request(
      CREATE_ITEM,
      { i: { kind: 'THEME', code: 'SOLAIRE', label: 'Solaire' } },
      member,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await auditActions(tenant)).toEqual(['territory.theme.create', 'territory.theme.create']);
  });

  it('gives anyone the labels of a territory’s active words, for its public pages, and nothing archived', async () => {
    const { tenant, admin } = await tenantWithPeople('Grand Poitiers');
    const zone = { kind: 'ZONE', code: 'REPUBLIQUE', label: 'Parc de la République', zoneKind: 'ZAE' };
    await territory.ok(
      CREATE_ITEM,
      { i: { ...zone, geojson: '{"type":"Point","coordinates":[0.3,46.6]}' } },
      admin,
    );
    const old = (await territory.ok(CREATE_ITEM, { i: { kind: 'THEME', code: 'EAU', label: 'Eau' } }, admin))
      .createCatalogueItem;
    await territory.ok(CREATE_ITEM, { i: { kind: 'THEME', code: 'SOLS', label: 'Sols vivants' } }, admin);
    await territory.ok(
      `mutation ($id: ID!) { archiveCatalogueItem(id: $id) { archived } }`,
      { id: old.id },
      admin,
    );
    await territory.ok(
      CREATE_PLAN,
      { i: { level: 'AXIS', code: 'PO', label: 'Programme opérationnel' } },
      admin,
    );

    const words = await territory.ok(
      `query ($t: ID!) { publicVocabulary(tenantId: $t) { themes { code label } zones { code label geojson } climatePlan { code label } } }`,
      { t: tenant.id },
    );
    expect(words.publicVocabulary).toEqual({
      themes: [{ code: 'SOLS', label: 'Sols vivants' }],
      zones: [{ code: 'REPUBLIQUE', label: 'Parc de la République', geojson: null }],
      climatePlan: [{ code: 'PO', label: 'Programme opérationnel' }],
    });
  });

  it('renames without changing the id, reorders with the keyboard’s up/down, archives and restores', async () => {
    const { admin } = await tenantWithPeople('Grand Poitiers');
    const ids: string[] = [];
    for (const [code, label] of [
      ['EAU', 'Eau'],
      ['DECHETS', 'Déchets'],
      ['MOBILITE', 'Mobilité'],
    ]) {
      ids.push(
        (await territory.ok(CREATE_ITEM, { i: { kind: 'THEME', code, label } }, admin)).createCatalogueItem
          .id,
      );
    }
    const renamed = (
      await territory.ok(
        `mutation ($id: ID!) { updateCatalogueItem(id: $id, input: { label: "Gestion de l’eau", code: "EAU-GESTION" }) { id code label } }`,
        { id: ids[0] },
        admin,
      )
    ).updateCatalogueItem;
    expect(renamed).toEqual({ id: ids[0], code: 'EAU-GESTION', label: 'Gestion de l’eau' });

    const reordered = (
      await territory.ok(
        `mutation ($ids: [ID!]!) { reorderCatalogueItems(kind: THEME, ids: $ids) { id position } }`,
        { ids: [ids[1], ids[0], ids[2]] },
        admin,
      )
    ).reorderCatalogueItems;
    expect(reordered.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[0], ids[2]]);

    const partial = await territory.request(
      `mutation ($ids: [ID!]!) { reorderCatalogueItems(kind: THEME, ids: $ids) { id } }`,
      { ids: [ids[0], ids[1]] },
      admin,
    );
    expect(errorCode(partial)).toBe('BAD_USER_INPUT');
    expect(partial.errors?.[0]?.message).toContain('« Mobilité »');

    await territory.ok(
      `mutation ($id: ID!) { archiveCatalogueItem(id: $id) { archived } }`,
      { id: ids[1] },
      admin,
    );
    const active = await territory.ok(ITEMS, { k: 'THEME' }, admin);
    expect(active.catalogueItems.map((i: { id: string }) => i.id)).toEqual([ids[0], ids[2]]);
    const all = await territory.ok(ITEMS, { k: 'THEME', a: true }, admin);
    expect(all.catalogueItems).toHaveLength(3);
    const restored = await territory.ok(
      `mutation ($id: ID!) { archiveCatalogueItem(id: $id, archived: false) { archived position } }`,
      { id: ids[1] },
      admin,
    );
    expect(restored.archiveCatalogueItem).toEqual({ archived: false, position: 3 });
  });

  it('refuses a duplicate code naming it, and keeps zone details to zones', async () => {
    const { admin, tenant } = await tenantWithPeople('Rouen');
    await territory.ok(CREATE_ITEM, { i: { kind: 'SECTOR', code: 'INDUSTRIE', label: 'Industrie' } }, admin);
    const duplicate = await territory.request(
      CREATE_ITEM,
      { i: { kind: 'SECTOR', code: 'INDUSTRIE', label: 'Industrie lourde' } },
      admin,
    );
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors?.[0]?.message).toBe(
      'Le code « INDUSTRIE » est déjà utilisé par « Industrie » dans les secteurs.',
    );
    expect(duplicate.errors?.[0]?.extensions?.field).toBe('code');
    // The same code in another list is another item.
    await territory.ok(CREATE_ITEM, { i: { kind: 'THEME', code: 'INDUSTRIE', label: 'Industrie' } }, admin);

    const noKind = await territory.request(
      CREATE_ITEM,
      { i: { kind: 'ZONE', code: 'ZAE1', label: 'ZAE' } },
      admin,
    );
    expect(noKind.errors?.[0]?.extensions?.field).toBe('zoneKind');
    const badShape = await territory.request(
      CREATE_ITEM,
      { i: { kind: 'ZONE', code: 'ZAE1', label: 'ZAE', zoneKind: 'ZAE', geojson: '{"type":"Cercle"}' } },
      admin,
    );
    expect(badShape.errors?.[0]?.message).toContain('« Cercle »');
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-4.5, 48.4],
          [-4.4, 48.4],
          [-4.4, 48.3],
          [-4.5, 48.4],
        ],
      ],
    };
    await territory.ok(
      CREATE_ITEM,
      {
        i: {
          kind: 'ZONE',
          code: 'TECHNOPOLE',
          label: 'Technopôle',
          zoneKind: 'ZAE',
          geojson: JSON.stringify(polygon),
        },
      },
      admin,
    );
    const zones = (await territory.ok(ITEMS, { k: 'ZONE' }, admin)).catalogueItems;
    expect(zones).toHaveLength(1);
    expect(JSON.parse(zones[0].geojson)).toEqual(polygon);
    const rows = await (
      await territory.owner()
    ).query(`select count(*)::int as n from territory.catalogue_items where tenant_id = $1`, [tenant.id]);
    expect(rows[0].n).toBe(3);
  });

  it('builds the plan tree and refuses a cycle, naming the codes, without changing anything', async () => {
    const { admin } = await tenantWithPeople('Grand Poitiers');
    const axis = (
      await territory.ok(
        CREATE_PLAN,
        { i: { level: 'AXIS', code: 'AX1', label: 'Mobiliser les acteurs' } },
        admin,
      )
    ).createPlanItem;
    const stake = (
      await territory.ok(
        CREATE_PLAN,
        {
          i: {
            level: 'STAKE',
            code: '9',
            label: 'Sensibiliser et accompagner les acteurs du territoire',
            parentId: axis.id,
          },
        },
        admin,
      )
    ).createPlanItem;
    const subStake = (
      await territory.ok(
        CREATE_PLAN,
        { i: { level: 'STAKE', code: '9.1', label: 'Accompagner les entreprises', parentId: stake.id } },
        admin,
      )
    ).createPlanItem;
    const action = (
      await territory.ok(
        CREATE_PLAN,
        {
          i: {
            level: 'ACTION',
            code: '9.1.1',
            label: 'Référentiel d’auto-évaluation',
            parentId: subStake.id,
          },
        },
        admin,
      )
    ).createPlanItem;

    const before = (await territory.ok(PLAN, {}, admin)).climatePlan;
    const cycle = await territory.request(
      `mutation ($id: ID!, $p: ID!) { updatePlanItem(id: $id, input: { parentId: $p }) { id } }`,
      { id: stake.id, p: subStake.id },
      admin,
    );
    expect(errorCode(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors?.[0]?.message).toContain('9 → 9.1 → 9');
    expect((await territory.ok(PLAN, {}, admin)).climatePlan).toEqual(before);

    const underAction = await territory.request(
      CREATE_PLAN,
      { i: { level: 'ACTION', code: '9.1.1.a', label: 'Sous-action', parentId: action.id } },
      admin,
    );
    expect(underAction.errors?.[0]?.message).toContain('« 9.1.1 » est une action');
    const duplicate = await territory.request(
      CREATE_PLAN,
      { i: { level: 'STAKE', code: '9', label: 'Doublon', parentId: axis.id } },
      admin,
    );
    expect(errorCode(duplicate)).toBe('CONFLICT');

    const busy = await territory.request(
      `mutation ($id: ID!) { archivePlanItem(id: $id) { id } }`,
      { id: stake.id },
      admin,
    );
    expect(busy.errors?.[0]?.message).toContain('« 9.1 — Accompagner les entreprises »');

    // Moving the action up to the stake keeps its id; it goes last among its new siblings.
    const moved = await territory.ok(
      `mutation ($id: ID!, $p: ID!) { updatePlanItem(id: $id, input: { parentId: $p }) { id parentId position } }`,
      { id: action.id, p: stake.id },
      admin,
    );
    expect(moved.updatePlanItem).toEqual({ id: action.id, parentId: stake.id, position: 1 });
    const order = await territory.ok(
      `mutation ($p: ID, $ids: [ID!]!) { reorderPlanItems(parentId: $p, ids: $ids) { code } }`,
      { p: stake.id, ids: [action.id, subStake.id] },
      admin,
    );
    expect(order.reorderPlanItems.map((i: { code: string }) => i.code)).toEqual(['9.1.1', '9.1']);
  });

  it('objectives name their theme, and refuse a horizon outside 2000–2100', async () => {
    const { admin, member } = await tenantWithPeople('Brest métropole');
    const energie = (
      await territory.ok(CREATE_ITEM, { i: { kind: 'THEME', code: 'ENERGIE', label: 'Energie' } }, admin)
    ).createCatalogueItem;
    const create = `mutation ($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }`;
    await territory.ok(
      create,
      {
        i: {
          code: 'ENERGIE-2050',
          label: 'Diviser par 2 les consommations',
          horizonYear: 2050,
          target: '-50 %',
          themeId: energie.id,
        },
      },
      admin,
    );
    await territory.ok(
      create,
      {
        i: {
          code: 'ENR-2030',
          label: 'Couvrir 30 % des besoins',
          horizonYear: 2030,
          target: '30 %',
          themeId: energie.id,
        },
      },
      admin,
    );
    const badYear = await territory.request(
      create,
      { i: { code: 'X', label: 'Trop tard', horizonYear: 2300, target: '0' } },
      admin,
    );
    expect(badYear.errors?.[0]?.extensions?.field).toBe('horizonYear');
    const list = (
      await territory.ok(`{ territorialObjectives { code horizonYear theme { code label } } }`, {}, member)
    ).territorialObjectives;
    expect(list).toEqual([
      { code: 'ENERGIE-2050', horizonYear: 2050, theme: { code: 'ENERGIE', label: 'Energie' } },
      { code: 'ENR-2030', horizonYear: 2030, theme: { code: 'ENERGIE', label: 'Energie' } },
    ]);
  });

  it('configures a founding territory from its seed document, and a second run changes nothing', async () => {
    const { tenant, member } = await tenantWithPeople('Brest métropole');
    await seedFoundingConfigurations(territory.dataSource, { brest: tenant.id });
    await seedFoundingConfigurations(territory.dataSource, { brest: tenant.id });
    const themes = (await territory.ok(ITEMS, { k: 'THEME' }, member)).catalogueItems;
    const sectors = (await territory.ok(ITEMS, { k: 'SECTOR' }, member)).catalogueItems;
    expect(themes).toHaveLength(17);
    expect(sectors).toHaveLength(16);
    expect(themes[0].label).toBe('Energie');
    expect(themes.map((t: { label: string }) => t.label)).toEqual(
      FOUNDING_CONFIGURATIONS.brest!.themes.map((t) => t.label),
    );
    const objectives = (
      await territory.ok(`{ territorialObjectives { code horizonYear target theme { code } } }`, {}, member)
    ).territorialObjectives;
    expect(objectives.map((o: { horizonYear: number }) => o.horizonYear)).toEqual([2050, 2050, 2030]);
    expect(objectives[0].theme).toEqual({ code: 'ENERGIE' });
  });
});
