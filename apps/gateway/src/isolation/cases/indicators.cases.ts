import { codeOf, type IsolationWorld } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

interface PoitiersIndicators {
  valueId: string;
  objectiveId: string;
  importId: string;
}

const seeded = new WeakMap<IsolationWorld, Promise<PoitiersIndicators>>();

/** Grand Poitiers follows three indicators (two of its own), with a value and an objective, once per world. */
function poitiersIndicators(w: IsolationWorld): Promise<PoitiersIndicators> {
  let pending = seeded.get(w);
  if (!pending) {
    pending = (async () => {
      const t = w.poitiersAdmin.token;
      await w.call(`mutation { followIndicators(codes: ["cae_1.c"]) { code } }`, {}, t);
      await w.call(
        `mutation { createCustomIndicator(input: { code: "poitiers_secret", title: "Secret de Poitiers", unit: "%" }) { code } }`,
        {},
        t,
      );
      await w.call(
        `mutation { createCustomIndicator(input: { code: "poitiers_homonyme", title: "Homonyme de Poitiers", unit: "%" }) { code } }`,
        {},
        t,
      );
      const value = await w.call(
        `mutation { recordIndicatorValue(input: { indicatorCode: "cae_1.c", year: 2020, kind: OBSERVED, value: 123.4 }) { id } }`,
        {},
        t,
      );
      const objective = await w.call(
        `mutation { addObjective(input: { indicatorCode: "cae_1.c", kind: DIRECTION, direction: DOWN, source: "PCAET Poitiers" }) { id } }`,
        {},
        t,
      );
      const started = await w.call(
        `mutation ($f: String!) { startIndicatorImport(input: { fileName: "poitiers.csv", contentBase64: $f }) { id } }`,
        { f: Buffer.from('code,annee,valeur\ncae_1.c,2021,99.9\n').toString('base64') },
        t,
      );
      return {
        valueId: value.data!.recordIndicatorValue.id,
        objectiveId: objective.data!.addObjective.id,
        importId: started.data!.startIndicatorImport.id,
      };
    })();
    seeded.set(w, pending);
  }
  return pending;
}

const poitiersRows = (w: IsolationWorld, table: string) =>
  w.sql(`select * from indicators.${table} where tenant_id = $1`, [w.poitiers.id]);

/** One case per indicators operation: what a Brest user gets of Grand Poitiers through it. */
export const indicatorsCases: Record<string, IsolationCase> = {
  async indicatorCatalogue(w) {
    // Platform-wide by design: the national catalogue only, never a territory's own indicators.
    await poitiersIndicators(w);
    const data = (
      await w.call(
        `{ indicatorCatalogue(first: 5, search: "poitiers") { totalCount } }`,
        {},
        w.brestMember.token,
      )
    ).data!;
    expect(data.indicatorCatalogue.totalCount).toBe(0);
    expect(codeOf(await w.call(`{ indicatorCatalogue(first: 1) { totalCount } }`))).toBe('UNAUTHENTICATED');
  },

  async indicators(w) {
    await poitiersIndicators(w);
    const data = (
      await w.call(`{ indicators(first: 100) { edges { node { code } } } }`, {}, w.brestMember.token)
    ).data!;
    const codes = data.indicators.edges.map((e: { node: { code: string } }) => e.node.code).sort();
    expect(codes).not.toContain('poitiers_secret');
    const brestRows = await w.sql(`select indicator_code from indicators.selections where tenant_id = $1`, [
      w.brest.id,
    ]);
    expect(codes).toEqual(brestRows.map((r) => r.indicator_code as string).sort());
  },

  async indicator(w) {
    await poitiersIndicators(w);
    const secret = await w.call(`{ indicator(code: "poitiers_secret") { code } }`, {}, w.brestMember.token);
    expect(codeOf(secret)).toBe('NOT_FOUND');
    // Whether or not Brest follows cae_1.c too, it never sees Poitiers's value or objective on it.
    const shared = await w.call(
      `{ indicator(code: "cae_1.c") { values { value } objectives { source } } }`,
      {},
      w.brestMember.token,
    );
    expect(JSON.stringify(shared)).not.toContain('123.4');
    expect(JSON.stringify(shared)).not.toContain('PCAET Poitiers');
  },

  async followIndicators(w) {
    await poitiersIndicators(w);
    const refused = await w.call(
      `mutation { followIndicators(codes: ["poitiers_secret"]) { code } }`,
      {},
      w.brestAdmin.token,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const followed = await w.call(
      `mutation { followIndicators(codes: ["cae_1.c"]) { code } }`,
      {},
      w.brestAdmin.token,
    );
    expect(followed.data!.followIndicators).toEqual([{ code: 'cae_1.c' }]);
    const brestView = await w.call(
      `{ indicator(code: "cae_1.c") { values { value } objectives { id } } }`,
      {},
      w.brestAdmin.token,
    );
    expect(brestView.data!.indicator).toEqual({ values: [], objectives: [] });
  },

  async unfollowIndicator(w) {
    await poitiersIndicators(w);
    const result = await w.call(
      `mutation { unfollowIndicator(code: "poitiers_secret") }`,
      {},
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect((await poitiersRows(w, 'selections')).map((r) => r.indicator_code as string).sort()).toEqual([
      'cae_1.c',
      'poitiers_homonyme',
      'poitiers_secret',
    ]);
  },

  async createCustomIndicator(w) {
    await poitiersIndicators(w);
    // Codes are per territory: Brest may use the same code without seeing or touching Poitiers's.
    const created = await w.call(
      `mutation { createCustomIndicator(input: { code: "poitiers_homonyme", title: "À Brest", unit: "km" }) { code title unit } }`,
      {},
      w.brestAdmin.token,
    );
    expect(created.data!.createCustomIndicator).toEqual({
      code: 'poitiers_homonyme',
      title: 'À Brest',
      unit: 'km',
    });
    const poitiers = (await poitiersRows(w, 'custom_definitions')).find(
      (d) => d.code === 'poitiers_homonyme',
    );
    expect(poitiers).toMatchObject({ code: 'poitiers_homonyme', title: 'Homonyme de Poitiers', unit: '%' });
  },

  async recordIndicatorValue(w) {
    await poitiersIndicators(w);
    const result = await w.call(
      `mutation { recordIndicatorValue(input: { indicatorCode: "poitiers_secret", year: 2020, kind: OBSERVED, value: 1 }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(codeOf(result) ?? 'none');
    const values = await poitiersRows(w, 'indicator_values');
    expect(values.map((v) => Number(v.value))).toEqual([123.4]);
  },

  async removeIndicatorValue(w) {
    const { valueId } = await poitiersIndicators(w);
    const result = await w.call(
      `mutation ($id: ID!) { removeIndicatorValue(id: $id) }`,
      { id: valueId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect((await poitiersRows(w, 'indicator_values')).map((v) => v.id)).toContain(valueId);
  },

  async addObjective(w) {
    await poitiersIndicators(w);
    const result = await w.call(
      `mutation { addObjective(input: { indicatorCode: "poitiers_secret", kind: DIRECTION, direction: UP, source: "X" }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await poitiersRows(w, 'objectives')).toHaveLength(1);
  },

  async removeObjective(w) {
    const { objectiveId } = await poitiersIndicators(w);
    const result = await w.call(
      `mutation ($id: ID!) { removeObjective(id: $id) }`,
      { id: objectiveId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect((await poitiersRows(w, 'objectives')).map((o) => o.id)).toEqual([objectiveId]);
  },

  async startIndicatorImport(w) {
    await poitiersIndicators(w);
    // Brest's import is Brest's: it never lands in Poitiers, even for a code only Poitiers follows.
    const started = await w.call(
      `mutation ($f: String!) { startIndicatorImport(input: { fileName: "brest.csv", contentBase64: $f }) { id } }`,
      { f: Buffer.from('code,annee,valeur\npoitiers_secret,2021,5\n').toString('base64') },
      w.brestAdmin.token,
    );
    const [row] = await w.sql(`select tenant_id from indicators.imports where id = $1`, [
      started.data!.startIndicatorImport.id,
    ]);
    expect(row?.tenant_id).toBe(w.brest.id);
    expect(
      codeOf(
        await w.call(
          `mutation ($f: String!) { startIndicatorImport(input: { fileName: "x.csv", contentBase64: $f }) { id } }`,
          { f: 'eA==' },
          w.brestMember.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  },

  async indicatorImport(w) {
    const { importId } = await poitiersIndicators(w);
    const result = await w.call(
      `query ($id: ID!) { indicatorImport(id: $id) { fileName status } }`,
      { id: importId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async exportIndicatorValues(w) {
    await poitiersIndicators(w);
    const file = await w.call(`{ exportIndicatorValues { contentBase64 } }`, {}, w.brestMember.token);
    const csv = Buffer.from(file.data!.exportIndicatorValues.contentBase64, 'base64').toString('utf8');
    expect(csv).not.toContain('poitiers_secret');
    expect(csv).not.toContain('123,4');
  },
};
