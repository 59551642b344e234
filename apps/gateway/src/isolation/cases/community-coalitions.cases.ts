import { codeOf, type IsolationWorld } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

interface CoalitionScene {
  /** Grand Poitiers: a validated coalition run by its member, with a member, a request and an invitation. */
  poitiers: {
    validated: string;
    proposed: string;
    memberOrg: string;
    requestedOrg: string;
    invitedOrg: string;
  };
  /** Brest: a validated coalition and an organisation its member represents. */
  brest: { validated: string; org: string };
}

const scenes = new WeakMap<IsolationWorld, Promise<CoalitionScene>>();

/**
 * Organisations and representatives are written as the owner: they stand in for the organisations'
 * registration API; everything about coalitions goes through the gateway.
 */
async function organisation(w: IsolationWorld, tenantId: string, name: string, userId?: string) {
  const [row] = await w.sql(
    `insert into community.organisations (tenant_id, name, type_code) values ($1, $2, 'ENTREPRISE') returning id`,
    [tenantId, name],
  );
  if (userId) {
    await w.sql(
      `insert into community.representatives (tenant_id, organisation_id, user_id) values ($1, $2, $3)`,
      [tenantId, row!.id, userId],
    );
  }
  return row!.id as string;
}

async function propose(w: IsolationWorld, token: string, name: string, organisationIds: string[] = []) {
  const result = await w.call(
    `mutation ($i: ProposeCoalitionInput!) { proposeCoalition(input: $i) { id } }`,
    {
      i: {
        name,
        objective: 'Agir ensemble',
        perimeterKind: 'THEME',
        perimeterCode: 'ENERGIE',
        organisationIds,
      },
    },
    token,
  );
  return result.data!.proposeCoalition.id as string;
}

function scene(w: IsolationWorld): Promise<CoalitionScene> {
  if (!scenes.has(w)) {
    scenes.set(
      w,
      (async () => {
        const p = w.poitiers.id;
        const memberOrg = await organisation(w, p, 'Scierie poitevine', w.poitiersMember.userId);
        const requestedOrg = await organisation(w, p, 'Biocoop Poitiers', w.poitiersMember.userId);
        const invitedOrg = await organisation(w, p, 'CHU de Poitiers');
        const validated = await propose(w, w.poitiersMember.token, 'Coalition énergie de Poitiers', [
          memberOrg,
        ]);
        const proposed = await propose(w, w.poitiersMember.token, 'Coalition en attente');
        const admin = w.poitiersAdmin.token;
        await w.call(`mutation ($id: ID!) { validateCoalition(id: $id) { id } }`, { id: validated }, admin);
        await w.call(
          `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
          { c: validated, u: w.poitiersMember.userId },
          admin,
        );
        await w.call(
          `mutation ($c: ID!, $o: ID!) { requestToJoinCoalition(coalitionId: $c, organisationId: $o) { id } }`,
          { c: validated, o: requestedOrg },
          w.poitiersMember.token,
        );
        await w.call(
          `mutation ($c: ID!, $o: ID!) { inviteOrganisationToCoalition(coalitionId: $c, organisationId: $o) { id } }`,
          { c: validated, o: invitedOrg },
          admin,
        );

        const org = await organisation(w, w.brest.id, 'Port de Brest', w.brestMember.userId);
        const brestValidated = await propose(w, w.brestMember.token, 'Éclairage nocturne', [org]);
        await w.call(
          `mutation ($id: ID!) { validateCoalition(id: $id) { id } }`,
          { id: brestValidated },
          w.brestAdmin.token,
        );
        return {
          poitiers: { validated, proposed, memberOrg, requestedOrg, invitedOrg },
          brest: { validated: brestValidated, org },
        };
      })(),
    );
  }
  return scenes.get(w)!;
}

/** Everything a Grand Poitiers coalition is made of, to compare before and after a refused operation. */
async function snapshot(w: IsolationWorld, coalitionId: string) {
  return w.sql(
    `select row_to_json(c)::text as coalition,
            (select json_agg(m order by m.id)::text from community.coalition_members m where m.coalition_id = c.id) as members,
            (select json_agg(f order by f.id)::text from community.coalition_facilitators f where f.coalition_id = c.id) as facilitators,
            (select json_agg(s order by s.id)::text from community.coalition_stages s where s.coalition_id = c.id) as stages
       from community.coalitions c where c.id = $1`,
    [coalitionId],
  );
}

/** Acting from Brest on a Grand Poitiers coalition: NOT_FOUND, and nothing changed. */
async function refusedOnPoitiers(
  w: IsolationWorld,
  pick: (s: CoalitionScene) => string,
  mutation: string,
  variables: (s: CoalitionScene) => Record<string, unknown>,
  token: (w: IsolationWorld) => string = (x) => x.brestAdmin.token,
) {
  const s = await scene(w);
  const before = await snapshot(w, pick(s));
  const result = await w.call(mutation, variables(s), token(w));
  expect(codeOf(result)).toBe('NOT_FOUND');
  expect(JSON.stringify(result)).not.toMatch(/Poitiers|poitevine/);
  expect(await snapshot(w, pick(s))).toEqual(before);
}

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

/** One case per coalition operation: what a Brest user gets of Grand Poitiers through it. */
export const communityCoalitionsCases: Record<string, IsolationCase> = {
  async coalitions(w) {
    const s = await scene(w);
    for (const actor of [w.brestAdmin, w.brestMember]) {
      const data = (
        await w.call(`{ coalitions(first: 100) { totalCount edges { node { id } } } }`, {}, actor.token)
      ).data!;
      expect(ids(data.coalitions)).toContain(s.brest.validated);
      expect(ids(data.coalitions)).not.toContain(s.poitiers.validated);
      expect(ids(data.coalitions)).not.toContain(s.poitiers.proposed);
      const [brestCount] = await w.sql(
        `select count(*)::int as n from community.coalitions where tenant_id = $1`,
        [w.brest.id],
      );
      expect(data.coalitions.totalCount).toBeLessThanOrEqual(brestCount!.n);
    }
    // Public pages: each territory shows its own validated coalitions only, to anyone.
    const publicOf = async (slug: string, token?: string) =>
      (
        await w.call(
          `query ($s: String!) { tenantBySlug(slug: $s) { publicCoalitions(first: 100) { edges { node { id members { name } } } } } }`,
          { s: slug },
          token,
        )
      ).data!.tenantBySlug.publicCoalitions;
    const brestPublic = await publicOf(w.brest.slug);
    expect(ids(brestPublic)).toContain(s.brest.validated);
    const tenants = await w.sql(`select distinct tenant_id from community.coalitions where id = any($1)`, [
      ids(brestPublic),
    ]);
    expect(tenants).toEqual([{ tenant_id: w.brest.id }]);
    expect(JSON.stringify(brestPublic)).not.toMatch(/Poitiers|poitevine|Biocoop|CHU/);
    const poitiersPublic = await publicOf(w.poitiers.slug, w.brestMember.token);
    expect(ids(poitiersPublic)).toContain(s.poitiers.validated);
    expect(ids(poitiersPublic)).not.toContain(s.poitiers.proposed);
    // Only member organisations are public, not pending requests or invitations.
    const shown = poitiersPublic.edges.find(
      (e: { node: { id: string } }) => e.node.id === s.poitiers.validated,
    );
    expect(shown.node.members).toEqual([{ name: 'Scierie poitevine' }]);
  },

  async coalition(w) {
    const s = await scene(w);
    for (const id of [s.poitiers.validated, s.poitiers.proposed]) {
      const result = await w.call(
        `query ($id: ID!) { coalition(id: $id) { id name members { organisation { name } } } }`,
        { id },
        w.brestAdmin.token,
      );
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(JSON.stringify(result)).not.toMatch(/Poitiers|poitevine/);
    }
    // Through Brest's public pages, a Grand Poitiers id is nothing.
    const anonymous = await w.call(
      `query ($s: String!, $id: ID!) { tenantBySlug(slug: $s) { publicCoalition(id: $id) { name } } }`,
      { s: w.brest.slug, id: s.poitiers.validated },
    );
    expect(anonymous.data!.tenantBySlug.publicCoalition).toBeNull();
  },

  async proposeCoalition(w) {
    const s = await scene(w);
    // Names are unique per territory: Brest may reuse Grand Poitiers' name, in Brest.
    const id = await propose(w, w.brestMember.token, 'Coalition énergie de Poitiers');
    const [row] = await w.sql(`select tenant_id from community.coalitions where id = $1`, [id]);
    expect(row!.tenant_id).toBe(w.brest.id);
    // A Grand Poitiers organisation cannot found a Brest coalition.
    const [before] = await w.sql(
      `select count(*)::int as n from community.coalition_members where organisation_id = $1`,
      [s.poitiers.memberOrg],
    );
    const result = await w.call(
      `mutation ($i: ProposeCoalitionInput!) { proposeCoalition(input: $i) { id } }`,
      {
        i: {
          name: 'Coalition volée',
          objective: 'Agir',
          perimeterKind: 'THEME',
          perimeterCode: 'ENERGIE',
          organisationIds: [s.poitiers.memberOrg],
        },
      },
      w.brestMember.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).not.toMatch(/poitevine/);
    const [after] = await w.sql(
      `select count(*)::int as n from community.coalition_members where organisation_id = $1`,
      [s.poitiers.memberOrg],
    );
    expect(after).toEqual(before);
    expect(await w.sql(`select 1 from community.coalitions where name = 'Coalition volée'`)).toEqual([]);
  },

  async updateCoalition(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.proposed,
      `mutation ($i: UpdateCoalitionInput!) { updateCoalition(input: $i) { id } }`,
      (s) => ({
        i: {
          id: s.poitiers.proposed,
          name: 'Renommée',
          objective: 'x',
          perimeterKind: 'ZONE',
          perimeterCode: 'Z',
        },
      }),
      (x) => x.brestMember.token,
    );
  },

  async validateCoalition(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.proposed,
      `mutation ($id: ID!) { validateCoalition(id: $id) { id } }`,
      (s) => ({ id: s.poitiers.proposed }),
    );
  },

  async returnCoalition(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.proposed,
      `mutation ($id: ID!) { returnCoalition(id: $id, comment: "Non") { id } }`,
      (s) => ({ id: s.poitiers.proposed }),
    );
  },

  async requestToJoinCoalition(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($c: ID!, $o: ID!) { requestToJoinCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      (s) => ({ c: s.poitiers.validated, o: s.brest.org }),
      (x) => x.brestMember.token,
    );
  },

  async inviteOrganisationToCoalition(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($c: ID!, $o: ID!) { inviteOrganisationToCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      (s) => ({ c: s.poitiers.validated, o: s.brest.org }),
    );
    // Nor can Brest draw a Grand Poitiers organisation into its own coalition.
    const s = await scene(w);
    const result = await w.call(
      `mutation ($c: ID!, $o: ID!) { inviteOrganisationToCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      { c: s.brest.validated, o: s.poitiers.invitedOrg },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe('organisationId');
    expect(
      await w.sql(
        `select 1 from community.coalition_members where coalition_id = $1 and organisation_id = $2`,
        [s.brest.validated, s.poitiers.invitedOrg],
      ),
    ).toEqual([]);
  },

  async approveCoalitionRequest(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($c: ID!, $o: ID!) { approveCoalitionRequest(coalitionId: $c, organisationId: $o) { id } }`,
      (s) => ({ c: s.poitiers.validated, o: s.poitiers.requestedOrg }),
    );
  },

  async acceptCoalitionInvitation(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($c: ID!, $o: ID!) { acceptCoalitionInvitation(coalitionId: $c, organisationId: $o) { id } }`,
      (s) => ({ c: s.poitiers.validated, o: s.poitiers.invitedOrg }),
      (x) => x.brestMember.token,
    );
  },

  async leaveCoalition(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($c: ID!, $o: ID!) { leaveCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      (s) => ({ c: s.poitiers.validated, o: s.poitiers.memberOrg }),
    );
  },

  async nameCoalitionFacilitator(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
      (s) => ({ c: s.poitiers.validated, u: w.brestMember.userId }),
    );
    // A Grand Poitiers member represents nobody in Brest: not a facilitator of a Brest coalition.
    const s = await scene(w);
    const result = await w.call(
      `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
      { c: s.brest.validated, u: w.poitiersMember.userId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(
      await w.sql(`select 1 from community.coalition_facilitators where coalition_id = $1`, [
        s.brest.validated,
      ]),
    ).toEqual([]);
  },

  async removeCoalitionFacilitator(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($c: ID!, $u: ID!) { removeCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
      (s) => ({ c: s.poitiers.validated, u: w.poitiersMember.userId }),
    );
  },

  async setCoalitionFunctioning(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($i: SetCoalitionFunctioningInput!) { setCoalitionFunctioning(input: $i) { id } }`,
      (s) => ({ i: { coalitionId: s.poitiers.validated, facilitation: 'FIXED', tools: 'Brest' } }),
    );
  },

  async moveCoalitionStage(w) {
    await refusedOnPoitiers(
      w,
      (s) => s.poitiers.validated,
      `mutation ($id: ID!) { moveCoalitionStage(id: $id, stage: EXPLORE) { id } }`,
      (s) => ({ id: s.poitiers.validated }),
    );
  },
};
