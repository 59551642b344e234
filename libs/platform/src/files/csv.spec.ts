import { csvPieces, eachCsvRow, parseCsv } from './csv';

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

describe('CSV rows read in place', () => {
  const bytes = (text: string) => Buffer.from(text, 'utf8');

  it('reads a file piece by piece, cut at line ends, numbering lines across the pieces', () => {
    const file = bytes('code;annee\r\na;2019\r\n\r\nb;2020\nc;2021');
    const pieces = csvPieces(file, 8);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p, i) => i === 0 || file[p.from - 1] === 0x0a)).toBe(true);
    const rows: [number, string[]][] = [];
    let line = 1;
    for (const piece of pieces) {
      line = eachCsvRow(
        file,
        ';',
        (row) => rows.push([row.line, Array.from({ length: row.count }, (_, i) => row.field(i))]),
        piece,
        line,
      );
    }
    expect(rows).toEqual([
      [1, ['code', 'annee']],
      [2, ['a', '2019']],
      [4, ['b', '2020']],
      [5, ['c', '2021']],
    ]);
    expect(line).toBe(6);
  });

  it('compares fields with accents, and trims white space beyond ASCII as String.trim does', () => {
    const seen: boolean[] = [];
    const fields: string[] = [];
    eachCsvRow(bytes('résidentiel;\u00a0tertiaire\u202f; 𝔸b \n'), ';', (row) => {
      seen.push(row.is(0, 'résidentiel'), row.is(0, 'residentiel'), row.is(1, 'tertiaire'), row.is(2, '𝔸b'));
      fields.push(row.field(0), row.field(1), row.field(2), row.raw(2));
    });
    expect(seen).toEqual([true, false, true, true]);
    expect(fields).toEqual(['résidentiel', 'tertiaire', '𝔸b', ' 𝔸b ']);
  });
});
