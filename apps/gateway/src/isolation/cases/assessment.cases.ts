import { codeOf, type IsolationWorld } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

const poitiersReferentials = new WeakMap<IsolationWorld, Promise<{ id: string; draftId: string }>>();

/** A Grand Poitiers referential with a one-criterion draft, created once per world by its admin. */
function poitiersReferential(w: IsolationWorld): Promise<{ id: string; draftId: string }> {
  if (!poitiersReferentials.has(w)) {
    poitiersReferentials.set(
      w,
      (async () => {
        const created = await w.call(
          `mutation { createReferential(input: { code: "poitiers-isolation", title: "Maturité" }) { id versions { id } } }`,
          {},
          w.poitiersAdmin.token,
        );
        const referential = created.data!.createReferential;
        const draftId = referential.versions[0].id as string;
        await w.call(
          `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
          {
            i: {
              versionId: draftId,
              contentBase64: Buffer.from('identifiant,nom\n1,Énergie\n').toString('base64'),
            },
          },
          w.poitiersAdmin.token,
        );
        return { id: referential.id as string, draftId };
      })(),
    );
  }
  return poitiersReferentials.get(w)!;
}

const poitiersAssessments = new WeakMap<
  IsolationWorld,
  Promise<{ versionId: string; id: string; organisationId: string }>
>();

/** A published Grand Poitiers version and a draft assessment of one of its organisations, with one answer. */
function poitiersAssessment(w: IsolationWorld) {
  if (!poitiersAssessments.has(w)) {
    poitiersAssessments.set(
      w,
      (async () => {
        const token = w.poitiersAdmin.token;
        const created = await w.call(
          `mutation { createReferential(input: { code: "poitiers-publie", title: "Maturité" }) { versions { id } } }`,
          {},
          token,
        );
        const versionId = created.data!.createReferential.versions[0].id as string;
        const csv = Buffer.from('identifiant,nom\n1,Énergie\n1.1,Suivre ses consommations\n').toString(
          'base64',
        );
        await w.call(
          `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
          { i: { versionId, contentBase64: csv } },
          token,
        );
        await w.call(
          `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { id } }`,
          { v: versionId },
          token,
        );
        const organisationId = '6f1c2a52-3d9b-4c55-9b8e-1f0a7c3e2b10';
        const started = await w.call(
          `mutation ($i: StartSelfAssessmentInput!) { startSelfAssessment(input: $i) { id } }`,
          { i: { versionId, organisationId } },
          w.poitiersMember.token,
        );
        const id = started.data!.startSelfAssessment.id as string;
        await w.call(
          `mutation ($i: SaveAnswersInput!) { saveAssessmentAnswers(input: $i) { id } }`,
          { i: { assessmentId: id, answers: [{ criterionCode: '1.1', level: 3, comment: 'Confidentiel' }] } },
          w.poitiersMember.token,
        );
        return { versionId, id, organisationId };
      })(),
    );
  }
  return poitiersAssessments.get(w)!;
}

const poitiersCampaigns = new WeakMap<IsolationWorld, Promise<string>>();

/** A Grand Poitiers campaign on its published version, with one targeted organisation. */
function poitiersCampaign(w: IsolationWorld): Promise<string> {
  if (!poitiersCampaigns.has(w)) {
    poitiersCampaigns.set(
      w,
      (async () => {
        const { versionId } = await poitiersAssessment(w);
        const opened = await w.call(
          `mutation ($i: OpenCampaignInput!) { openCampaign(input: $i) { id } }`,
          {
            i: {
              versionId,
              title: 'Campagne de Grand Poitiers',
              opensOn: '2026-01-01',
              closesOn: '2026-12-31',
            },
          },
          w.poitiersAdmin.token,
        );
        const campaignId = opened.data!.openCampaign.id as string;
        await w.call(
          `mutation ($i: AddCampaignTargetsInput!) { addCampaignTargets(input: $i) { id } }`,
          {
            i: {
              campaignId,
              targets: [
                {
                  organisationId: '3a7e0f0e-0d43-4a5b-9c3e-6b1f2a4d5c6e',
                  organisationName: 'Scierie poitevine',
                  contactEmail: 'scierie@example.org',
                },
              ],
            },
          },
          w.poitiersAdmin.token,
        );
        return campaignId;
      })(),
    );
  }
  return poitiersCampaigns.get(w)!;
}

async function answerOf(w: IsolationWorld, assessmentId: string) {
  return w.sql(`select level, comment from assessment.answers where assessment_id = $1`, [assessmentId]);
}

async function nodeCount(w: IsolationWorld, versionId: string): Promise<number> {
  const [row] = await w.sql(
    `select count(*)::int as n from assessment.referential_nodes where version_id = $1`,
    [versionId],
  );
  return row!.n as number;
}

/** One case per assessment operation: what a Brest user gets of Grand Poitiers through it. */
export const assessmentCases: Record<string, IsolationCase> = {
  async referentials(w) {
    await poitiersReferential(w);
    const data = (
      await w.call(`{ referentials(first: 100) { edges { node { id code } } } }`, {}, w.brestMember.token)
    ).data!;
    const ids = data.referentials.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    const brest = await w.sql(`select id from assessment.referentials where tenant_id = $1`, [w.brest.id]);
    expect(ids).toEqual(brest.map((r) => r.id).sort());
  },

  async referentialVersion(w) {
    const { draftId } = await poitiersReferential(w);
    const result = await w.call(
      `query ($id: ID!) { referentialVersion(id: $id) { id nodes { code } } }`,
      { id: draftId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async referentialCsv(w) {
    const { draftId } = await poitiersReferential(w);
    const result = await w.call(
      `query ($v: ID!) { referentialCsv(versionId: $v) }`,
      { v: draftId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async createReferential(w) {
    // Same code as Grand Poitiers' referential: codes are unique per territory, so Brest may use it.
    await poitiersReferential(w);
    const result = await w.call(
      `mutation { createReferential(input: { code: "poitiers-isolation", title: "Brest" }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    const [row] = await w.sql(`select tenant_id from assessment.referentials where id = $1`, [
      result.data!.createReferential.id,
    ]);
    expect(row!.tenant_id).toBe(w.brest.id);
  },

  async importReferentialCsv(w) {
    const { draftId } = await poitiersReferential(w);
    const result = await w.call(
      `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
      {
        i: {
          versionId: draftId,
          contentBase64: Buffer.from('identifiant,nom\n1,A\n2,B\n').toString('base64'),
        },
      },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await nodeCount(w, draftId)).toBe(1);
  },

  async setMaturityScale(w) {
    const { draftId } = await poitiersReferential(w);
    const result = await w.call(
      `mutation ($i: SetMaturityScaleInput!) { setMaturityScale(input: $i) { id } }`,
      {
        i: {
          versionId: draftId,
          levels: [
            { level: 0, label: 'A', score: 0 },
            { level: 1, label: 'B', score: 1 },
          ],
        },
      },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const labels = await w.sql(
      `select label from assessment.maturity_levels where version_id = $1 order by level`,
      [draftId],
    );
    expect(labels.map((l) => l.label)).not.toContain('A');
  },

  async publishReferentialVersion(w) {
    const { draftId } = await poitiersReferential(w);
    const result = await w.call(
      `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { id } }`,
      { v: draftId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select status from assessment.referential_versions where id = $1`, [draftId]);
    expect(row!.status).toBe('draft');
  },

  async selfAssessment(w) {
    const { id } = await poitiersAssessment(w);
    const result = await w.call(
      `query ($id: ID!) { selfAssessment(id: $id) { id answers { comment } } }`,
      { id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async myAssessmentOrganisations(w) {
    // The same person represents an organisation in Grand Poitiers; from Brest it must not show.
    await w.sql(
      `insert into assessment.organisation_representatives
         (tenant_id, organisation_id, user_id, organisation_name, organisation_type)
       values ($1, gen_random_uuid(), $2, 'Menuiserie de Poitiers', 'ENTREPRISES')
       on conflict do nothing`,
      [w.poitiers.id, w.brestMember.userId],
    );
    const data = (await w.call(`{ myAssessmentOrganisations { name } }`, {}, w.brestMember.token)).data!;
    expect(data.myAssessmentOrganisations).toEqual([]);
  },

  async selfAssessments(w) {
    const { organisationId } = await poitiersAssessment(w);
    const data = (
      await w.call(
        `query ($o: ID!) { selfAssessments(organisationId: $o) { totalCount } }`,
        { o: organisationId },
        w.brestAdmin.token,
      )
    ).data!;
    expect(data.selfAssessments.totalCount).toBe(0);
  },

  async startSelfAssessment(w) {
    const { versionId } = await poitiersAssessment(w);
    const result = await w.call(
      `mutation ($i: StartSelfAssessmentInput!) { startSelfAssessment(input: $i) { id } }`,
      { i: { versionId, organisationId: '0b8f5a8e-8c1d-4f0e-a3a4-5c6d7e8f9a0b' } },
      w.brestMember.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async saveAssessmentAnswers(w) {
    const { id } = await poitiersAssessment(w);
    const result = await w.call(
      `mutation ($i: SaveAnswersInput!) { saveAssessmentAnswers(input: $i) { id } }`,
      { i: { assessmentId: id, answers: [{ criterionCode: '1.1', level: 0 }] } },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await answerOf(w, id)).toEqual([{ level: 3, comment: 'Confidentiel' }]);
  },

  async submitSelfAssessment(w) {
    const { id } = await poitiersAssessment(w);
    const result = await w.call(
      `mutation ($id: ID!) { submitSelfAssessment(id: $id) { id } }`,
      { id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select status from assessment.self_assessments where id = $1`, [id]);
    expect(row!.status).toBe('draft');
  },

  async toolboxResources(w) {
    await w.call(
      `mutation { createToolboxResource(input: { kind: GUIDE, title: "Guide de Grand Poitiers" }) { id } }`,
      {},
      w.poitiersAdmin.token,
    );
    const data = (
      await w.call(`{ toolboxResources(first: 100) { edges { node { title } } } }`, {}, w.brestMember.token)
    ).data!;
    const titles = data.toolboxResources.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(titles).not.toContain('Guide de Grand Poitiers');
  },

  async createToolboxResource(w) {
    const result = await w.call(
      `mutation { createToolboxResource(input: { kind: CONTACT, title: "Contact brestois" }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    const [row] = await w.sql(`select tenant_id from assessment.toolbox_resources where id = $1`, [
      result.data!.createToolboxResource.id,
    ]);
    expect(row!.tenant_id).toBe(w.brest.id);
  },

  async linkResourceToCriterion(w) {
    const { id: referentialId } = await poitiersReferential(w);
    const own = await w.call(
      `mutation { createToolboxResource(input: { kind: GUIDE, title: "Guide brestois" }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    const result = await w.call(
      `mutation ($i: LinkResourceInput!) { linkResourceToCriterion(input: $i) { id } }`,
      {
        i: { resourceId: own.data!.createToolboxResource.id, referentialId, criterionCode: '1', maxLevel: 2 },
      },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const links = await w.sql(
      `select count(*)::int as n from assessment.resource_links where referential_id = $1`,
      [referentialId],
    );
    expect(links[0]!.n).toBe(0);
  },

  async campaigns(w) {
    await poitiersCampaign(w);
    const data = (
      await w.call(`{ campaigns(first: 100) { edges { node { title } } } }`, {}, w.brestAdmin.token)
    ).data!;
    const titles = data.campaigns.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(titles).not.toContain('Campagne de Grand Poitiers');
  },

  async campaign(w) {
    const id = await poitiersCampaign(w);
    const result = await w.call(
      `query ($id: ID!) { campaign(id: $id) { id responseRate { targets } } }`,
      { id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async openCampaign(w) {
    const { versionId } = await poitiersAssessment(w);
    const result = await w.call(
      `mutation ($i: OpenCampaignInput!) { openCampaign(input: $i) { id } }`,
      { i: { versionId, title: 'Intrus', opensOn: '2026-01-01', closesOn: '2026-02-01' } },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async addCampaignTargets(w) {
    const campaignId = await poitiersCampaign(w);
    const result = await w.call(
      `mutation ($i: AddCampaignTargetsInput!) { addCampaignTargets(input: $i) { id } }`,
      {
        i: {
          campaignId,
          targets: [
            {
              organisationId: '9d2c4b6a-1e3f-4a5b-8c7d-0e1f2a3b4c5d',
              organisationName: 'Intrus',
              contactEmail: 'intrus@example.org',
            },
          ],
        },
      },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const targets = await w.sql(
      `select count(*)::int as n from assessment.campaign_targets where campaign_id = $1`,
      [campaignId],
    );
    expect(targets[0]!.n).toBe(1);
  },

  async sendCampaignReminders(w) {
    const campaignId = await poitiersCampaign(w);
    const result = await w.call(
      `mutation ($c: ID!) { sendCampaignReminders(campaignId: $c) }`,
      { c: campaignId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    // Other suites share this database and send reminders of their own: look at this campaign only.
    const reminders = await w.sql(
      `select count(*)::int as n from assessment.campaign_reminders where campaign_id = $1`,
      [campaignId],
    );
    expect(reminders[0]!.n).toBe(0);
    const mails = await w.sql(
      `select count(*)::int as n from platform.outbox where payload->'message'->>'subject' like $1`,
      [`%Campagne de Grand Poitiers%`],
    );
    expect(mails[0]!.n).toBe(0);
  },

  async referentialDistribution(w) {
    const { versionId } = await poitiersAssessment(w);
    const [row] = await w.sql(`select referential_id from assessment.referential_versions where id = $1`, [
      versionId,
    ]);
    const result = await w.call(
      `query ($r: ID!) { referentialDistribution(referentialId: $r) { code median } }`,
      { r: row!.referential_id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async assessmentCarryOver(w) {
    const { id, versionId } = await poitiersAssessment(w);
    const result = await w.call(
      `query ($a: ID!, $v: ID!) { assessmentCarryOver(assessmentId: $a, versionId: $v) { criterionCode level } }`,
      { a: id, v: versionId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  },

  async copyReferential(w) {
    const { versionId } = await poitiersAssessment(w);
    const result = await w.call(
      `mutation ($i: CopyReferentialInput!) { copyReferential(input: $i) { id } }`,
      { i: { sourceVersionId: versionId, code: 'copie-de-poitiers', title: 'Copie' } },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const copies = await w.sql(
      `select count(*)::int as n from assessment.referentials where code = 'copie-de-poitiers'`,
    );
    expect(copies[0]!.n).toBe(0);
  },

  async createReferentialDraft(w) {
    const { id } = await poitiersReferential(w);
    const result = await w.call(
      `mutation ($r: ID!) { createReferentialDraft(referentialId: $r) { id } }`,
      { r: id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const versions = await w.sql(
      `select count(*)::int as n from assessment.referential_versions where referential_id = $1`,
      [id],
    );
    expect(versions[0]!.n).toBe(1);
  },
};
