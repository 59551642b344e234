import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorCode, type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { TenantRole } from '@alliance/platform';
import { assessmentHarness } from '../test/assessment-harness';
import { tokenFor } from '../test/test-tokens';
import { parseCsv } from './csv';

const ECI = readFileSync(resolve(__dirname, '../../data/referential-eci-structure.csv'));
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

const IMPORT = `mutation ($input: ImportReferentialCsvInput!) { importReferentialCsv(input: $input) { id nodeCount } }`;
const VERSION = `query ($id: ID!) { referentialVersion(id: $id) { id number status nodeCount
  scale { level label score } nodes { code parentCode depth weight isCriterion } } }`;

describe('referentials: Grand Poitiers prepares, imports and publishes its maturity referential', () => {
  let harness: SubgraphHarness;
  let poitiers: TestTenant;
  let animator: string;
  let member: string;

  beforeAll(async () => {
    harness = await assessmentHarness().start();
    poitiers = await harness.factories.tenant('Grand Poitiers');
    const f = harness.factories;
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

  async function newReferential(code: string): Promise<{ id: string; draftId: string }> {
    const data = await harness.ok(
      `mutation ($input: CreateReferentialInput!) { createReferential(input: $input) { id versions { id number status } } }`,
      { input: { code, title: 'Maturité des acteurs économiques' } },
      animator,
    );
    return { id: data.createReferential.id, draftId: data.createReferential.versions[0].id };
  }

  it('imports the ECI layout as it is, exports it back cell for cell, and audits the import', async () => {
    const { draftId } = await newReferential('eci');
    const imported = await harness.ok(
      IMPORT,
      { input: { versionId: draftId, contentBase64: base64(ECI) } },
      animator,
    );
    expect(imported.importReferentialCsv.nodeCount).toBe(367);

    const version = (await harness.ok(VERSION, { id: draftId }, member)).referentialVersion;
    expect(version.scale.map((l: { label: string }) => l.label)).toEqual([
      'Pas commencé',
      'Découverte',
      'Engagé',
      'Avancé',
      'Exemplaire',
    ]);
    expect(version.nodes.find((n: { code: string }) => n.code === '1.1.1')).toMatchObject({
      parentCode: '1.1',
      depth: 3,
      isCriterion: false,
    });

    const csv = (
      await harness.ok(`query ($v: ID!) { referentialCsv(versionId: $v) }`, { v: draftId }, member)
    ).referentialCsv as string;
    expect(parseCsv(csv).records.map((r) => r.fields)).toEqual(
      parseCsv(ECI.toString('utf8')).records.map((r) => r.fields),
    );

    const audit = await (
      await harness.owner()
    ).query(
      `select data from platform.audit_entries where tenant_id = $1 and action = 'referential.import-csv'`,
      [poitiers.id],
    );
    expect(audit).toEqual([{ data: { nodes: 367 } }]);
  });

  it('reports every offending line of a bad file and imports nothing', async () => {
    const { draftId } = await newReferential('errone');
    const text = [
      'identifiant,nom,points,pourcentage',
      '1,Énergie,,',
      '1.1,A,,70',
      '1.2,B,,40',
      '1.1,C,,',
      '3.1,D,,',
      '2,E,dix,',
    ].join('\n');
    const result = await harness.request(
      IMPORT,
      { input: { versionId: draftId, contentBase64: base64(text) } },
      animator,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toBe('Le fichier contient 5 erreurs : rien n’a été importé.');
    expect(result.errors![0]!.extensions!.problems).toEqual([
      { line: 3, message: expect.stringContaining('110 %') },
      { line: 4, message: expect.stringContaining('110 %') },
      { line: 5, message: 'Identifiant « 1.1 » en double (déjà utilisé ligne 3).' },
      { line: 6, message: 'Parent « 3 » de « 3.1 » introuvable.' },
      { line: 7, message: 'Points « dix » de « 2 » : un nombre positif est attendu.' },
    ]);
    const count = await (
      await harness.owner()
    ).query(`select count(*)::int as n from assessment.referential_nodes where version_id = $1`, [draftId]);
    expect(count[0].n).toBe(0);
  });

  it('refuses a file that is not UTF-8 unless its encoding is declared', async () => {
    const { draftId } = await newReferential('latin');
    const bytes = Buffer.from('identifiant,nom\n1,Économie circulaire\n', 'latin1');
    const refused = await harness.request(
      IMPORT,
      { input: { versionId: draftId, contentBase64: base64(bytes) } },
      animator,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.problems).toEqual([
      { line: 2, message: expect.stringContaining('Encodage inconnu') },
    ]);
    const accepted = await harness.ok(
      IMPORT,
      { input: { versionId: draftId, contentBase64: base64(bytes), encoding: 'WINDOWS_1252' } },
      animator,
    );
    expect(accepted.importReferentialCsv.nodeCount).toBe(1);
  });

  it('imports a referential of a thousand nodes and more in one go', async () => {
    const { draftId } = await newReferential('grand');
    const lines = ['identifiant,nom,points,pourcentage'];
    for (let d = 1; d <= 12; d += 1) {
      lines.push(`${d},Domaine ${d},10,`);
      for (let s = 1; s <= 10; s += 1) {
        lines.push(`${d}.${s},Sous-domaine ${d}.${s},,`);
        for (let c = 1; c <= 8; c += 1) lines.push(`${d}.${s}.${c},Critère ${d}.${s}.${c},,`);
      }
    }
    const result = await harness.ok(
      IMPORT,
      { input: { versionId: draftId, contentBase64: base64(lines.join('\n')) } },
      animator,
    );
    expect(result.importReferentialCsv.nodeCount).toBe(1092);
  });

  it('freezes a published version and starts the next one as its copy', async () => {
    const { id, draftId } = await newReferential('versions');
    await harness.ok(
      IMPORT,
      { input: { versionId: draftId, contentBase64: base64('identifiant,nom\n1,Énergie\n1.1,Suivre\n') } },
      animator,
    );
    await harness.ok(
      `mutation ($input: SetMaturityScaleInput!) { setMaturityScale(input: $input) { id } }`,
      {
        input: {
          versionId: draftId,
          levels: [
            { level: 0, label: 'Non', score: 0 },
            { level: 1, label: 'Oui', score: 10 },
          ],
        },
      },
      animator,
    );
    const published = await harness.ok(
      `mutation ($v: ID!) { publishReferentialVersion(versionId: $v) { status publishedAt } }`,
      { v: draftId },
      animator,
    );
    expect(published.publishReferentialVersion.status).toBe('PUBLISHED');

    const again = await harness.request(
      IMPORT,
      { input: { versionId: draftId, contentBase64: base64('identifiant,nom\n9,X\n') } },
      animator,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    await expect(
      (await harness.owner()).query(`delete from assessment.referential_nodes where version_id = $1`, [
        draftId,
      ]),
    ).rejects.toThrow(/published/);

    const next = await harness.ok(
      `mutation ($r: ID!) { createReferentialDraft(referentialId: $r) { id number status nodeCount scale { label } } }`,
      { r: id },
      animator,
    );
    expect(next.createReferentialDraft).toMatchObject({
      number: 2,
      status: 'DRAFT',
      nodeCount: 2,
      scale: [{ label: 'Non' }, { label: 'Oui' }],
    });
    const twice = await harness.request(
      `mutation ($r: ID!) { createReferentialDraft(referentialId: $r) { id } }`,
      { r: id },
      animator,
    );
    expect(errorCode(twice)).toBe('CONFLICT');
  });

  it('lets members read but not shape referentials', async () => {
    const result = await harness.request(
      `mutation { createReferential(input: { code: "membre", title: "Non" }) { id } }`,
      {},
      member,
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    const list = await harness.ok(
      `{ referentials(first: 50) { totalCount edges { node { code versions { number } } } } }`,
      {},
      member,
    );
    expect(list.referentials.totalCount).toBeGreaterThanOrEqual(5);
  });
});
