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
});
