import en from './messages/en.json';
import fr from './messages/fr.json';
import {
  formatDate,
  formatNumber,
  interpolate,
  isLocale,
  leafKeys,
  translate,
  type Messages,
} from './translate';

const messages: Messages = {
  greeting: 'Bonjour {name}.',
  members: { zero: 'Aucun membre', one: '{count} membre', other: '{count} membres' },
  nested: { deep: 'profond' },
};

describe('translate', () => {
  it('finds nested keys and fills parameters', () => {
    expect(translate(messages, 'fr', 'greeting', { name: 'Awa' })).toBe('Bonjour Awa.');
    expect(translate(messages, 'fr', 'nested.deep')).toBe('profond');
  });

  it('chooses plural forms with the locale rules, zero first', () => {
    expect(translate(messages, 'fr', 'members', { count: 0 })).toBe('Aucun membre');
    expect(translate(messages, 'fr', 'members', { count: 1 })).toBe('1 membre');
    expect(translate(messages, 'fr', 'members', { count: 1500 })).toBe('1\u202f500 membres');
  });

  it('falls back to the fallback messages, then to the key', () => {
    expect(translate({}, 'en', 'nested.deep', {}, messages)).toBe('profond');
    expect(translate(messages, 'fr', 'missing.key')).toBe('missing.key');
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('{a} et {b}', 'fr', { a: 'x' })).toBe('x et {b}');
  });

  it('recognises the two locales only', () => {
    expect(isLocale('fr')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});

describe('translation files', () => {
  it('have the same keys in French and English', () => {
    expect(leafKeys(en as Messages).sort()).toEqual(leafKeys(fr as Messages).sort());
  });

  it('have no empty text', () => {
    for (const file of [fr, en] as Messages[]) {
      for (const key of leafKeys(file)) expect(translate(file, 'fr', key, { count: 2 })).not.toBe('');
    }
  });
});

describe('formats', () => {
  it('writes dates and numbers the way each locale does', () => {
    const date = '2026-11-05T10:00:00.000Z';
    expect(formatDate(date, 'fr')).toBe('5 novembre 2026');
    expect(formatDate(date, 'en')).toBe('5 November 2026');
    expect(formatNumber(12345.5, 'fr')).toBe('12\u202f345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatDate('not a date', 'fr')).toBe('');
  });
});
