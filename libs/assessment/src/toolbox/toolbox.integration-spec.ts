import { randomUUID } from 'node:crypto';
import { errorCode, type SubgraphHarness } from '@alliance/testing';
import { TenantRole } from '@alliance/platform';
import { assessmentHarness } from '../test/assessment-harness';
import { tokenFor } from '../test/test-tokens';

describe('toolbox: Grand Poitiers recommends resources after a self-assessment', () => {
  let harness: SubgraphHarness;
  let animator: string;
  let member: string;

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
  });

  afterAll(() => harness?.stop());

  it('lists resources by theme and kind, and recommends them to answers at or below their level', async () => {
    const created = await harness.ok(
      `mutation { createReferential(input: { code: "energie", title: "Énergie" }) { id versions { id } } }`,
      {},
      animator,
    );
    const referentialId = created.createReferential.id;
    const versionId = created.createReferential.versions[0].id;
    const csv =
      'identifiant,nom\n1,Énergie\n1.1,Suivre ses consommations\n1.2,Produire des énergies renouvelables\n';
    await harness.ok(
      `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
      { i: { versionId, contentBase64: Buffer.from(csv).toString('base64') } },
      animator,
    );
    await harness.ok(
      `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { id } }`,
      { v: versionId },
      animator,
    );

    const add = async (kind: string, title: string, themes: string[]) =>
      (
        await harness.ok(
          `mutation ($i: CreateToolboxResourceInput!) { createToolboxResource(input: $i) { id } }`,
          { i: { kind, title, themes, url: 'https://example.org/ressource' } },
          animator,
        )
      ).createToolboxResource.id as string;
    const guide = await add('GUIDE', 'Guide du suivi énergétique', ['ENERGIE']);
    const aid = await add('FINANCING', 'Aide régionale aux panneaux solaires', ['ENERGIE']);
    await add('TRAINING', 'Formation au compostage', ['DECHETS']);
    const link = (resourceId: string, criterionCode: string, maxLevel: number) =>
      harness.request(
        `mutation ($i: LinkResourceInput!) { linkResourceToCriterion(input: $i) { id maxLevel } }`,
        { i: { resourceId, referentialId, criterionCode, maxLevel } },
        animator,
      );
    expect((await link(guide, '1.1', 2)).data!.linkResourceToCriterion.maxLevel).toBe(2);
    await link(aid, '1.2', 1);
    expect(errorCode(await link(guide, '1.1', 3))).toBe('CONFLICT');

    const energy = await harness.ok(
      `{ toolboxResources(theme: "ENERGIE") { totalCount edges { node { title } } } }`,
      {},
      member,
    );
    expect(energy.toolboxResources.totalCount).toBe(2);
    const trainings = await harness.ok(`{ toolboxResources(kind: TRAINING) { totalCount } }`, {}, member);
    expect(trainings.toolboxResources.totalCount).toBe(1);

    const start = await harness.ok(
      `mutation ($i: StartSelfAssessmentInput!) { startSelfAssessment(input: $i) { id } }`,
      { i: { versionId, organisationId: randomUUID(), organisationType: 'ENTREPRISES' } },
      member,
    );
    const id = start.startSelfAssessment.id;
    await harness.ok(
      `mutation ($i: SaveAnswersInput!) { saveAssessmentAnswers(input: $i) { id } }`,
      {
        i: {
          assessmentId: id,
          answers: [
            { criterionCode: '1.1', level: 1 },
            { criterionCode: '1.2', level: 3 },
          ],
        },
      },
      member,
    );
    const read = await harness.ok(
      `query ($id: ID!) { selfAssessment(id: $id) { recommendations { criterionCode level resource { title kind } } } }`,
      { id },
      member,
    );
    // 1.2 is answered above the aid's level: only the guide is due.
    expect(read.selfAssessment.recommendations).toEqual([
      { criterionCode: '1.1', level: 1, resource: { title: 'Guide du suivi énergétique', kind: 'GUIDE' } },
    ]);
  });

  it('lets members read the toolbox but not add to it', async () => {
    const refused = await harness.request(
      `mutation { createToolboxResource(input: { kind: GUIDE, title: "Non" }) { id } }`,
      {},
      member,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const badLink = await harness.request(
      `mutation { createToolboxResource(input: { kind: GUIDE, title: "Lien", url: "ftp://x" }) { id } }`,
      {},
      animator,
    );
    expect(errorCode(badLink)).toBe('BAD_USER_INPUT');
  });
});
