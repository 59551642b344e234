import { randomUUID } from 'node:crypto';
import { errorCode, type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { TenantRole } from '@alliance/platform';
import { assessmentHarness } from '../test/assessment-harness';
import { tokenFor } from '../test/test-tokens';
import { UnitOfWork } from '@alliance/platform';
import {
  REPRESENTATIVE_ADDED_EVENT,
  REPRESENTATIVE_REMOVED_EVENT,
  representativeAddedJob,
  representativeRemovedJob,
} from '../representation/representative-events.job';

const CSV = [
  'identifiant,nom,points,pourcentage,typesOrganisation',
  '1,Pilotage de la performance environnementale,3,,',
  '1.1,Nommer un référent transition,,,',
  '1.2,Suivre ses consommations,,,',
  '2,Énergie,1,,',
  '2.1,Auditer ses procédés industriels,,,entreprise',
  '2.2,Sensibiliser ses équipes,,,',
].join('\n');

const START = `mutation ($i: StartSelfAssessmentInput!) { startSelfAssessment(input: $i) { id status } }`;
const SAVE = `mutation ($i: SaveAnswersInput!) { saveAssessmentAnswers(input: $i) { id } }`;
const READ = `query ($id: ID!) { selfAssessment(id: $id) { id status submittedAt
  answers { criterionCode level notConcerned comment evidenceLinks }
  score { overall overallChange nodes { code score answered counted change } }
  previous { id } } }`;

describe('self-assessment: a Grand Poitiers association assesses its maturity', () => {
  let harness: SubgraphHarness;
  let poitiers: TestTenant;
  let animator: string;
  let member: string;
  let colleague: string;
  let colleagueUserId: string;
  let versionId: string;
  const organisationId = randomUUID();

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
    const colleaguePerson = await f.member(poitiers, TenantRole.MEMBER);
    colleagueUserId = colleaguePerson.id;
    colleague = await tokenFor(harness.config, colleaguePerson, poitiers, TenantRole.MEMBER);
    const created = await harness.ok(
      `mutation { createReferential(input: { code: "maturite", title: "Maturité" }) { versions { id } } }`,
      {},
      animator,
    );
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

  const start = async (token: string) =>
    (
      await harness.ok(
        START,
        { i: { versionId, organisationId, organisationType: 'association', sector: 'ess' } },
        token,
      )
    ).startSelfAssessment.id as string;

  it('saves a draft, scores it without the criteria that do not count, submits it once', async () => {
    const id = await start(member);
    expect(await start(member)).toBe(id);
    await harness.ok(
      SAVE,
      {
        i: {
          assessmentId: id,
          answers: [
            {
              criterionCode: '1.1',
              level: 4,
              comment: 'Référente nommée en 2024',
              evidenceLinks: ['https://example.org/note'],
            },
            { criterionCode: '1.2', notConcerned: true },
            { criterionCode: '2.2', level: 2 },
          ],
        },
      },
      member,
    );
    const draft = (await harness.ok(READ, { id }, member)).selfAssessment;
    expect(draft.answers).toHaveLength(3);
    const byCode = Object.fromEntries(draft.score.nodes.map((n: { code: string }) => [n.code, n]));
    // 1.2 is not concerned, 2.1 is for companies only: 1 scores 100, 2 scores 50, weighted 3 to 1.
    expect(byCode['1']).toMatchObject({ score: 100, counted: 1 });
    expect(byCode['2']).toMatchObject({ score: 50, counted: 1 });
    expect(draft.score.overall).toBe(87.5);

    const submitted = await harness.ok(
      `mutation ($id: ID!) { submitSelfAssessment(id: $id) { status } }`,
      { id },
      member,
    );
    expect(submitted.submitSelfAssessment.status).toBe('SUBMITTED');
    const twice = await harness.request(
      `mutation ($id: ID!) { submitSelfAssessment(id: $id) { status } }`,
      { id },
      member,
    );
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0]!.message).toMatch(/déjà été soumise/);
    const late = await harness.request(
      SAVE,
      { i: { assessmentId: id, answers: [{ criterionCode: '2.2', level: 4 }] } },
      member,
    );
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('refuses a level outside the scale and a criterion that does not apply, naming them, and writes nothing', async () => {
    const id = await start(member);
    const outside = await harness.request(
      SAVE,
      {
        i: {
          assessmentId: id,
          answers: [
            { criterionCode: '1.1', level: 2 },
            { criterionCode: '2.2', level: 7 },
          ],
        },
      },
      member,
    );
    expect(errorCode(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors![0]!.message).toBe(
      'Critère « 2.2 » : le niveau 7 n’existe pas dans l’échelle (0, 1, 2, 3, 4).',
    );
    expect(outside.errors![0]!.extensions!.field).toBe('answers.1.level');
    const companiesOnly = await harness.request(
      SAVE,
      { i: { assessmentId: id, answers: [{ criterionCode: '2.1', level: 1 }] } },
      member,
    );
    expect(companiesOnly.errors![0]!.message).toMatch(
      /ne s’applique pas aux organisations de type « association »/,
    );
    const group = await harness.request(
      SAVE,
      { i: { assessmentId: id, answers: [{ criterionCode: '1', level: 1 }] } },
      member,
    );
    expect(errorCode(group)).toBe('BAD_USER_INPUT');
    expect((await harness.ok(READ, { id }, member)).selfAssessment.answers).toEqual([]);
  });

  it('shows the change since the last submission', async () => {
    const id = await start(member);
    await harness.ok(
      SAVE,
      {
        i: {
          assessmentId: id,
          answers: [
            { criterionCode: '1.1', level: 4 },
            { criterionCode: '1.2', notConcerned: true },
            { criterionCode: '2.2', level: 4 },
          ],
        },
      },
      member,
    );
    await harness.ok(`mutation ($id: ID!) { submitSelfAssessment(id: $id) { id } }`, { id }, member);
    const second = (await harness.ok(READ, { id }, member)).selfAssessment;
    expect(second.previous).not.toBeNull();
    expect(second.score.overall).toBe(100);
    expect(second.score.overallChange).toBe(12.5);
    expect(second.score.nodes.find((n: { code: string }) => n.code === '2').change).toBe(50);
  });

  it('shows how answers carry over to a new version, by criterion code', async () => {
    const { referentialVersion } = await harness.ok(
      `query ($id: ID!) { referentialVersion(id: $id) { referentialId } }`,
      { id: versionId },
      member,
    );
    const draft = await harness.ok(
      `mutation ($r: ID!) { createReferentialDraft(referentialId: $r) { id } }`,
      { r: referentialVersion.referentialId },
      animator,
    );
    const next = draft.createReferentialDraft.id;
    const csv = CSV.replace('1.2,Suivre ses consommations,,,\n', '') + '\n2.3,Former un référent énergie,,,';
    await harness.ok(
      `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
      { i: { versionId: next, contentBase64: Buffer.from(csv).toString('base64') } },
      animator,
    );
    await harness.ok(
      `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { id } }`,
      { v: next },
      animator,
    );
    const history = await harness.ok(
      `query ($o: ID!) { selfAssessments(organisationId: $o, first: 1) { edges { node { id } } } }`,
      { o: organisationId },
      member,
    );
    const lines = await harness.ok(
      `query ($a: ID!, $v: ID!) { assessmentCarryOver(assessmentId: $a, versionId: $v) { criterionCode status level notConcerned } }`,
      { a: history.selfAssessments.edges[0].node.id, v: next },
      member,
    );
    expect(lines.assessmentCarryOver).toEqual([
      { criterionCode: '1.1', status: 'KEPT', level: 4, notConcerned: false },
      { criterionCode: '2.1', status: 'NEW', level: null, notConcerned: false },
      { criterionCode: '2.2', status: 'KEPT', level: 2, notConcerned: false },
      { criterionCode: '2.3', status: 'NEW', level: null, notConcerned: false },
      { criterionCode: '1.2', status: 'DROPPED', level: null, notConcerned: true },
    ]);
  });

  it('keeps an organisation’s answers to their author and the territory’s staff', async () => {
    const history = await harness.ok(
      `query ($o: ID!) { selfAssessments(organisationId: $o, first: 10) { totalCount edges { node { id status } } } }`,
      { o: organisationId },
      animator,
    );
    expect(history.selfAssessments.totalCount).toBe(2);
    const id = history.selfAssessments.edges[0].node.id;
    expect((await harness.ok(READ, { id }, animator)).selfAssessment.id).toBe(id);
    expect(errorCode(await harness.request(READ, { id }, colleague))).toBe('NOT_FOUND');
    const theirs = await harness.ok(
      `query ($o: ID!) { selfAssessments(organisationId: $o) { totalCount } }`,
      { o: organisationId },
      colleague,
    );
    expect(theirs.selfAssessments.totalCount).toBe(0);
    const audit = await (
      await harness.owner()
    ).query(
      `select action from platform.audit_entries where tenant_id = $1 and object_type = 'self-assessment' order by created_at`,
      [poitiers.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toContain('self-assessment.submit');
  });

  it('opens an organisation’s answers to every representative community announces, until it withdraws them', async () => {
    const uow = new UnitOfWork(harness.dataSource);
    const added = {
      id: 'event-1',
      type: REPRESENTATIVE_ADDED_EVENT,
      tenantId: poitiers.id,
      payload: {
        organisationId,
        userId: colleagueUserId,
        organisationName: 'Les Jardins partagés du Clain',
        organisationTypeCode: 'ASSOCIATIONS',
        sectorCode: null,
      },
    };
    // Delivered twice (at least once): one representation.
    await representativeAddedJob(uow)(added);
    await representativeAddedJob(uow)(added);
    const mine = await harness.ok(
      `{ myAssessmentOrganisations { id name organisationType } }`,
      {},
      colleague,
    );
    expect(mine.myAssessmentOrganisations).toEqual([
      { id: organisationId, name: 'Les Jardins partagés du Clain', organisationType: 'ASSOCIATIONS' },
    ]);
    const history = await harness.ok(
      `query ($o: ID!) { selfAssessments(organisationId: $o, first: 10) { totalCount edges { node { id } } } }`,
      { o: organisationId },
      colleague,
    );
    expect(history.selfAssessments.totalCount).toBe(2);
    const id = history.selfAssessments.edges[0].node.id;
    expect((await harness.ok(READ, { id }, colleague)).selfAssessment.id).toBe(id);

    await representativeRemovedJob(uow)({
      id: 'event-2',
      type: REPRESENTATIVE_REMOVED_EVENT,
      tenantId: poitiers.id,
      payload: { organisationId, userId: colleagueUserId },
    });
    expect(errorCode(await harness.request(READ, { id }, colleague))).toBe('NOT_FOUND');
    expect(
      (await harness.ok(`{ myAssessmentOrganisations { id } }`, {}, colleague)).myAssessmentOrganisations,
    ).toEqual([]);
  });

  it('refuses a malformed announcement rather than guessing', async () => {
    const job = representativeAddedJob(new UnitOfWork(harness.dataSource));
    await expect(
      job({
        id: 'event-3',
        type: REPRESENTATIVE_ADDED_EVENT,
        tenantId: poitiers.id,
        payload: { organisationId: 'x' } as never,
      }),
    ).rejects.toThrow('community.representative-added event-3: the payload has no valid organisationId.');
  });
});
