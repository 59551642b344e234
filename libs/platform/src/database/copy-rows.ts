/** Fields in COPY's text format, for `WritePipeline.copy`. */
const COPY_SPECIAL = /[\\\t\n\r]/;

/** A value as a field of COPY's text format: null is `\N`; backslashes, tabs and line breaks escaped. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
  if (!COPY_SPECIAL.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

const ARRAY_SPECIAL = /[{}",\\\s]/;

/** An array literal (`{1,2,NULL,"a b"}`), as a COPY field. */
export function copyArray(values: readonly (string | number | boolean | null | undefined)[]): string {
  const items = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 't' : 'f';
    if (value === '' || value.toUpperCase() === 'NULL' || ARRAY_SPECIAL.test(value)) {
      return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    }
    return value;
  });
  return copyField(`{${items.join(',')}}`);
}

/**
 * A numeric array literal from numbers or decimal texts (« 12.5 »), as a COPY field: they need neither quotes
 * nor escapes, and texts read from a file go out as they came instead of through a float's formatting.
 */
export function copyNumbers(values: readonly (number | string | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : value)).join(',')}}`;
}
