/** One CSV record and the physical line it starts on (a quoted field may span several lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

/**
 * RFC 4180 reader. Referential texts are Markdown with commas, quotes and blank lines inside quoted
 * fields, so a line-based split would cut them; reporting the starting line lets people find the row.
 */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line between records is not a row.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += c;
    }
    i += 1;
  }
  if (quoted) {
    problems.push({
      line: quoteLine,
      message: 'Guillemet ouvert jamais refermé : le champ déborde jusqu’à la fin.',
    });
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { records, problems };
}

function quote(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`;
}

export enum CsvEncoding {
  UTF8 = 'utf-8',
  WINDOWS_1252 = 'windows-1252',
}

/**
 * Text of an uploaded file. Only UTF-8 is guessed; a spreadsheet's Windows-1252 export must be declared,
 * because bytes that are not UTF-8 could be any of several legacy encodings and a wrong guess silently
 * corrupts every accented title.
 */
export function decodeCsv(
  bytes: Uint8Array,
  encoding: CsvEncoding = CsvEncoding.UTF8,
): { text: string } | { problem: CsvProblem } {
  if (encoding === CsvEncoding.WINDOWS_1252) {
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(body);
    const at = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(at, 0)).split('\n').length;
    return {
      problem: {
        line,
        message:
          'Encodage inconnu : le fichier n’est pas en UTF-8. Enregistrez-le en « CSV UTF-8 », ou déclarez l’encodage Windows-1252.',
      },
    };
  }
}
