/**
 * RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes), each with the line it
 * starts on so that errors can name it. Separator: comma or semicolon (French spreadsheets).
 */
export function parseCsv(text: string, separator = ','): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  eachCsvRecord(text, separator, (line, fields) => records.push({ line, fields: [...fields] }));
  return records;
}

/**
 * One record of a CSV text, its fields read in place: a field becomes a string only when asked for, so a
 * reader of 100,000 rows can compare a code with the previous row's without making one. The cursor is reused
 * from one record to the next.
 */
export class CsvRow {
  /** The text the bounds point into: the file itself, or the record's fields end to end when it had quotes. */
  text = '';
  /** The line the record starts on. */
  line = 0;
  count = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Where field `i` starts in `text`, past leading white space; 0 for a field the record lacks. */
  start(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    let at = this.starts[i] ?? 0;
    const end = this.ends[i] ?? 0;
    while (at < end && isWhiteSpace(this.text.charCodeAt(at))) at += 1;
    return at;
  }

  /** Where field `i` ends in `text`, before trailing white space; 0 for a field the record lacks. */
  end(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    const start = this.starts[i] ?? 0;
    let at = this.ends[i] ?? 0;
    while (at > start && isWhiteSpace(this.text.charCodeAt(at - 1))) at -= 1;
    return at;
  }

  /** Field `i` as written, white space included; '' for a field the record lacks. */
  raw(i: number): string {
    return i >= 0 && i < this.count ? this.text.slice(this.starts[i], this.ends[i]) : '';
  }

  /** Field `i` without surrounding white space, like `String.prototype.trim`. */
  field(i: number): string {
    return this.text.slice(this.start(i), this.end(i));
  }

  /** Whether field `i`, without surrounding white space, is `value`. */
  is(i: number, value: string): boolean {
    const start = this.start(i);
    return this.end(i) - start === value.length && this.text.startsWith(value, start);
  }

  /** @internal */
  begin(text: string, line: number): void {
    this.text = text;
    this.line = line;
    this.count = 0;
  }

  /** @internal */
  push(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }
}

/** What `String.prototype.trim` removes: ECMAScript white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Visits the records of a CSV text one by one, without holding them all: large imports read 100,000 rows.
 * A text without quotes (most exports) is cut at separators in place, several times faster than reading it
 * character by character. Blank lines are skipped.
 */
export function eachCsvRow(
  text: string,
  separator: string,
  visit: (row: CsvRow) => void,
  firstLine = 1,
): void {
  const row = new CsvRow();
  if (!isPlain(text)) {
    readQuoted(text, separator, (line, fields) => {
      // Fields end to end, so the same cursor serves: bounds come from their lengths, never from a search.
      row.begin(fields.join(separator), line);
      let at = 0;
      for (const field of fields) {
        row.push(at, at + field.length);
        at += field.length + 1;
      }
      visit(row);
    });
    return;
  }
  let line = firstLine - 1;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    line += 1;
    if (stop > start) {
      row.begin(text, line);
      for (let from = start; ;) {
        const cut = text.indexOf(separator, from);
        if (cut < 0 || cut >= stop) {
          row.push(from, stop);
          break;
        }
        row.push(from, cut);
        from = cut + 1;
      }
      visit(row);
    }
    start = end + 1;
  }
}

/** A text without quotes or lone carriage returns: every line break ends a record. */
function isPlain(text: string): boolean {
  return !text.includes('"') && !/\r(?!\n)/.test(text);
}

/**
 * A CSV text cut at line ends into pieces of `lines` lines, each with the number of its first line, so that a
 * long file can be read piece by piece (`eachCsvRow(piece.text, separator, visit, piece.firstLine)`) while
 * other work goes on in between. A text with quotes, whose line breaks may sit inside a field, stays whole.
 */
export function csvPieces(text: string, lines: number): { text: string; firstLine: number }[] {
  if (!isPlain(text)) return [{ text, firstLine: 1 }];
  const pieces: { text: string; firstLine: number }[] = [];
  let start = 0;
  let firstLine = 1;
  while (start < text.length) {
    let end = start;
    let count = 0;
    while (count < lines && end < text.length) {
      const next = text.indexOf('\n', end);
      end = next < 0 ? text.length : next + 1;
      count += 1;
    }
    pieces.push({ text: text.slice(start, end), firstLine });
    firstLine += count;
    start = end;
  }
  return pieces.length > 0 ? pieces : [{ text, firstLine: 1 }];
}

/** Like `eachCsvRow`, with each record's fields as strings. `fields` is reused: copy it to keep it. */
export function eachCsvRecord(
  text: string,
  separator: string,
  visit: (line: number, fields: string[]) => void,
): void {
  const fields: string[] = [];
  eachCsvRow(text, separator, (row) => {
    fields.length = 0;
    for (let i = 0; i < row.count; i += 1) fields.push(row.raw(i));
    visit(row.line, fields);
  });
}

function readQuoted(text: string, separator: string, visit: (line: number, fields: string[]) => void): void {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') visit(recordLine, fields);
      fields = [];
      field = '';
      line += 1;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    visit(recordLine, fields);
  }
}
