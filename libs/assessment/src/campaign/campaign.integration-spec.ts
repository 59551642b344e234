import { randomUUID } from 'node:crypto';
import { errorCode, type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { TenantRole } from '@alliance/platform';
import { assessmentHarness } from '../test/assessment-harness';
import { tokenFor } from '../test/test-tokens';

const today = new Date().toISOString().slice(0, 10);
const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

describe('campaigns: Grand Poitiers asks its companies to assess themselves and follows the answers', () => {
  let harness: SubgraphHarness;
  let poitiers: TestTenant;
  let animator: string;
  let member: string;
  let versionId: string;

  beforeAll(async () => {
    harness = await assessmentHarness().start();
    const f = harness.factories;
    poitiers = await f.tenant('Grand Poitiers');
    animator = await tokenFor(
      harness.config,
      await f.member(poitiers, TenantRole.ANIMATOR),
      poitiers,
      TenantRole.ANIMATOR,
    );
    member = await tokenFor(
      harness.config,
      await f.member(poitiers, TenantRole.MEMBER),
      poitiers,
      TenantRole.MEMBER,
    );
    const created = await harness.ok(
      `mutation { createReferential(input: { code: "campagne", title: "Maturité" }) { versions { id } } }`,
      {},
      animator,
    );
    versionId = created.createReferential.versions[0].id;
    await harness.ok(
      `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
      {
        i: {
          versionId,
          contentBase64: Buffer.from('identifiant,nom\n1,Énergie\n1.1,Suivre\n').toString('base64'),
        },
      },
      animator,
    );
    await harness.ok(
      `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { id } }`,
      { v: versionId },
      animator,
    );
  });

  afterAll(() => harness?.stop());

  it('opens a campaign, counts the answers, and e-mails a reminder to those who have not answered, once each', async () => {
    const opened = await harness.ok(
      `mutation ($i: OpenCampaignInput!) { openCampaign(input: $i) { id } }`,
      {
        i: {
          versionId,
          title: 'Campagne entreprises',
          opensOn: today,
          closesOn: nextMonth,
          organisationTypes: ['ENTREPRISES'],
        },
      },
      animator,
    );
    const campaignId = opened.openCampaign.id;
    const [answering, silent] = [randomUUID(), randomUUID()];
    const wrongType = await harness.request(
      `mutation ($i: AddCampaignTargetsInput!) { addCampaignTargets(input: $i) { id } }`,
      {
        i: {
          campaignId,
          targets: [
            {
              organisationId: randomUUID(),
              organisationName: 'Asso',
              organisationType: 'ASSOCIATIONS',
              contactEmail: 'a@example.org',
            },
          ],
        },
      },
      animator,
    );
    expect(wrongType.errors![0]!.message).toMatch(/n’est pas d’un type visé/);
    await harness.ok(
      `mutation ($i: AddCampaignTargetsInput!) { addCampaignTargets(input: $i) { id } }`,
      {
        i: {
          campaignId,
          targets: [
            {
              organisationId: answering,
              organisationName: 'Menuiserie Martin',
              organisationType: 'ENTREPRISES',
              contactEmail: 'martin@example.org',
            },
            {
              organisationId: silent,
              organisationName: 'Imprimerie Roux',
              organisationType: 'ENTREPRISES',
              contactEmail: 'roux@example.org',
            },
          ],
        },
      },
      animator,
    );
    const start = await harness.ok(
      `mutation ($i: StartSelfAssessmentInput!) { startSelfAssessment(input: $i) { id } }`,
      { i: { versionId, organisationId: answering, organisationType: 'ENTREPRISES' } },
      member,
    );
    await harness.ok(
      `mutation ($id: ID!) { submitSelfAssessment(id: $id) { id } }`,
      { id: start.startSelfAssessment.id },
      member,
    );

    const followed = await harness.ok(
      `{ campaigns { totalCount edges { node { title responseRate { targets responded rate } } } } }`,
      {},
      animator,
    );
    expect(followed.campaigns.edges[0].node.responseRate).toEqual({ targets: 2, responded: 1, rate: 50 });

    const sent = await harness.ok(
      `mutation ($c: ID!) { sendCampaignReminders(campaignId: $c) }`,
      { c: campaignId },
      animator,
    );
    expect(sent.sendCampaignReminders).toBe(1);
    const mails = await (
      await harness.owner()
    ).query(`select payload from platform.outbox where tenant_id = $1 and type = 'mail.send'`, [poitiers.id]);
    expect(mails).toHaveLength(1);
    expect(mails[0].payload.message.to).toBe('roux@example.org');
    expect(mails[0].payload.key).toMatch(new RegExp(`^campaign-reminder-.+-${silent}$`));
  });

  it('keeps campaigns to the territory’s staff and refuses a closing day before the opening', async () => {
    expect(errorCode(await harness.request(`{ campaigns { totalCount } }`, {}, member))).toBe('FORBIDDEN');
    const backwards = await harness.request(
      `mutation ($i: OpenCampaignInput!) { openCampaign(input: $i) { id } }`,
      { i: { versionId, title: 'À l’envers', opensOn: nextMonth, closesOn: today } },
      animator,
    );
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0]!.extensions!.field).toBe('closesOn');
  });
});
