import { isValidSiren, isValidSiret, luhnValid, parseCompanyNumber } from './siret';

describe('SIRET and SIREN', () => {
  it('accepts numbers whose Luhn key is right', () => {
    expect(luhnValid('732829320')).toBe(true);
    expect(isValidSiren('330715368')).toBe(true);
    expect(isValidSiret('19290011900012')).toBe(true);
    expect(isValidSiret('73282932000074')).toBe(true);
  });

  it('refuses a wrong key, a wrong length or letters', () => {
    expect(isValidSiret('19290011900013')).toBe(false);
    expect(isValidSiren('330715369')).toBe(false);
    expect(isValidSiret('1929001190001')).toBe(false);
    expect(isValidSiren('33071536A')).toBe(false);
  });

  it('accepts La Poste’s establishments when their digits sum to a multiple of 5, though Luhn fails', () => {
    expect(luhnValid('35600000049837')).toBe(false);
    expect(isValidSiret('35600000049837')).toBe(true);
    expect(isValidSiret('35600000012345')).toBe(false);
  });

  it('reads a SIRET typed with spaces and gives its SIREN', () => {
    expect(parseCompanyNumber('192 900 119 00012')).toEqual({ siren: '192900119', siret: '19290011900012' });
    expect(parseCompanyNumber('330.715.368')).toEqual({ siren: '330715368', siret: null });
  });

  it('says why a number is refused, in French, naming it', () => {
    expect(parseCompanyNumber('123 456 789 00012')).toEqual({
      error: 'Le SIRET 123 456 789 00012 n’est pas valide (clé de contrôle).',
    });
    expect(parseCompanyNumber('330715369')).toEqual({
      error: 'Le SIREN 330 715 369 n’est pas valide (clé de contrôle).',
    });
    expect(parseCompanyNumber('12345')).toEqual({
      error: '« 12345 » n’est ni un SIRET (14 chiffres) ni un SIREN (9 chiffres).',
    });
  });
});
