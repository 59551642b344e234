import { errorCode, type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { TenantRole } from '@alliance/platform';
import { assessmentHarness } from '../test/assessment-harness';
import { tokenFor } from '../test/test-tokens';

const COPY = `mutation ($i: CopyReferentialInput!) { copyReferential(input: $i) { id code versions { status nodeCount scale { label } } } }`;

describe('copying a referential: a consultant adapts Grand Poitiers’ referential for a laureate territory', () => {
  let harness: SubgraphHarness;
  let poitiers: TestTenant;
  let laureate: TestTenant;
  let publishedId: string;

  beforeAll(async () => {
    harness = await assessmentHarness().start();
    const f = harness.factories;
    poitiers = await f.tenant('Grand Poitiers');
    laureate = await f.tenant('Grand Besançon Métropole');
    const animator = await tokenFor(
      harness.config,
      await f.member(poitiers, TenantRole.ANIMATOR),
      poitiers,
      TenantRole.ANIMATOR,
    );
    const created = await harness.ok(
      `mutation { createReferential(input: { code: "maturite", title: "Maturité" }) { versions { id } } }`,
      {},
      animator,
    );
    publishedId = created.createReferential.versions[0].id;
    await harness.ok(
      `mutation ($i: ImportReferentialCsvInput!) { importReferentialCsv(input: $i) { id } }`,
      {
        i: {
          versionId: publishedId,
          contentBase64: Buffer.from(
            'identifiant,nom,typesOrganisation\n1,Énergie,\n1.1,Auditer,ENTREPRISES\n',
          ).toString('base64'),
        },
      },
      animator,
    );
    await harness.ok(
      `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { id } }`,
      { v: publishedId },
      animator,
    );
  });

  afterAll(() => harness?.stop());

  it('copies a published version into a territory the consultant serves, as a draft of its own', async () => {
    const consultant = await harness.factories.consultantServing(poitiers, laureate);
    const token = await tokenFor(harness.config, consultant, laureate, 'consultant');
    const copied = await harness.ok(
      COPY,
      {
        i: {
          sourceVersionId: publishedId,
          code: 'maturite-besancon',
          title: 'Maturité (adapté de Grand Poitiers)',
        },
      },
      token,
    );
    expect(copied.copyReferential).toMatchObject({
      code: 'maturite-besancon',
      versions: [{ status: 'DRAFT', nodeCount: 2, scale: expect.arrayContaining([{ label: 'Exemplaire' }]) }],
    });
    const [row] = await (
      await harness.owner()
    ).query(
      `select tenant_id, organisation_types from assessment.referential_nodes where code = '1.1' and version_id <> $1
        and tenant_id = $2`,
      [publishedId, laureate.id],
    );
    expect(row).toEqual({ tenant_id: laureate.id, organisation_types: ['ENTREPRISES'] });
  });

  it('does not let an admin of another territory copy it', async () => {
    const outsider = await tokenFor(
      harness.config,
      await harness.factories.member(laureate, TenantRole.ADMIN),
      laureate,
      TenantRole.ADMIN,
    );
    const refused = await harness.request(
      COPY,
      { i: { sourceVersionId: publishedId, code: 'copie-interdite', title: 'Non' } },
      outsider,
    );
    expect(errorCode(refused)).toBe('NOT_FOUND');
    const [count] = await (
      await harness.owner()
    ).query(
      `select count(*)::int as n from assessment.referentials where tenant_id = $1 and code = 'copie-interdite'`,
      [laureate.id],
    );
    expect(count.n).toBe(0);
  });
});
