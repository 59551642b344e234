import type { Definition } from '../indicator/definition';
import {
  announcedRows,
  decodeUtf8,
  type ImportedRun,
  parseNumber,
  parseYear,
  readValueFile,
  ValueFileReader,
} from './value-file';

const definition = (code: string, unit: string, maximum: number | null = null): Definition => ({
  code,
  title: code,
  unit,
  parents: [],
  themes: [],
  precision: null,
  minimum: null,
  maximum,
  formula: null,
  description: null,
  custom: false,
});
const known = new Map([
  ['cae_1.c', definition('cae_1.c', 'kteq CO2')],
  ['part_velo', definition('part_velo', '%', 100)],
]);

/** A run as it was handed over: the reader reuses its storage afterwards. */
interface Run {
  indicatorCode: string;
  kind: string;
  sector: string;
  years: number[];
  decimals: string[];
  sources: (string | null)[] | null;
}

function kept(run: ImportedRun): Run {
  const { indicatorCode, kind, sector, sources } = run;
  const years: number[] = [];
  const decimals: string[] = [];
  const visitor = {
    year: (year: number) => years.push(year),
    decimal: (bytes: Uint8Array, from: number, to: number) =>
      decimals.push(Buffer.from(bytes.subarray(from, to)).toString('latin1')),
  };
  run.visitYears(visitor);
  run.visitDecimals(visitor);
  return { indicatorCode, kind, sector, years, decimals, sources };
}

/** The runs a file gives, with what its reading reports. */
function read(text: string): ReturnType<typeof readValueFile> & { runs: Run[] } {
  const runs: Run[] = [];
  const report = readValueFile(
    text,
    (c) => known.get(c),
    (run) => runs.push(kept(run)),
  );
  return { ...report, runs };
}

describe('value files', () => {
  it('reads French spreadsheets: semicolons, decimal commas, dates, kinds and sectors', () => {
    const { runs, rowCount, valueCount, codes, errors } = read(
      'code;annee;valeur;type;unite;secteur;source\ncae_1.c;31/12/2019;1 234,5;estimé;kteq CO2;résidentiel;ATMO\ncae_1.c;2020;1200;;;;\ncae_1.c;2021;1150;;;;\n',
    );
    expect(errors).toEqual([]);
    expect([rowCount, valueCount, codes]).toEqual([3, 3, ['cae_1.c']]);
    expect(runs).toEqual([
      {
        indicatorCode: 'cae_1.c',
        kind: 'estimated',
        sector: 'résidentiel',
        years: [2019],
        decimals: ['1234.5'],
        sources: ['ATMO'],
      },
      {
        indicatorCode: 'cae_1.c',
        kind: 'observed',
        sector: '',
        years: [2020, 2021],
        decimals: ['1200', '1150'],
        sources: [null, null],
      },
    ]);
  });

  it('gathers a series the file comes back to, hands it over again after a piece, and finds a year it repeats', () => {
    const sorted = read(
      'code,annee,valeur\ncae_1.c,2019,1\npart_velo,2019,5\ncae_1.c,2020,2\ncae_1.c,2021,3\n',
    );
    expect(sorted.runs.map((r) => [r.indicatorCode, r.years])).toEqual([
      ['cae_1.c', [2019, 2020, 2021]],
      ['part_velo', [2019]],
    ]);
    const runs: Run[] = [];
    const reader = new ValueFileReader(
      (c) => known.get(c),
      (run) => runs.push(kept(run)),
    );
    const file = Buffer.from('code,annee,valeur\ncae_1.c,2019,1\ncae_1.c,2020,2\ncae_1.c,2019,3\n');
    const cut = file.indexOf('cae_1.c,2020');
    reader.read(file, { from: 0, to: cut });
    expect(reader.pendingValues).toBe(1);
    reader.handOver();
    reader.read(file, { from: cut, to: file.length });
    expect(reader.finish().errors).toEqual([
      { line: 4, field: 'code', message: 'Même indicateur, année, type et secteur qu’à la ligne 2.' },
    ]);
    expect(runs.map((r) => r.years)).toEqual([[2019]]);
  });

  it('reads a value exactly as its text says, to compare it with the bounds', () => {
    const { errors } = read(
      'code;annee;valeur\npart_velo;2019;100,0000000000001\npart_velo;2020;-0,5\npart_velo;2021;100\n',
    );
    expect(errors.map((e) => e.line)).toEqual([2]);
    expect(read('code;annee;valeur\npart_velo;2019;12,25\n').runs[0]?.decimals).toEqual(['12.25']);
  });

  it('finds a repeated year whatever the order: by indicator, by year, or backwards', () => {
    const byYear = ['code,annee,valeur,secteur'];
    for (let year = 2000; year < 2010; year += 1) {
      for (const sector of ['a', 'b', 'c']) byYear.push(`cae_1.c,${year},1,${sector}`);
    }
    byYear.push('cae_1.c,2004,2,b');
    expect(read(byYear.join('\n')).errors).toEqual([
      { line: 32, field: 'code', message: 'Même indicateur, année, type et secteur qu’à la ligne 15.' },
    ]);
    const backwards = read(
      'code,annee,valeur\ncae_1.c,2021,1\ncae_1.c,2020,1\ncae_1.c,2019,1\ncae_1.c,2020,2\n',
    );
    expect(backwards.errors.map((e) => e.message)).toEqual([
      'Même indicateur, année, type et secteur qu’à la ligne 3.',
    ]);
    const scattered = read(
      'code,annee,valeur\ncae_1.c,2019,1\ncae_1.c,2015,1\ncae_1.c,2030,1\ncae_1.c,2016,1\n',
    );
    expect(scattered.errors).toEqual([]);
    expect(scattered.runs[0]?.years).toEqual([2019, 2015, 2030, 2016]);
  });

  it('takes a field padded with no-break spaces for the same code and sector', () => {
    const { runs, errors } = read(
      'code;annee;valeur;secteur\ncae_1.c;2019;1;résidentiel\ncae_1.c\u00a0;2020;2;\u00a0résidentiel\u202f\n',
    );
    expect(errors).toEqual([]);
    expect(runs.map((r) => [r.sector, r.years, r.sources])).toEqual([['résidentiel', [2019, 2020], null]]);
  });

  it('hands nothing over once a row is faulty, since the file will be refused', () => {
    const { runs, errors } = read('code,annee,valeur\ncae_1.c,2019,1\ncae_1.c,2020,x\npart_velo,2019,5\n');
    expect(errors.map((e) => e.line)).toEqual([3]);
    expect(runs).toEqual([]);
  });

  it('announces the rows of a file before reading it, for the progress bar', () => {
    expect(announcedRows(Buffer.from('code,annee,valeur\r\ncae_1.c,2019,1\r\n\r\ncae_1.c,2020,2'))).toBe(2);
    expect(announcedRows(Buffer.alloc(0))).toBe(0);
  });

  it('reports every faulty row with its line and field', () => {
    const { errors } = read(
      [
        'code,annee,valeur,unite',
        'inconnu,2020,1,',
        'cae_1.c,l’an dernier,1,',
        'cae_1.c,2020,beaucoup,',
        'cae_1.c,2020,1,GWh',
        'part_velo,2020,120,',
        'cae_1.c,2021,1,',
        'cae_1.c,2021,2,',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'code'],
      [3, 'annee'],
      [4, 'valeur'],
      [5, 'unite'],
      [6, 'valeur'],
      [8, 'code'],
    ]);
    expect(errors[0]?.message).toBe('Indicateur inconnu ou non suivi : « inconnu ».');
    expect(errors[5]?.message).toBe('Même indicateur, année, type et secteur qu’à la ligne 7.');
  });

  it('names a missing column', () => {
    expect(read('code,valeur\ncae_1.c,1').errors[0]?.message).toContain('Colonne « annee » absente');
  });

  it('refuses a Latin-1 file and names the line of the first invalid byte', () => {
    const latin1 = Uint8Array.from([...Buffer.from('code,annee\ncae_1.c,2020\nr', 'latin1'), 0xe9, 0x0a]);
    expect(() => decodeUtf8(latin1)).toThrow(/pas encodé en UTF-8 \(octet invalide ligne 3\)/);
    expect(decodeUtf8(Buffer.from('\uFEFFcode,é', 'utf8'))).toBe('code,é');
  });

  it('parses years and numbers, and nothing else', () => {
    expect(['2020', '2020-06-30', '30/06/2020', '06/2020', '2020/06', 'juin 2020'].map(parseYear)).toEqual([
      2020,
      2020,
      2020,
      2020,
      null,
      null,
    ]);
    expect(['-3', '1\u202f234,56', '1.5', '1,2,3', 'NaN', ''].map(parseNumber)).toEqual([
      -3,
      1234.56,
      1.5,
      null,
      null,
      null,
    ]);
  });
});
