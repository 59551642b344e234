/** A number as French speakers type it: `1 234,5` or `1234.5`; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** An optional number field: empty gives null, anything else must parse. */
export function optionalDecimal(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  return parseDecimal(text) ?? 'invalid';
}
