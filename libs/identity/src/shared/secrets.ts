import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from 'argon2';
import { badInput } from '@alliance/platform';

/** A secret for a link or a refresh token: 256 random bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Link and refresh tokens are stored as hashes: a leaked table gives no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const PASSWORD_RULE =
  'Le mot de passe doit compter au moins 12 caractères, dont une lettre et un chiffre.';

export function checkPasswordStrength(password: string, field = 'password'): void {
  if (
    password.length < 12 ||
    password.length > 200 ||
    !/[A-Za-zÀ-ÿ]/.test(password) ||
    !/[0-9]/.test(password)
  ) {
    throw badInput(PASSWORD_RULE, field);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string, field = 'email'): string {
  const normalized = email.trim().toLowerCase();
  if (!EMAIL.test(normalized) || normalized.length > 254) {
    throw badInput(`L’adresse e-mail « ${email} » n’est pas valide.`, field);
  }
  return normalized;
}

/** SIREN: nine digits whose Luhn sum is a multiple of ten. */
export function isValidSiren(siren: string): boolean {
  if (!/^[0-9]{9}$/.test(siren)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
