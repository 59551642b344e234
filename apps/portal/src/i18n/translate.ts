// Pure translation functions: no React, no browser globals, so they are unit-tested directly.

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A nested tree of translation strings, as stored in fr.json and en.json. */
export interface Messages {
  [key: string]: string | Messages;
}

export type Params = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function lookup(messages: Messages, key: string): string | Messages | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** Replaces `{name}` with params.name, formatting numbers in the locale. */
export function interpolate(template: string, locale: Locale, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/**
 * Translates `key`. When the entry is an object with plural forms (`zero`, `one`, `other`…) and
 * params.count is a number, the form is chosen with Intl.PluralRules (`zero` wins for 0 when present).
 * A missing key falls back to `fallback` messages, then to the key itself so gaps are visible.
 */
export function translate(
  messages: Messages,
  locale: Locale,
  key: string,
  params: Params = {},
  fallback?: Messages,
): string {
  let entry = lookup(messages, key);
  if (entry === undefined && fallback) entry = lookup(fallback, key);
  if (entry === undefined) return key;
  if (typeof entry !== 'string') {
    const count = params.count;
    if (typeof count !== 'number') return key;
    const form =
      count === 0 && typeof entry.zero === 'string' ? 'zero' : new Intl.PluralRules(locale).select(count);
    const chosen = entry[form] ?? entry.other;
    if (typeof chosen !== 'string') return key;
    entry = chosen;
  }
  return interpolate(entry, locale, params);
}

/** Every leaf key of a message tree, e.g. `auth.login.title`; plural groups count as one key. */
export function leafKeys(messages: Messages, prefix = ''): string[] {
  const pluralForms = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
  return Object.entries(messages).flatMap(([name, value]) => {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') return [key];
    if (Object.keys(value).every((form) => pluralForms.has(form))) return [key];
    return leafKeys(value, key);
  });
}

export function formatDate(value: string | Date, locale: Locale, withTime = false): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(value);
}
