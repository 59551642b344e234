import { randomUUID } from 'node:crypto';
import { errorCode, type SubgraphHarness } from '@alliance/testing';
import { TenantRole } from '@alliance/platform';
import { assessmentHarness } from '../test/assessment-harness';
import { tokenFor } from '../test/test-tokens';

const CSV = ['identifiant,nom', '1,Énergie', '1.1,Suivre', '2,Eau', '2.1,Économiser'].join('\n');
const BENCHMARK = `query ($id: ID!) { selfAssessment(id: $id) { benchmark {
  sector { code contributors shown overall domains { code median } }
  organisationType { code contributors shown overall } } } }`;

describe('benchmarks: a company compares itself with its sector, from five organisations', () => {
  let harness: SubgraphHarness;
  let animator: string;
  let member: string;
  let versionId: string;
  let referentialId: string;

  beforeAll(async () => {
    harness = await assessmentHarness().start();
    const f = harness.factories;
    const poitiers = await f.tenant('Grand Poitiers');
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
      `mutation { createReferential(input: { code: "repere", title: "Repères" }) { id versions { id } } }`,
      {},
      animator,
    );
    referentialId = created.createReferential.id;
    versionId = created.createReferential.versions[0].id;
    await harness.ok(
      `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
      { i: { versionId, contentBase64: Buffer.from(CSV).toString('base64') } },
      animator,
    );
    await harness.ok(
      `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { id } }`,
      { v: versionId },
      animator,
    );
  });

  afterAll(() => harness?.stop());

  async function submitted(sector: string, energy: number, water: number): Promise<string> {
    const start = await harness.ok(
      `mutation ($i: StartSelfAssessmentInput!) { startSelfAssessment(input: $i) { id } }`,
      { i: { versionId, organisationId: randomUUID(), organisationType: 'ENTREPRISES', sector } },
      member,
    );
    const id = start.startSelfAssessment.id as string;
    await harness.ok(
      `mutation ($i: SaveAnswersInput!) { saveAssessmentAnswers(input: $i) { id } }`,
      {
        i: {
          assessmentId: id,
          answers: [
            { criterionCode: '1.1', level: energy },
            { criterionCode: '2.1', level: water },
          ],
        },
      },
      member,
    );
    await harness.ok(`mutation ($id: ID!) { submitSelfAssessment(id: $id) { id } }`, { id }, member);
    return id;
  }

  it('withholds the medians below five contributing organisations and shows them from five', async () => {
    const ids = [];
    for (const [energy, water] of [
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
    ])
      ids.push(await submitted('INDUSTRIE', energy!, water!));
    const four = (await harness.ok(BENCHMARK, { id: ids[0] }, member)).selfAssessment.benchmark;
    expect(four.sector).toEqual({
      code: 'INDUSTRIE',
      contributors: 4,
      shown: false,
      overall: null,
      domains: [],
    });

    ids.push(await submitted('INDUSTRIE', 4, 4));
    await submitted('TERTIAIRE', 4, 4);
    const five = (await harness.ok(BENCHMARK, { id: ids[0] }, member)).selfAssessment.benchmark;
    // Energy levels 0..4 score 0, 25, 50, 75, 100: the median is 50; water is 100 for all.
    expect(five.sector).toEqual({
      code: 'INDUSTRIE',
      contributors: 5,
      shown: true,
      overall: 75,
      domains: [
        { code: '1', median: 50 },
        { code: '2', median: 100 },
      ],
    });
    expect(five.organisationType).toMatchObject({ code: 'ENTREPRISES', contributors: 6, shown: true });
  });

  it('gives animators the distribution per domain, and members nothing of it', async () => {
    const distribution = await harness.ok(
      `query ($r: ID!) { referentialDistribution(referentialId: $r) { code contributors min median max } }`,
      { r: referentialId },
      animator,
    );
    expect(distribution.referentialDistribution).toEqual([
      { code: '1', contributors: 6, min: 0, median: 62.5, max: 100 },
      { code: '2', contributors: 6, min: 100, median: 100, max: 100 },
    ]);
    const refused = await harness.request(
      `query ($r: ID!) { referentialDistribution(referentialId: $r) { code } }`,
      { r: referentialId },
      member,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
