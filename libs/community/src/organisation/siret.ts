/**
 * SIREN (9 digits) and SIRET (14 digits: the SIREN and a 5-digit establishment number), checked with their
 * Luhn key. La Poste's establishments are the one exception INSEE documents: their SIRETs start with its
 * SIREN 356 000 000 and are valid when the sum of their digits is a multiple of 5.
 */
export const LA_POSTE_SIREN = '356000000';

export type CompanyNumber = { siren: string; siret: string | null };

/** True when the digits pass the Luhn check (every second digit from the right doubled). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiren(siren: string): boolean {
  return /^[0-9]{9}$/.test(siren) && luhnValid(siren);
}

export function isValidSiret(siret: string): boolean {
  if (!/^[0-9]{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0;
  }
  return luhnValid(siret);
}

/** « 123 456 789 00012 »: how people read a SIRET, for messages. */
export function formatCompanyNumber(digits: string): string {
  if (digits.length === 14)
    return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
  if (digits.length === 9) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return digits;
}

/**
 * Reads a SIRET or a SIREN as people type it (spaces, dots, dashes), or says in French why it is not one.
 * A SIRET gives its SIREN too.
 */
export function parseCompanyNumber(raw: string): CompanyNumber | { error: string } {
  const digits = raw.replace(/[\s.\-\u00a0\u202f]/g, '');
  if (digits.length === 14 && /^[0-9]+$/.test(digits)) {
    if (!isValidSiret(digits)) {
      return { error: `Le SIRET ${formatCompanyNumber(digits)} n’est pas valide (clé de contrôle).` };
    }
    return { siren: digits.slice(0, 9), siret: digits };
  }
  if (digits.length === 9 && /^[0-9]+$/.test(digits)) {
    if (!isValidSiren(digits)) {
      return { error: `Le SIREN ${formatCompanyNumber(digits)} n’est pas valide (clé de contrôle).` };
    }
    return { siren: digits, siret: null };
  }
  return {
    error: `« ${raw.trim()} » n’est ni un SIRET (14 chiffres) ni un SIREN (9 chiffres).`,
  };
}
