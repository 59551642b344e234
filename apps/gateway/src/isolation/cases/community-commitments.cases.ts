import { codeOf, type IsolationWorld } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

interface PoitiersCommitments {
  organisationId: string;
  publishedId: string;
  draftId: string;
  actionId: string;
}

const worlds = new WeakMap<IsolationWorld, Promise<PoitiersCommitments>>();

/**
 * In Grand Poitiers: an organisation its member represents, a published commitment with an action and an
 * impact, and a draft. The organisation rows stand in for the organisation service's registration.
 */
function poitiersCommitments(w: IsolationWorld): Promise<PoitiersCommitments> {
  if (!worlds.has(w)) {
    worlds.set(
      w,
      (async () => {
        const [organisation] = await w.sql(
          `insert into community.organisations (tenant_id, name, type_code) values ($1, 'Scierie poitevine', 'ENTREPRISES') returning id`,
          [w.poitiers.id],
        );
        const organisationId = organisation!.id as string;
        await w.sql(
          `insert into community.representatives (tenant_id, organisation_id, user_id) values ($1, $2, $3)`,
          [w.poitiers.id, organisationId, w.poitiersMember.userId],
        );
        const create = async (title: string) =>
          (
            await w.call(
              `mutation ($i: CreateCommitmentInput!) { createCommitment(input: $i) { id } }`,
              {
                i: {
                  organisationId,
                  title,
                  objective: 'Sécher le bois à la chaleur fatale.',
                  firstActions: 'Un audit énergétique.',
                  planStakeCodes: ['POITIERS-BOIS'],
                },
              },
              w.poitiersMember.token,
            )
          ).data!.createCommitment.id as string;
        const publishedId = await create('Engagement de la scierie poitevine');
        const draftId = await create('Brouillon de la scierie poitevine');
        const action = await w.call(
          `mutation ($i: AddActionInput!) { addAction(input: $i) { id } }`,
          {
            i: {
              commitmentId: publishedId,
              title: 'Récupération de chaleur poitevine',
              categoryCode: 'POITIERS-ENERGIE',
              planStakeCodes: ['POITIERS-BOIS'],
              impacts: [{ quantity: 300, unit: 'MWh/an', year: 2027, indicatorCode: 'cae_2.a' }],
            },
          },
          w.poitiersMember.token,
        );
        const actionId = action.data!.addAction.id as string;
        for (const [op, token] of [
          ['submitCommitment', w.poitiersMember.token],
          ['validateCommitment', w.poitiersAdmin.token],
          ['publishCommitment', w.poitiersAdmin.token],
        ] as const) {
          await w.call(`mutation ($id: ID!) { ${op}(id: $id) { id } }`, { id: publishedId }, token);
        }
        return { organisationId, publishedId, draftId, actionId };
      })(),
    );
  }
  return worlds.get(w)!;
}

async function commitmentState(w: IsolationWorld, id: string) {
  const [row] = await w.sql(
    `select c.status, c.current_revision, c.published_revision, r.objective
       from community.commitments c
       join community.commitment_revisions r on r.commitment_id = c.id and r.revision = c.current_revision
      where c.id = $1`,
    [id],
  );
  return row;
}

async function actionState(w: IsolationWorld, id: string) {
  const [row] = await w.sql(
    `select a.title, a.status,
            (select count(*)::int from community.action_impacts i where i.action_id = a.id) as impacts,
            (select count(*)::int from community.action_progress p where p.action_id = a.id) as progress
       from community.actions a where a.id = $1`,
    [id],
  );
  return row;
}

async function countOf(w: IsolationWorld, table: string): Promise<number> {
  const [row] = await w.sql(`select count(*)::int as n from community.${table} where tenant_id = $1`, [
    w.poitiers.id,
  ]);
  return row!.n as number;
}

/** A move of the workflow from Brest on Grand Poitiers' commitment: NOT_FOUND and nothing changed. */
function workflowCase(operation: string, which: 'publishedId' | 'draftId', extra = ''): IsolationCase {
  return async (w) => {
    const ids = await poitiersCommitments(w);
    const before = await commitmentState(w, ids[which]);
    const result = await w.call(
      `mutation ($id: ID!) { ${operation}(id: $id${extra}) { id } }`,
      { id: ids[which] },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await commitmentState(w, ids[which])).toEqual(before);
  };
}

/** Community's commitments: what a Brest user gets of Grand Poitiers' through each operation. */
export const communityCommitmentsCases: Record<string, IsolationCase> = {
  async commitment(w) {
    const { publishedId, draftId } = await poitiersCommitments(w);
    const result = await w.call(
      `query ($id: ID!) { commitment(id: $id) { id revisions { objective } } }`,
      { id: publishedId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    // The public pages: Brest's show nothing of Grand Poitiers; Grand Poitiers' show its published one only.
    const publicOf = (slug: string, id: string) =>
      w.call(
        `query ($s: String!, $id: ID!) { tenantBySlug(slug: $s) {
           publicCommitments(first: 100) { edges { node { id } } }
           publicCommitment(id: $id) { id current { title } actions { title barriers } }
         } }`,
        { s: slug, id },
      );
    const brestPage = (await publicOf(w.brest.slug, publishedId)).data!.tenantBySlug;
    expect(brestPage.publicCommitments.edges).toEqual([]);
    expect(brestPage.publicCommitment).toBeNull();
    const poitiersPage = (await publicOf(w.poitiers.slug, draftId)).data!.tenantBySlug;
    expect(poitiersPage.publicCommitments.edges).toEqual([{ node: { id: publishedId } }]);
    expect(poitiersPage.publicCommitment).toBeNull();
  },

  async commitments(w) {
    const { publishedId, draftId } = await poitiersCommitments(w);
    const data = (
      await w.call(`{ commitments(first: 100) { edges { node { id } } } }`, {}, w.brestAdmin.token)
    ).data!;
    const ids = data.commitments.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).not.toContain(publishedId);
    expect(ids).not.toContain(draftId);
  },

  async createCommitment(w) {
    const { organisationId } = await poitiersCommitments(w);
    const before = await countOf(w, 'commitments');
    const result = await w.call(
      `mutation ($i: CreateCommitmentInput!) { createCommitment(input: $i) { id } }`,
      { i: { organisationId, title: 'Intrus brestois' } },
      w.brestMember.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await countOf(w, 'commitments')).toBe(before);
  },

  async updateCommitment(w) {
    const { draftId } = await poitiersCommitments(w);
    const before = await commitmentState(w, draftId);
    const result = await w.call(
      `mutation ($i: UpdateCommitmentInput!) { updateCommitment(input: $i) { id } }`,
      { i: { commitmentId: draftId, objective: 'Écrit depuis Brest' } },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await commitmentState(w, draftId)).toEqual(before);
  },

  submitCommitment: workflowCase('submitCommitment', 'draftId'),
  validateCommitment: workflowCase('validateCommitment', 'draftId'),
  returnCommitment: workflowCase('returnCommitment', 'draftId', ', comment: "Depuis Brest"'),
  publishCommitment: workflowCase('publishCommitment', 'draftId'),

  async action(w) {
    const { actionId } = await poitiersCommitments(w);
    const result = await w.call(
      `query ($id: ID!) { action(id: $id) { id barriers impacts { quantity } } }`,
      { id: actionId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async addAction(w) {
    const { publishedId, organisationId } = await poitiersCommitments(w);
    const before = await countOf(w, 'actions');
    for (const owner of [{ commitmentId: publishedId }, { organisationId }]) {
      const result = await w.call(
        `mutation ($i: AddActionInput!) { addAction(input: $i) { id } }`,
        { i: { ...owner, title: 'Action brestoise' } },
        w.brestMember.token,
      );
      expect(codeOf(result)).toBe('NOT_FOUND');
    }
    expect(await countOf(w, 'actions')).toBe(before);
  },

  async updateAction(w) {
    const { actionId } = await poitiersCommitments(w);
    const before = await actionState(w, actionId);
    const result = await w.call(
      `mutation ($i: UpdateActionInput!) { updateAction(input: $i) { id } }`,
      { i: { actionId, title: 'Renommée depuis Brest', impacts: [] } },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await actionState(w, actionId)).toEqual(before);
  },

  async removeAction(w) {
    const { actionId } = await poitiersCommitments(w);
    const before = await actionState(w, actionId);
    const result = await w.call(
      `mutation ($id: ID!) { removeAction(id: $id) }`,
      { id: actionId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await actionState(w, actionId)).toEqual(before);
  },

  async addActionProgress(w) {
    const { actionId } = await poitiersCommitments(w);
    const before = await actionState(w, actionId);
    const result = await w.call(
      `mutation ($i: AddActionProgressInput!) { addActionProgress(input: $i) { id } }`,
      { i: { actionId, reportedOn: '2026-03-01', note: 'Depuis Brest' } },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await actionState(w, actionId)).toEqual(before);
  },

  async commitmentsOverview(w) {
    await poitiersCommitments(w);
    for (const by of ['PLAN_STAKE', 'THEME']) {
      const data = (
        await w.call(
          `query ($by: OverviewDimension!) { commitmentsOverview(by: $by) { code } }`,
          { by },
          w.brestAdmin.token,
        )
      ).data!;
      const codes = data.commitmentsOverview.map((r: { code: string }) => r.code);
      expect(codes).not.toContain('POITIERS-BOIS');
      expect(codes).not.toContain('POITIERS-ENERGIE');
    }
  },

  async exportCommitmentsOverview(w) {
    await poitiersCommitments(w);
    const data = (
      await w.call(
        `{ exportCommitmentsOverview(by: PLAN_STAKE, format: CSV) { contentBase64 } }`,
        {},
        w.brestAdmin.token,
      )
    ).data!;
    const csv = Buffer.from(data.exportCommitmentsOverview.contentBase64, 'base64').toString('utf8');
    expect(csv).not.toContain('POITIERS');
    expect(csv).not.toContain('poitevine');
  },
};
