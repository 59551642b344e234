import { parseCsv } from './csv';

describe('CSV records', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, keeping each record’s line', () => {
    const records = parseCsv('code,label\r\na,"x, ""y""\nz"\n\nb,plain\n');
    expect(records).toEqual([
      { line: 1, fields: ['code', 'label'] },
      { line: 2, fields: ['a', 'x, "y"\nz'] },
      { line: 5, fields: ['b', 'plain'] },
    ]);
  });

  it('reads semicolon-separated files and a last line without a line break', () => {
    expect(parseCsv('a;b\n1;2', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('reads a file without quotes the same way: Windows line breaks, blank lines and empty fields', () => {
    const text = 'code;annee;valeur\r\ncae_1.c;2020;1,5\r\n\r\ncae_1.c;;\r\nlast;2021;2';
    const expected = [
      { line: 1, fields: ['code', 'annee', 'valeur'] },
      { line: 2, fields: ['cae_1.c', '2020', '1,5'] },
      { line: 4, fields: ['cae_1.c', '', ''] },
      { line: 5, fields: ['last', '2021', '2'] },
    ];
    expect(parseCsv(text, ';')).toEqual(expected);
    // The same records through the character-by-character reader, which a quote in the file selects.
    expect(parseCsv(text.replace('last', '"last"'), ';')).toEqual(expected);
  });
});
