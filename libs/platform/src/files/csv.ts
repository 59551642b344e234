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
 * Visits the records of a CSV text one by one, without holding them all: large imports read 100,000 rows.
 * A text without quotes (most exports) is cut at separators, several times faster than reading it
 * character by character. `fields` is reused from one record to the next: copy it to keep it.
 */
export function eachCsvRecord(
  text: string,
  separator: string,
  visit: (line: number, fields: string[]) => void,
): void {
  if (text.includes('"') || /\r(?!\n)/.test(text)) {
    readQuoted(text, separator, visit);
    return;
  }
  const fields: string[] = [];
  let line = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    line += 1;
    if (stop > start) {
      fields.length = 0;
      for (let from = start; ;) {
        const cut = text.indexOf(separator, from);
        if (cut < 0 || cut >= stop) {
          fields.push(text.slice(from, stop));
          break;
        }
        fields.push(text.slice(from, cut));
        from = cut + 1;
      }
      visit(line, fields);
    }
    start = end + 1;
  }
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
