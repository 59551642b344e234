import { Workbook } from 'exceljs';
import { TenantRole, UnitOfWork } from '@alliance/platform';
import { type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { indicatorsHarness, tokenFor } from '../test/indicators-harness';
import { ValueKind } from '../value/indicator-value.entity';
import { IndicatorValueRepository, type SeriesWrite } from '../value/indicator-value.repository';
import { IMPORT_JOB, importValuesJob } from './import-values.job';

const START = `mutation ($input: StartIndicatorImportInput!) { startIndicatorImport(input: $input) { id status } }`;
const REPORT = `query ($id: ID!) { indicatorImport(id: $id) { status totalRows processedRows writtenRows errors { line field message } } }`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('importing and exporting values', () => {
  let h: SubgraphHarness;
  let clermont: TestTenant;
  let animator: string;
  let runImport: ReturnType<typeof importValuesJob>;

  beforeAll(async () => {
    h = await indicatorsHarness().start();
    clermont = await h.factories.tenant('Clermont Auvergne Métropole');
    animator = (await tokenFor(h, clermont, TenantRole.ANIMATOR)).token;
    runImport = importValuesJob(new UnitOfWork(h.dataSource));
    await h.ok(`mutation { followIndicators(codes: ["cae_4.a", "cae_4.c"]) { code } }`, {}, animator);
  });
  afterAll(() => h.stop());

  async function importFile(text: string): Promise<Record<string, any>> {
    const started = (
      await h.ok(START, { input: { fileName: 'atmo.csv', contentBase64: b64(text) } }, animator)
    ).startIndicatorImport;
    expect(started.status).toBe('PENDING');
    await runImport({
      id: `job-${started.id}`,
      type: IMPORT_JOB,
      tenantId: clermont.id,
      payload: { importId: started.id },
    });
    // A second delivery of the same job changes nothing.
    await runImport({
      id: `job-${started.id}`,
      type: IMPORT_JOB,
      tenantId: clermont.id,
      payload: { importId: started.id },
    });
    return (await h.ok(REPORT, { id: started.id }, animator)).indicatorImport;
  }

  const valuesOf = async (code: string) =>
    (
      await h.ok(
        `query ($c: String!) { indicator(code: $c) { values { year value sector } } }`,
        { c: code },
        animator,
      )
    ).indicator.values;

  it('writes nothing from a file with a faulty row, and reports every faulty row', async () => {
    const report = await importFile(
      'code;annee;valeur;unite\ncae_4.a;2005;4200;tonnes\ncae_4.a;vers 2010;3900;\ncae_9.z;2015;1;\ncae_4.c;2015;12;kg\n',
    );
    expect(report).toMatchObject({ status: 'FAILED', totalRows: 4, writtenRows: 0 });
    expect(report.errors).toEqual([
      {
        line: 3,
        field: 'annee',
        message: 'Date « vers 2010 » non reconnue : écrivez 2020, 2020-12-31 ou 31/12/2020.',
      },
      { line: 4, field: 'code', message: 'Indicateur inconnu ou non suivi : « cae_9.z ».' },
      {
        line: 5,
        field: 'unite',
        message: 'L’unité « kg » ne correspond pas à celle de cae_4.c (« tonnes »).',
      },
    ]);
    expect(await valuesOf('cae_4.a')).toEqual([]);
  });

  it('imports a clean file, then exports it as a CSV the import reads back', async () => {
    const report = await importFile(
      'code,annee,valeur,type,secteur\ncae_4.a,2005,4200,observé,\ncae_4.a,2020,1500,observé,\ncae_4.a,2020,600,observé,transport\n',
    );
    expect(report).toMatchObject({
      status: 'SUCCEEDED',
      totalRows: 3,
      processedRows: 3,
      writtenRows: 3,
      errors: [],
    });
    expect(await valuesOf('cae_4.a')).toEqual([
      { year: 2005, value: 4200, sector: '' },
      { year: 2020, value: 1500, sector: '' },
      { year: 2020, value: 600, sector: 'transport' },
    ]);
    const file = (
      await h.ok(
        `{ exportIndicatorValues(codes: ["cae_4.a"]) { fileName mediaType contentBase64 } }`,
        {},
        animator,
      )
    ).exportIndicatorValues;
    const csv = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFcode;annee;valeur;type;unite;secteur;source;calcule;raison',
      'cae_4.a;2005;4200;observé;tonnes;;;non;',
      'cae_4.a;2020;1500;observé;tonnes;;;non;',
    ]);
    const workbook = (
      await h.ok(
        `{ exportIndicatorValues(codes: ["cae_4.a"], format: XLSX) { fileName contentBase64 } }`,
        {},
        animator,
      )
    ).exportIndicatorValues;
    expect(workbook.fileName).toBe('valeurs-indicateurs.xlsx');
    const sheet = new Workbook();
    await sheet.xlsx.load(Uint8Array.from(Buffer.from(workbook.contentBase64, 'base64')).buffer);
    const rows = sheet.getWorksheet('Valeurs')!.getSheetValues();
    expect(rows[2]).toEqual([undefined, 'cae_4.a', 2005, 4200, 'observé', 'tonnes', '', '', 'non', '']);
    const again = await importFile(csv);
    expect(again).toMatchObject({ status: 'SUCCEEDED', writtenRows: 3 });
  });

  it('imports a long unsorted file, whose series come back again and again, as a sorted one', async () => {
    await h.ok(`mutation { followIndicators(codes: ["cae_4.ac", "cae_4.ad"]) { code } }`, {}, animator);
    // 30,000 rows, year by year: each of the 200 series (2 indicators × 100 sectors) comes back every 200 rows,
    // so it is written in many parts, merged one after the other.
    const lines = ['code;annee;valeur;secteur'];
    for (let year = 1901; year <= 2050; year += 1) {
      for (let sector = 0; sector < 100; sector += 1) {
        for (const code of ['cae_4.ac', 'cae_4.ad'])
          lines.push(`${code};${year};${year - 1900},5;s${sector}`);
      }
    }
    const report = await importFile(lines.join('\n'));
    expect(report).toMatchObject({ status: 'SUCCEEDED', totalRows: 30_000, writtenRows: 30_000 });
    const stored: { series: number; values: number; first: number; last: number; total: number }[] =
      await new UnitOfWork(h.dataSource).run(clermont.id, (m) =>
        m.query(
          `select count(distinct series_id)::int as series, count(*)::int as values, min(year) as first,
                  max(year) as last, sum(value)::float as total
             from indicators.indicator_values where indicator_code in ('cae_4.ac', 'cae_4.ad')`,
        ),
      );
    // Σ (year − 1900 + 0.5) over 150 years, for each of the 200 series.
    expect(stored).toEqual([
      { series: 200, values: 30_000, first: 1901, last: 2050, total: 200 * (11_325 + 75) },
    ]);
  });

  it('imports over earlier values: the file’s years replace theirs, other years and their sources stay', async () => {
    await h.ok(`mutation { followIndicators(codes: ["cae_4.ab"]) { code } }`, {}, animator);
    const sourced = `query { indicator(code: "cae_4.ab") { values { id year value source computed } } }`;
    expect(
      await importFile('code;annee;valeur;source\ncae_4.ab;2018;10;ATMO\ncae_4.ab;2019;11;ATMO\n'),
    ).toMatchObject({
      status: 'SUCCEEDED',
      writtenRows: 2,
    });
    const entered = (
      await h.ok(
        `mutation { recordIndicatorValue(input: { indicatorCode: "cae_4.ab", year: 2021, kind: OBSERVED, value: 13, source: "Relevé" }) { id year } }`,
        {},
        animator,
      )
    ).recordIndicatorValue;
    expect(
      await importFile('code;annee;valeur;source\ncae_4.ab;2019;11,5;OREGES\ncae_4.ab;2022;14;OREGES\n'),
    ).toMatchObject({
      status: 'SUCCEEDED',
      writtenRows: 2,
    });
    const values = (await h.ok(sourced, {}, animator)).indicator.values;
    expect(values.map((v: Record<string, unknown>) => [v.year, v.value, v.source])).toEqual([
      [2018, 10, 'ATMO'],
      [2019, 11.5, 'OREGES'],
      [2021, 13, 'Relevé'],
      [2022, 14, 'OREGES'],
    ]);
    // A value keeps its id when a later import replaces it; removing it by that id takes that year only.
    expect(values.find((v: Record<string, unknown>) => v.year === 2021).id).toBe(entered.id);
    expect(
      (await h.ok(`mutation ($id: ID!) { removeIndicatorValue(id: $id) }`, { id: entered.id }, animator))
        .removeIndicatorValue,
    ).toBe(true);
    const left = (await h.ok(sourced, {}, animator)).indicator.values;
    expect(left.map((v: Record<string, unknown>) => v.year)).toEqual([2018, 2019, 2022]);
    const unknown = await h.request(
      `mutation ($id: ID!) { removeIndicatorValue(id: $id) }`,
      { id: 'not-a-value' },
      animator,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a file in another encoding at once, naming the line', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('code,annee,valeur,secteur\ncae_4.a,2021,1,r', 'latin1'),
      Buffer.from([0xe9, 0x0a]),
    ]);
    const result = await h.request(
      START,
      { input: { fileName: 'latin1.csv', contentBase64: latin1.toString('base64') } },
      animator,
    );
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('n’est pas encodé en UTF-8 (octet invalide ligne 2)'),
      extensions: { code: 'BAD_USER_INPUT', field: 'file' },
    });
  });

  it('keeps nothing of a write the database refuses on the way, and reports why', async () => {
    const uow = new UnitOfWork(h.dataSource);
    const values = new IndicatorValueRepository(uow);
    const series = (sector: string, years: number[], organisationId: string | null = null): SeriesWrite => ({
      indicatorCode: 'cae_4.a',
      kind: ValueKind.OBSERVED,
      sector,
      organisationId,
      years,
      values: years.map(() => 1),
      computed: false,
      missingReasons: null,
      sources: 'essai',
      enteredBy: null,
    });
    const write = (...parts: SeriesWrite[][]) =>
      uow.run(clermont.id, async () => {
        const writer = await values.openSeriesWriter();
        for (const part of parts) {
          part.forEach((one) => writer.add(one));
          writer.send();
        }
        await writer.finish();
      });
    // Refused by the merge of the second part (a year out of range), then by the COPY of the first (not an id).
    await expect(
      write([series('refus', [2001])], [series('refus', [1800]), series('refus-bis', [2002])]),
    ).rejects.toThrow(/value_series_years_check/);
    await expect(
      write([series('refus', [2001], 'pas-un-identifiant')], [series('refus-bis', [2002])]),
    ).rejects.toThrow(/invalid input syntax for type uuid/);
    const sectors = (await valuesOf('cae_4.a')).map((v: { sector: string }) => v.sector);
    expect(sectors).not.toContain('refus');
    expect(sectors).not.toContain('refus-bis');
    // The connection goes back to the pool in a usable state.
    await write([series('accepte', [2003])]);
    expect((await valuesOf('cae_4.a')).map((v: { sector: string }) => v.sector)).toContain('accepte');
  });
});
