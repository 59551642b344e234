import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { join, resolve } from 'node:path';

/** Everything a process reads from its environment, checked once at start-up. */
export interface AllianceConfig {
  nodeEnv: 'development' | 'test' | 'production';
  /** Connection used by migrations and seeds: the role that owns the tables. */
  ownerDatabaseUrl: string;
  /** Connection used by the running services: a role that owns nothing and cannot bypass row-level security. */
  runtimeDatabaseUrl: string;
  /** Absent: jobs run in-process. */
  redisUrl?: string;
  /** Absent: e-mails are written to the local mailbox folder. */
  smtpUrl?: string;
  mailFrom: string;
  mailboxDir: string;
  dataDir: string;
  jwtPrivateKeyPem: string;
  jwtPublicKeyPem: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  gatewayPort: number;
  publicUrl: string;
}

export class ConfigError extends Error {}

const RUNTIME_ROLE = 'alliance_app';
const RUNTIME_PASSWORD_DEFAULT = 'alliance_app';

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive whole number, got "${raw}".`);
  }
  return value;
}

function checkUrl(name: string, value: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL: "${value}".`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, got "${url.protocol}".`);
  }
  return value;
}

/** The runtime URL defaults to the owner's URL with the runtime role swapped in. */
export function deriveRuntimeUrl(ownerUrl: string, password = RUNTIME_PASSWORD_DEFAULT): string {
  const url = new URL(ownerUrl);
  url.username = RUNTIME_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * Development keys live under the data folder so that every process of one run, and the next run,
 * verify the same signatures. Production must provide its own keys.
 */
function loadKeys(env: NodeJS.ProcessEnv, dataDir: string, nodeEnv: string): { priv: string; pub: string } {
  const priv = env.JWT_PRIVATE_KEY?.replace(/\\n/g, '\n');
  const pub = env.JWT_PUBLIC_KEY?.replace(/\\n/g, '\n');
  if (pub) return { priv: priv ?? '', pub };
  if (nodeEnv === 'production') {
    throw new ConfigError(
      'JWT_PUBLIC_KEY (and JWT_PRIVATE_KEY for the identity service) must be set in production.',
    );
  }
  const dir = join(dataDir, 'keys');
  const privPath = join(dir, 'jwt-private.pem');
  const pubPath = join(dir, 'jwt-public.pem');
  if (!existsSync(pubPath)) {
    mkdirSync(dir, { recursive: true });
    const pair = generateKeyPairSync('ed25519');
    writeFileSync(privPath, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(pubPath, pair.publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return { priv: readFileSync(privPath, 'utf8'), pub: readFileSync(pubPath, 'utf8') };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AllianceConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as AllianceConfig['nodeEnv'];
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, test or production, got "${nodeEnv}".`);
  }
  const dataDir = resolve(env.ALLIANCE_DATA_DIR ?? '.data');
  const ownerDatabaseUrl = checkUrl(
    'DATABASE_URL',
    env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/alliance',
    ['postgres:', 'postgresql:'],
  );
  const runtimeDatabaseUrl = env.RUNTIME_DATABASE_URL
    ? checkUrl('RUNTIME_DATABASE_URL', env.RUNTIME_DATABASE_URL, ['postgres:', 'postgresql:'])
    : deriveRuntimeUrl(ownerDatabaseUrl, env.RUNTIME_DATABASE_PASSWORD);
  const redisUrl = env.REDIS_URL ? checkUrl('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']) : undefined;
  const smtpUrl = env.SMTP_URL ? checkUrl('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']) : undefined;
  const keys = loadKeys(env, dataDir, nodeEnv);
  const gatewayPort = readInt(env, 'PORT', 4000);
  return {
    nodeEnv,
    ownerDatabaseUrl,
    runtimeDatabaseUrl,
    redisUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Alliance <no-reply@alliance.local>',
    mailboxDir: resolve(env.MAILBOX_DIR ?? join(dataDir, 'mailbox')),
    dataDir,
    jwtPrivateKeyPem: keys.priv,
    jwtPublicKeyPem: keys.pub,
    accessTokenTtlSeconds: readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 900),
    refreshTokenTtlDays: readInt(env, 'REFRESH_TOKEN_TTL_DAYS', 30),
    gatewayPort,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${gatewayPort}`,
  };
}

export const RUNTIME_DATABASE_ROLE = RUNTIME_ROLE;
