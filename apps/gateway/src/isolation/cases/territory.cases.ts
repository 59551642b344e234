import { codeOf, type IsolationWorld } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

interface PoitiersConfiguration {
  themeId: string;
  axisId: string;
  objectiveId: string;
}

const built = new WeakMap<IsolationWorld, Promise<PoitiersConfiguration>>();

/** Grand Poitiers' own theme, plan axis and objective, made once per world by its admin. */
function poitiersConfiguration(w: IsolationWorld): Promise<PoitiersConfiguration> {
  let pending = built.get(w);
  if (!pending) {
    pending = (async () => {
      const token = w.poitiersAdmin.token;
      const theme = await w.call(
        `mutation { createCatalogueItem(input: { kind: THEME, code: "EAU", label: "Eau" }) { id } }`,
        {},
        token,
      );
      const axis = await w.call(
        `mutation { createPlanItem(input: { level: AXIS, code: "PO", label: "Programme opérationnel" }) { id } }`,
        {},
        token,
      );
      const objective = await w.call(
        `mutation ($t: ID) { createObjective(input: { code: "EAU-2030", label: "Économiser l’eau", horizonYear: 2030, target: "-10 %", themeId: $t }) { id } }`,
        { t: theme.data!.createCatalogueItem.id },
        token,
      );
      return {
        themeId: theme.data!.createCatalogueItem.id,
        axisId: axis.data!.createPlanItem.id,
        objectiveId: objective.data!.createObjective.id,
      };
    })();
    built.set(w, pending);
  }
  return pending;
}

const ids = (list: { id: string }[]) => list.map((item) => item.id);

/** One case per territory operation: what a Brest user gets of Grand Poitiers' configuration through it. */
export const territoryCases: Record<string, IsolationCase> = {
  async catalogueItems(w) {
    const p = await poitiersConfiguration(w);
    const data = (
      await w.call(`{ catalogueItems(kind: THEME, includeArchived: true) { id } }`, {}, w.brestMember.token)
    ).data!;
    expect(ids(data.catalogueItems)).not.toContain(p.themeId);
  },

  async publicVocabulary(w) {
    const p = await poitiersConfiguration(w);
    const words = `query ($t: ID!) { publicVocabulary(tenantId: $t) { themes { id code } climatePlan { id } } }`;
    // Brest's public words, read anonymously or by a Brest member, hold nothing of Grand Poitiers.
    for (const token of [undefined, w.brestMember.token]) {
      const brest = (await w.call(words, { t: w.brest.id }, token)).data!.publicVocabulary;
      expect(ids(brest.themes)).not.toContain(p.themeId);
      expect(ids(brest.climatePlan)).not.toContain(p.axisId);
    }
    // Grand Poitiers' are public by design, read in Grand Poitiers only: its active theme and axis.
    const poitiers = (await w.call(words, { t: w.poitiers.id }, w.brestMember.token)).data!.publicVocabulary;
    expect(ids(poitiers.themes)).toContain(p.themeId);
    expect(ids(poitiers.climatePlan)).toContain(p.axisId);
    const themeTenants = await w.sql(
      `select distinct tenant_id from territory.catalogue_items where id = any($1)`,
      [ids(poitiers.themes)],
    );
    expect(themeTenants).toEqual([{ tenant_id: w.poitiers.id }]);
    expect(codeOf(await w.call(words, { t: 'brest' }))).toBe('BAD_USER_INPUT');
  },

  async climatePlan(w) {
    const p = await poitiersConfiguration(w);
    const data = (await w.call(`{ climatePlan(includeArchived: true) { id } }`, {}, w.brestMember.token))
      .data!;
    expect(ids(data.climatePlan)).not.toContain(p.axisId);
  },

  async territorialObjectives(w) {
    const p = await poitiersConfiguration(w);
    const data = (
      await w.call(`{ territorialObjectives(includeArchived: true) { id } }`, {}, w.brestMember.token)
    ).data!;
    expect(ids(data.territorialObjectives)).not.toContain(p.objectiveId);
  },

  async createCatalogueItem(w) {
    await poitiersConfiguration(w);
    // The same code as Poitiers' theme: codes are unique per territory, so nothing of Poitiers shows through.
    const result = await w.call(
      `mutation { createCatalogueItem(input: { kind: THEME, code: "EAU", label: "Eau à Brest" }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    const [row] = await w.sql(`select tenant_id from territory.catalogue_items where id = $1`, [
      result.data!.createCatalogueItem.id,
    ]);
    expect(row.tenant_id).toBe(w.brest.id);
  },

  async updateCatalogueItem(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($id: ID!) { updateCatalogueItem(id: $id, input: { label: "Piraté" }) { id } }`,
      { id: p.themeId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select label from territory.catalogue_items where id = $1`, [p.themeId]);
    expect(row.label).toBe('Eau');
  },

  async archiveCatalogueItem(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($id: ID!) { archiveCatalogueItem(id: $id) { id } }`,
      { id: p.themeId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select archived_at from territory.catalogue_items where id = $1`, [p.themeId]);
    expect(row.archived_at).toBeNull();
  },

  async reorderCatalogueItems(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($ids: [ID!]!) { reorderCatalogueItems(kind: THEME, ids: $ids) { id } }`,
      { ids: [p.themeId] },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const [row] = await w.sql(`select position from territory.catalogue_items where id = $1`, [p.themeId]);
    expect(row.position).toBe(0);
  },

  async createPlanItem(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($p: ID) { createPlanItem(input: { level: STAKE, code: "INTRUS", label: "Intrus", parentId: $p }) { id } }`,
      { p: p.axisId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await w.sql(`select 1 from territory.plan_items where code = 'INTRUS'`)).toEqual([]);
  },

  async updatePlanItem(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($id: ID!) { updatePlanItem(id: $id, input: { label: "Piraté" }) { id } }`,
      { id: p.axisId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select label from territory.plan_items where id = $1`, [p.axisId]);
    expect(row.label).toBe('Programme opérationnel');
  },

  async archivePlanItem(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($id: ID!) { archivePlanItem(id: $id) { id } }`,
      { id: p.axisId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async reorderPlanItems(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($p: ID) { reorderPlanItems(parentId: $p, ids: []) { id } }`,
      { p: p.axisId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async createObjective(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($t: ID) { createObjective(input: { code: "INTRUS", label: "Intrus", horizonYear: 2030, target: "0", themeId: $t }) { id } }`,
      { t: p.themeId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await w.sql(`select 1 from territory.objectives where code = 'INTRUS'`)).toEqual([]);
  },

  async updateObjective(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($id: ID!) { updateObjective(id: $id, input: { target: "0 %" }) { id } }`,
      { id: p.objectiveId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select target from territory.objectives where id = $1`, [p.objectiveId]);
    expect(row.target).toBe('-10 %');
  },

  async archiveObjective(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($id: ID!) { archiveObjective(id: $id) { id } }`,
      { id: p.objectiveId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async reorderObjectives(w) {
    const p = await poitiersConfiguration(w);
    const result = await w.call(
      `mutation ($ids: [ID!]!) { reorderObjectives(ids: $ids) { id } }`,
      { ids: [p.objectiveId] },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  },

  async configurationTemplates(w) {
    // The library is for consultants and operators: a territory's own admin is refused.
    expect(codeOf(await w.call(`{ configurationTemplates { id } }`, {}, w.brestAdmin.token))).toBe(
      'FORBIDDEN',
    );
  },

  async configurationTemplate(w) {
    const [template] = await w.sql(`select id from territory.templates order by code limit 1`);
    const result = await w.call(
      `query ($id: ID!) { configurationTemplate(id: $id) { id } }`,
      { id: template.id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  },

  async createConfigurationTemplate(w) {
    const result = await w.call(
      `mutation ($d: String!) { createConfigurationTemplate(input: { code: "intrus", name: "Intrus", document: $d }) { id } }`,
      { d: JSON.stringify(EMPTY_DOCUMENT) },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await w.sql(`select 1 from territory.templates where code = 'intrus'`)).toEqual([]);
  },

  async publishConfigurationTemplateVersion(w) {
    const [template] = await w.sql(`select id from territory.templates order by code limit 1`);
    const result = await w.call(
      `mutation ($t: ID!, $d: String!) { publishConfigurationTemplateVersion(templateId: $t, document: $d) { version } }`,
      { t: template.id, d: JSON.stringify(EMPTY_DOCUMENT) },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  },

  async exportConfiguration(w) {
    await poitiersConfiguration(w);
    const exported = (await w.call(`{ exportConfiguration }`, {}, w.brestAdmin.token)).data!
      .exportConfiguration;
    expect(exported).not.toContain('EAU-2030');
    expect(exported).not.toContain('Programme opérationnel');
  },

  async importConfiguration(w) {
    await poitiersConfiguration(w);
    const before = await poitiersRows(w);
    const document = { ...EMPTY_DOCUMENT, themes: [{ code: 'IMPORT', label: 'Importé' }] };
    const result = await w.call(
      `mutation ($d: String!) { importConfiguration(document: $d) }`,
      { d: JSON.stringify(document) },
      w.brestAdmin.token,
    );
    // Brest may already be configured by earlier cases (then CONFLICT); either way Poitiers is untouched.
    expect(result.errors === undefined || codeOf(result) === 'CONFLICT').toBe(true);
    expect(await poitiersRows(w)).toBe(before);
  },

  async applyConfigurationTemplate(w) {
    await poitiersConfiguration(w);
    const before = await poitiersRows(w);
    const [template] = await w.sql(`select id from territory.templates where code = 'alliance-clermont'`);
    const result = await w.call(
      `mutation ($t: ID!) { applyConfigurationTemplate(templateId: $t) }`,
      { t: template.id },
      w.brestAdmin.token,
    );
    expect(result.errors === undefined || codeOf(result) === 'CONFLICT').toBe(true);
    expect(await poitiersRows(w)).toBe(before);
  },

  async configurationOrigin(w) {
    const data = (await w.call(`{ configurationOrigin { templateId } }`, {}, w.brestMember.token)).data!;
    const rows = await w.sql(`select template_id from territory.configuration_origins where tenant_id = $1`, [
      w.brest.id,
    ]);
    expect(data.configurationOrigin?.templateId ?? null).toBe(rows[0]?.template_id ?? null);
  },
};

const EMPTY_DOCUMENT = {
  formatVersion: 1,
  themes: [],
  sectors: [],
  zones: [],
  organisationTypes: [],
  plan: [],
  objectives: [],
};

async function poitiersRows(w: IsolationWorld): Promise<number> {
  const [row] = await w.sql(
    `select (select count(*) from territory.catalogue_items where tenant_id = $1)
          + (select count(*) from territory.plan_items where tenant_id = $1)
          + (select count(*) from territory.objectives where tenant_id = $1) as n`,
    [w.poitiers.id],
  );
  return Number(row.n);
}
