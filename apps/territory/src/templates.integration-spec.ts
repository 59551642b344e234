import { createSubgraphApp, TenantRole } from '@alliance/platform';
import { IdentityModule, identityEntities } from '@alliance/identity';
import { FOUNDING_CONFIGURATIONS, seedFoundingConfigurations } from '@alliance/territory';
import { errorCode, SubgraphHarness } from '@alliance/testing';
import { createTerritoryApp } from './territory.app';

const EXPORT = `{ exportConfiguration }`;
const IMPORT = `mutation ($d: String!) { importConfiguration(document: $d) }`;
const TEMPLATES = `{ configurationTemplates { id code name versions { version } } }`;
const CREATE_TEMPLATE = `mutation ($i: CreateTemplateInput!) { createConfigurationTemplate(input: $i) { id code } }`;
const PUBLISH = `mutation ($t: ID!, $d: String!, $n: String) { publishConfigurationTemplateVersion(templateId: $t, document: $d, note: $n) { version } }`;
const APPLY = `mutation ($t: ID!, $v: Int) { applyConfigurationTemplate(templateId: $t, version: $v) }`;
const ORIGIN = `{ configurationOrigin { templateName version latestVersion differences { list code change label } } }`;

describe('configuration documents and the template library', () => {
  let identity: SubgraphHarness;
  let territory: SubgraphHarness;
  let operator: string;
  let consultantEmail: string;

  async function admin(name: string) {
    const tenant = await identity.factories.tenant(name);
    const person = await identity.factories.member(tenant, TenantRole.ADMIN);
    return { tenant, token: (await identity.login(person.email, tenant.slug)).accessToken };
  }

  const rowCount = async (tenantId: string) =>
    (
      await (
        await territory.owner()
      ).query(
        `select (select count(*) from territory.catalogue_items where tenant_id = $1)
              + (select count(*) from territory.plan_items where tenant_id = $1)
              + (select count(*) from territory.objectives where tenant_id = $1) as n`,
        [tenantId],
      )
    )[0].n;

  beforeAll(async () => {
    identity = await new SubgraphHarness((c) =>
      createSubgraphApp({ name: 'identity', feature: IdentityModule, entities: identityEntities, config: c }),
    ).start();
    territory = await new SubgraphHarness(createTerritoryApp).start();
    const op = await identity.factories.user({ platformRoles: ['operator'] });
    operator = (await identity.login(op.email)).accessToken;
    consultantEmail = (await identity.factories.consultantServing(await identity.factories.tenant())).email;
  });
  afterAll(async () => {
    await territory?.stop();
    await identity?.stop();
  });

  it('exports a configuration, imports it elsewhere, and exports the same document again', async () => {
    const brest = await admin('Brest métropole');
    await seedFoundingConfigurations(territory.dataSource, { brest: brest.tenant.id });
    await territory.ok(
      `mutation { createCatalogueItem(input: { kind: ZONE, code: "PORT", label: "Port de commerce", zoneKind: ZAE, geojson: "{\\"type\\":\\"Point\\",\\"coordinates\\":[-4.47,48.38]}" }) { id } }`,
      {},
      brest.token,
    );
    const exported = (await territory.ok(EXPORT, {}, brest.token)).exportConfiguration;
    const document = JSON.parse(exported);
    expect(document.formatVersion).toBe(1);
    expect(document.themes).toHaveLength(17);
    expect(JSON.stringify(document)).not.toMatch(/"id"/);

    const copy = await admin('Territoire lauréat');
    const imported = (await territory.ok(IMPORT, { d: exported }, copy.token)).importConfiguration;
    expect(imported).toBe(exported);
    expect((await territory.ok(EXPORT, {}, copy.token)).exportConfiguration).toBe(exported);
  });

  it('refuses another format version, unknown references and a cycle, naming them, and imports nothing', async () => {
    const target = await admin('Territoire lauréat');
    const base = { formatVersion: 1, ...FOUNDING_CONFIGURATIONS.brest!, zones: [] };
    const cases: [unknown, string][] = [
      [{ ...base, formatVersion: 2 }, 'format « 2 »'],
      [
        { ...base, objectives: [{ code: 'X', label: 'X', horizonYear: 2030, target: '1', theme: 'CLIMAT' }] },
        'le thème « CLIMAT » n’existe pas',
      ],
      [
        {
          ...base,
          plan: [
            { code: 'AX', label: 'Axe', level: 'axis' },
            { code: 'E1', label: 'Un', level: 'stake', parent: 'E2' },
            { code: 'E2', label: 'Deux', level: 'stake', parent: 'E1' },
          ],
        },
        'E1 → E2 → E1',
      ],
      [{ ...base, sectors: [...base.sectors, base.sectors[0]] }, 'est en double'],
    ];
    for (const [doc, message] of cases) {
      const result = await territory.request(IMPORT, { d: JSON.stringify(doc) }, target.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(message);
    }
    expect(Number(await rowCount(target.tenant.id))).toBe(0);

    await territory.ok(IMPORT, { d: JSON.stringify(base) }, target.token);
    const again = await territory.request(IMPORT, { d: JSON.stringify(base) }, target.token);
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('lets operators publish templates that consultants read; a new version leaves earlier territories alone', async () => {
    const shipped = (await territory.ok(TEMPLATES, {}, operator)).configurationTemplates;
    expect(shipped.map((t: { code: string }) => t.code)).toEqual(
      expect.arrayContaining(['tomorrow-brest', 'assett-poitiers', 'cop21-rouen', 'alliance-clermont']),
    );
    const consultant = (await identity.login(consultantEmail)).accessToken;
    expect((await territory.ok(TEMPLATES, {}, consultant)).configurationTemplates.length).toBe(
      shipped.length,
    );
    const member = await admin('Brest métropole');
    expect(errorCode(await territory.request(TEMPLATES, {}, member.token))).toBe('FORBIDDEN');

    const v1 = {
      formatVersion: 1,
      themes: [
        { code: 'ENERGIE', label: 'Énergie' },
        { code: 'MOBILITE', label: 'Mobilité' },
      ],
      sectors: [],
      zones: [],
      organisationTypes: [],
      plan: [{ code: 'AX1', label: 'Axe 1', level: 'axis' }],
      objectives: [],
    };
    const code = `modele-${Date.now()}`;
    const refused = await territory.request(
      CREATE_TEMPLATE,
      { i: { code, name: 'Modèle', document: JSON.stringify(v1) } },
      consultant,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const template = (
      await territory.ok(
        CREATE_TEMPLATE,
        { i: { code, name: 'Modèle', document: JSON.stringify(v1) } },
        operator,
      )
    ).createConfigurationTemplate;

    const laureate = await admin('Territoire lauréat');
    await territory.ok(APPLY, { t: template.id }, laureate.token);
    await territory.ok(
      `mutation { createCatalogueItem(input: { kind: THEME, code: "EAU", label: "Eau" }) { id } }`,
      {},
      laureate.token,
    );

    const v2 = { ...v1, themes: [...v1.themes, { code: 'DECHETS', label: 'Déchets' }] };
    expect(
      (await territory.ok(PUBLISH, { t: template.id, d: JSON.stringify(v2), n: 'Déchets' }, operator))
        .publishConfigurationTemplateVersion.version,
    ).toBe(2);
    const themes = (await territory.ok(`{ catalogueItems(kind: THEME) { code } }`, {}, laureate.token))
      .catalogueItems;
    expect(themes.map((t: { code: string }) => t.code)).toEqual(['ENERGIE', 'MOBILITE', 'EAU']);

    const origin = (await territory.ok(ORIGIN, {}, laureate.token)).configurationOrigin;
    expect(origin).toEqual({
      templateName: 'Modèle',
      version: 1,
      latestVersion: 2,
      differences: [{ list: 'themes', code: 'EAU', change: 'ADDED', label: 'Eau' }],
    });
  });
});
