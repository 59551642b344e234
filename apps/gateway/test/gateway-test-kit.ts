import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@alliance/platform';
import { SignJWT } from 'jose';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';

/** A signing key pair for tests: the gateway gets the public half, tests sign tokens with the private half. */
export function createTestKeys(): { publicKeyPem: string; privateKey: KeyObject } {
  const pair = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: pair.privateKey,
  };
}

export async function signAccessToken(
  privateKey: KeyObject,
  options: { expiresInSeconds?: number; issuer?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ tid: 'tenant-1', tsl: 'brest', roles: ['member'], proles: [] })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject('user-1')
    .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresInSeconds ?? 600))
    .sign(privateKey);
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export async function postGraphQL(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  let body: GraphQLResponse['body'];
  try {
    body = JSON.parse(text) as GraphQLResponse['body'];
  } catch {
    throw new Error(`Expected JSON from ${url}, got ${response.status}: ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

/** `{ tree { child { child { value } } } }` with the given depth as graphql-armor counts it (one per field). */
export function nestedQuery(depth: number): string {
  let selection = 'value';
  for (let level = 0; level < depth - 2; level++) selection = `child { ${selection} }`;
  return `{ tree { ${selection} } }`;
}

export function aliasedQuery(aliases: number): string {
  const fields = Array.from(
    { length: aliases },
    (_, index) => `t${index}: tenantBySlug(slug: "brest") { name }`,
  );
  return `{ ${fields.join(' ')} }`;
}
