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
 * One record of a CSV file, its fields read in place in the file's UTF-8 bytes: a field becomes a string only
 * when asked for, so a reader of 100,000 rows can compare a code with the previous row's without making one.
 * The cursor is reused from one record to the next.
 */
export class CsvRow {
  /** The bytes the bounds point into: the file itself, or the record's fields end to end when it had quotes. */
  bytes: Buffer = EMPTY;
  /** The line the record starts on. */
  line = 0;
  count = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /**
   * Where field `i` starts in `bytes`, past leading ASCII white space; 0 for a field the record lacks. Other
   * white space (a no-break space) stays within the bounds, and `field` removes it.
   */
  start(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    let at = this.starts[i] ?? 0;
    const end = this.ends[i] ?? 0;
    while (at < end && isAsciiWhiteSpace(this.bytes[at] ?? 0)) at += 1;
    return at;
  }

  /** Where field `i` ends in `bytes`, before trailing ASCII white space; 0 for a field the record lacks. */
  end(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    const start = this.starts[i] ?? 0;
    let at = this.ends[i] ?? 0;
    while (at > start && isAsciiWhiteSpace(this.bytes[at - 1] ?? 0)) at -= 1;
    return at;
  }

  /** Field `i` as written, white space included; '' for a field the record lacks. */
  raw(i: number): string {
    return i >= 0 && i < this.count ? this.bytes.toString('utf8', this.starts[i], this.ends[i]) : '';
  }

  /** Field `i` without surrounding white space, like `String.prototype.trim`. */
  field(i: number): string {
    const start = this.start(i);
    const end = this.end(i);
    const text = this.bytes.toString('utf8', start, end);
    return this.unicodeEdge(start, end) ? text.trim() : text;
  }

  /** Whether field `i`, without surrounding white space, is `value`. */
  is(i: number, value: string): boolean {
    const start = this.start(i);
    const end = this.end(i);
    if (sameUtf8(this.bytes, start, end, value)) return true;
    // Only white space beyond ASCII at an end can make the bytes differ from an equal trimmed field.
    return this.unicodeEdge(start, end) && this.field(i) === value;
  }

  /** Whether `bytes[start, end)` starts or ends beyond ASCII, where white space `start` and `end` keep may sit. */
  private unicodeEdge(start: number, end: number): boolean {
    return end > start && ((this.bytes[start] ?? 0) >= 0x80 || (this.bytes[end - 1] ?? 0) >= 0x80);
  }

  /** @internal */
  begin(bytes: Buffer, line: number): void {
    this.bytes = bytes;
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

const EMPTY = Buffer.alloc(0);
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

function isAsciiWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Whether `bytes[start, end)` is the UTF-8 encoding of `value`, compared without encoding it. */
function sameUtf8(bytes: Buffer, start: number, end: number, value: string): boolean {
  let at = start;
  for (let k = 0; k < value.length; k += 1) {
    let c = value.charCodeAt(k);
    if (c < 0x80) {
      if (at >= end || bytes[at] !== c) return false;
      at += 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < value.length) {
      c = 0x10000 + ((c - 0xd800) << 10) + (value.charCodeAt(k + 1) - 0xdc00);
      k += 1;
    }
    const size = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (at + size > end) return false;
    const lead = size === 2 ? 0xc0 | (c >> 6) : size === 3 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18);
    if (bytes[at] !== lead) return false;
    for (let n = size - 1; n >= 1; n -= 1) {
      if (bytes[at + size - n] !== (0x80 | ((c >> (6 * (n - 1))) & 0x3f))) return false;
    }
    at += size;
  }
  return at === end;
}

/** A part of a file: bytes `from` to `to`. */
export interface ByteRange {
  from: number;
  to: number;
}

/**
 * Visits the records of a CSV file (UTF-8 bytes) one by one, without holding them all: large imports read
 * 100,000 rows. A file without quotes (most exports) is cut at separators in place, in one pass over its bytes.
 * Blank lines are skipped. `range` reads a part of a file cut at line ends (see `csvPieces`) whose first line is
 * `firstLine`. Returns the number of the line after the last one read.
 */
export function eachCsvRow(
  bytes: Buffer,
  separator: string,
  visit: (row: CsvRow) => void,
  range: ByteRange = { from: 0, to: bytes.length },
  firstLine = 1,
): number {
  const row = new CsvRow();
  const { from, to } = range;
  if (!isPlain(bytes, from, to)) {
    return readQuoted(bytes.toString('utf8', from, to), separator, firstLine, (line, fields) => {
      // Fields end to end, so the same cursor serves: bounds come from their lengths, never from a search.
      row.begin(Buffer.from(fields.join(separator), 'utf8'), line);
      let at = 0;
      for (const field of fields) {
        const size = Buffer.byteLength(field, 'utf8');
        row.push(at, at + size);
        at += size + 1;
      }
      visit(row);
    });
  }
  const sep = separator.charCodeAt(0);
  let line = firstLine;
  for (let start = from; start < to; line += 1) {
    // The line's end through `indexOf`, which scans far faster than a loop; its separators in a loop.
    let end = bytes.indexOf(LF, start);
    if (end < 0 || end > to) end = to;
    const stop = end > start && bytes[end - 1] === CR ? end - 1 : end;
    if (stop > start) {
      row.begin(bytes, line);
      let field = start;
      for (let at = start; at < stop; at += 1) {
        if (bytes[at] === sep) {
          row.push(field, at);
          field = at + 1;
        }
      }
      row.push(field, stop);
      visit(row);
    }
    start = end + 1;
  }
  return line;
}

/** A file without quotes or lone carriage returns: every line break ends a record. */
function isPlain(bytes: Buffer, from: number, to: number): boolean {
  const quote = bytes.indexOf(QUOTE, from);
  if (quote >= 0 && quote < to) return false;
  for (let cr = bytes.indexOf(CR, from); cr >= 0 && cr < to; cr = bytes.indexOf(CR, cr + 1)) {
    if (bytes[cr + 1] !== LF) return false;
  }
  return true;
}

/**
 * A CSV file cut at line ends into pieces of about `size` bytes, so that a long file can be read piece by piece
 * (`eachCsvRow(bytes, separator, visit, piece, line)`) while other work goes on in between. A file with quotes,
 * whose line breaks may sit inside a field, stays whole.
 */
export function csvPieces(bytes: Buffer, size: number): ByteRange[] {
  if (!isPlain(bytes, 0, bytes.length)) return [{ from: 0, to: bytes.length }];
  const pieces: ByteRange[] = [];
  for (let from = 0; from < bytes.length;) {
    const cut = bytes.indexOf(LF, Math.min(from + size, bytes.length) - 1);
    const to = cut < 0 ? bytes.length : cut + 1;
    pieces.push({ from, to });
    from = to;
  }
  return pieces.length > 0 ? pieces : [{ from: 0, to: 0 }];
}

/** Like `eachCsvRow`, with each record's fields as strings. `fields` is reused: copy it to keep it. */
export function eachCsvRecord(
  text: string,
  separator: string,
  visit: (line: number, fields: string[]) => void,
): void {
  const fields: string[] = [];
  eachCsvRow(Buffer.from(text, 'utf8'), separator, (row) => {
    fields.length = 0;
    for (let i = 0; i < row.count; i += 1) fields.push(row.raw(i));
    visit(row.line, fields);
  });
}

/** Reads a text with quotes character by character; returns the number of the line after its last. */
function readQuoted(
  text: string,
  separator: string,
  firstLine: number,
  visit: (line: number, fields: string[]) => void,
): number {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = firstLine;
  let recordLine = firstLine;
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
  return text.length === 0 || /[\r\n]$/.test(text) ? line : line + 1;
}
