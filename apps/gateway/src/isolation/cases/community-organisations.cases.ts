import { codeOf, type IsolationWorld } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

interface PoitiersDirectory {
  /** Registered by Grand Poitiers' member, not public. */
  sawmillId: string;
  /** Registered by Grand Poitiers' member, public. */
  natureId: string;
  joinRequestId: string;
  importId: string;
}

const SAWMILL_SIRET = '73282932000074';
const worlds = new WeakMap<IsolationWorld, Promise<PoitiersDirectory>>();

/** Grand Poitiers' directory: two organisations (one public), a pending join request, an import. */
function poitiersDirectory(w: IsolationWorld): Promise<PoitiersDirectory> {
  if (!worlds.has(w)) {
    worlds.set(
      w,
      (async () => {
        const register = async (input: Record<string, unknown>) =>
          (
            await w.call(
              `mutation ($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
              { i: input },
              w.poitiersMember.token,
            )
          ).data!.registerOrganisation.id as string;
        const sawmillId = await register({
          name: 'Scierie poitevine',
          typeCode: 'ENTREPRISE',
          sirenOrSiret: SAWMILL_SIRET,
          postcode: '86000',
        });
        const natureId = await register({
          name: 'Vienne Nature',
          typeCode: 'ASSOCIATION',
          publicProfile: true,
        });
        const joined = await w.call(
          `mutation ($i: RequestToJoinOrganisationInput!) { requestToJoinOrganisation(input: $i) { id } }`,
          { i: { organisationId: sawmillId, message: 'Confidentiel' } },
          w.poitiersAdmin.token,
        );
        const started = await w.call(
          `mutation ($i: StartOrganisationImportInput!) { startOrganisationImport(input: $i) { id } }`,
          {
            i: {
              fileName: 'poitiers.csv',
              contentBase64: Buffer.from('nom;type\nScierie du Clain;ENTREPRISE\n').toString('base64'),
            },
          },
          w.poitiersAdmin.token,
        );
        return {
          sawmillId,
          natureId,
          joinRequestId: joined.data!.requestToJoinOrganisation.id as string,
          importId: started.data!.startOrganisationImport.id as string,
        };
      })(),
    );
  }
  return worlds.get(w)!;
}

const ORGANISATION_ROW = `select tenant_id, name, city, public_profile from community.organisations where id = $1`;

/** Community's organisations: what a Brest user gets of Grand Poitiers' through each operation. */
export const communityOrganisationsCases: Record<string, IsolationCase> = {
  async organisations(w) {
    const p = await poitiersDirectory(w);
    const data = (
      await w.call(
        `{ organisations(first: 100) { totalCount edges { node { id } } } }`,
        {},
        w.brestMember.token,
      )
    ).data!;
    const ids = data.organisations.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    const brest = await w.sql(`select id from community.organisations where tenant_id = $1`, [w.brest.id]);
    expect(ids).toEqual(brest.map((r) => r.id).sort());
    expect(data.organisations.totalCount).toBe(brest.length);
    // Anyone reads Grand Poitiers' public directory: its public profiles only.
    const anonymous = await w.call(
      `query ($s: String!) { tenantBySlug(slug: $s) { publicOrganisations { totalCount edges { node { id name } } } } }`,
      { s: w.poitiers.slug },
    );
    expect(anonymous.data!.tenantBySlug.publicOrganisations).toEqual({
      totalCount: 1,
      edges: [{ node: { id: p.natureId, name: 'Vienne Nature' } }],
    });
  },

  async organisation(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `query ($id: ID!) { organisation(id: $id) { name } }`,
      { id: p.sawmillId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('Scierie');
  },

  async myOrganisations(w) {
    await poitiersDirectory(w);
    const result = await w.call(`{ myOrganisations { id name } }`, {}, w.brestMember.token);
    const mine = await w.sql(
      `select o.id from community.organisations o join community.representatives r on r.organisation_id = o.id
        where r.user_id = $1`,
      [w.brestMember.userId],
    );
    expect(result.data!.myOrganisations.map((o: { id: string }) => o.id).sort()).toEqual(
      mine.map((r) => r.id).sort(),
    );
    expect(JSON.stringify(result)).not.toContain('Scierie');
  },

  async exportOrganisations(w) {
    await poitiersDirectory(w);
    const result = await w.call(`{ exportOrganisations { contentBase64 } }`, {}, w.brestAdmin.token);
    const csv = Buffer.from(result.data!.exportOrganisations.contentBase64, 'base64').toString('utf8');
    expect(csv).not.toContain('Scierie');
    expect(csv).not.toContain('Vienne Nature');
  },

  async organisationJoinRequests(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `query ($o: ID!) { organisationJoinRequests(organisationId: $o) { id message } }`,
      { o: p.sawmillId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('Confidentiel');
  },

  async pendingJoinRequests(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `{ pendingJoinRequests { totalCount edges { node { id message } } } }`,
      {},
      w.brestAdmin.token,
    );
    const ids = result.data!.pendingJoinRequests.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).not.toContain(p.joinRequestId);
    expect(JSON.stringify(result)).not.toContain('Confidentiel');
  },

  async myJoinRequests(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(`{ myJoinRequests { id organisationId } }`, {}, w.brestAdmin.token);
    const ids = result.data!.myJoinRequests.map((r: { id: string }) => r.id);
    expect(ids).not.toContain(p.joinRequestId);
  },

  async organisationImport(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `query ($id: ID!) { organisationImport(id: $id) { fileName } }`,
      { id: p.importId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async registerOrganisation(w) {
    // Grand Poitiers' SIRET is free in Brest: no conflict naming Grand Poitiers' organisation.
    await poitiersDirectory(w);
    const result = await w.call(
      `mutation ($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }`,
      { i: { name: 'Scierie brestoise', typeCode: 'ENTREPRISE', sirenOrSiret: SAWMILL_SIRET } },
      w.brestMember.token,
    );
    const [row] = await w.sql(ORGANISATION_ROW, [result.data!.registerOrganisation.id]);
    expect(row!.tenant_id).toBe(w.brest.id);
  },

  async updateOrganisation(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `mutation ($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`,
      { i: { id: p.sawmillId, city: 'Brest', publicProfile: true } },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(ORGANISATION_ROW, [p.sawmillId]);
    expect(row).toMatchObject({ tenant_id: w.poitiers.id, city: null, public_profile: false });
  },

  async removeOrganisationRepresentative(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `mutation ($o: ID!, $u: ID!) { removeOrganisationRepresentative(organisationId: $o, userId: $u) { id } }`,
      { o: p.sawmillId, u: w.poitiersMember.userId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const rows = await w.sql(
      `select 1 from community.representatives where organisation_id = $1 and user_id = $2`,
      [p.sawmillId, w.poitiersMember.userId],
    );
    expect(rows).toHaveLength(1);
  },

  async requestToJoinOrganisation(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `mutation ($i: RequestToJoinOrganisationInput!) { requestToJoinOrganisation(input: $i) { id } }`,
      { i: { organisationId: p.sawmillId } },
      w.brestMember.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const rows = await w.sql(
      `select 1 from community.join_requests where user_id = $1 and organisation_id = $2`,
      [w.brestMember.userId, p.sawmillId],
    );
    expect(rows).toHaveLength(0);
  },

  async approveJoinRequest(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `mutation ($id: ID!) { approveJoinRequest(id: $id) { id } }`,
      { id: p.joinRequestId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select status from community.join_requests where id = $1`, [p.joinRequestId]);
    expect(row!.status).toBe('pending');
  },

  async refuseJoinRequest(w) {
    const p = await poitiersDirectory(w);
    const result = await w.call(
      `mutation ($id: ID!) { refuseJoinRequest(id: $id) { id } }`,
      { id: p.joinRequestId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select status from community.join_requests where id = $1`, [p.joinRequestId]);
    expect(row!.status).toBe('pending');
  },

  async startOrganisationImport(w) {
    await poitiersDirectory(w);
    const before = await w.sql(
      `select count(*)::int as n from community.organisation_imports where tenant_id = $1`,
      [w.poitiers.id],
    );
    const result = await w.call(
      `mutation ($i: StartOrganisationImportInput!) { startOrganisationImport(input: $i) { id } }`,
      { i: { fileName: 'brest.csv', contentBase64: Buffer.from('nom;type\nA;B\n').toString('base64') } },
      w.brestAdmin.token,
    );
    const [row] = await w.sql(`select tenant_id from community.organisation_imports where id = $1`, [
      result.data!.startOrganisationImport.id,
    ]);
    expect(row!.tenant_id).toBe(w.brest.id);
    const after = await w.sql(
      `select count(*)::int as n from community.organisation_imports where tenant_id = $1`,
      [w.poitiers.id],
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  },
};
