import fc from 'fast-check';
import { checkPasswordStrength, hashToken, isValidSiren, normalizeEmail } from './secrets';

describe('SIREN', () => {
  it('accepts the founding territories’ SIREN and refuses a wrong check digit', () => {
    expect(isValidSiren('242900314')).toBe(true); // Brest métropole
    expect(isValidSiren('242900315')).toBe(false);
    expect(isValidSiren('24290031')).toBe(false);
    expect(isValidSiren('24290031a')).toBe(false);
  });

  it('detects every single-digit error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = '242900314'.split('').map(Number);
        digits[position] = (digits[position]! + delta) % 10;
        return !isValidSiren(digits.join(''));
      }),
    );
  });
});

describe('passwords and e-mails', () => {
  it('asks for 12 characters with a letter and a digit, naming the field', () => {
    expect(() => checkPasswordStrength('court1')).toThrow(/12 caractères/);
    expect(() => checkPasswordStrength('sans-chiffre-du-tout')).toThrow();
    expect(() => checkPasswordStrength('123456789012345')).toThrow();
    expect(() => checkPasswordStrength('un-bon-mot-2026')).not.toThrow();
    try {
      checkPasswordStrength('x', 'newPassword');
    } catch (error) {
      expect((error as { field: string }).field).toBe('newPassword');
    }
  });

  it('normalises addresses and refuses what is not one', () => {
    expect(normalizeEmail('  Anne.Le-Gall@Brest.FR ')).toBe('anne.le-gall@brest.fr');
    expect(() => normalizeEmail('anne@')).toThrow(/n’est pas valide/);
  });

  it('stores tokens as hashes that do not reveal them', () => {
    expect(hashToken('abc')).toHaveLength(64);
    expect(hashToken('abc')).not.toContain('abc');
  });
});
