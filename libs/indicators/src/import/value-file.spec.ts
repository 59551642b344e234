import type { Definition } from '../indicator/definition';
import { decodeUtf8, parseNumber, parseYear, readValueFile } from './value-file';

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

describe('value files', () => {
  it('reads French spreadsheets: semicolons, decimal commas, dates, kinds and sectors', () => {
    const { series, rowCount, errors } = readValueFile(
      'code;annee;valeur;type;unite;secteur;source\ncae_1.c;31/12/2019;1 234,5;estimé;kteq CO2;résidentiel;ATMO\ncae_1.c;2020;1200;;;;\ncae_1.c;2021;1150;;;;\n',
      (c) => known.get(c),
    );
    expect(errors).toEqual([]);
    expect(rowCount).toBe(3);
    expect(series).toEqual([
      {
        indicatorCode: 'cae_1.c',
        kind: 'estimated',
        sector: 'résidentiel',
        years: [2019],
        decimals: ['1234.5'],
        sources: ['ATMO'],
        lines: [2],
      },
      {
        indicatorCode: 'cae_1.c',
        kind: 'observed',
        sector: '',
        years: [2020, 2021],
        decimals: ['1200', '1150'],
        sources: [null, null],
        lines: [3, 4],
      },
    ]);
  });

  it('reports every faulty row with its line and field', () => {
    const { errors } = readValueFile(
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
      (c) => known.get(c),
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
    expect(readValueFile('code,valeur\ncae_1.c,1', (c) => known.get(c)).errors[0]?.message).toContain(
      'Colonne « annee » absente',
    );
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
