import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveRuntimeUrl, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'alliance-config-'));

describe('configuration', () => {
  it('has embedded defaults for development, with a shared key pair', () => {
    const dir = dataDir();
    const first = loadConfig({ ALLIANCE_DATA_DIR: dir });
    const second = loadConfig({ ALLIANCE_DATA_DIR: dir });
    expect(first.gatewayPort).toBe(4000);
    expect(first.redisUrl).toBeUndefined();
    expect(first.jwtPublicKeyPem).toContain('PUBLIC KEY');
    expect(second.jwtPublicKeyPem).toBe(first.jwtPublicKeyPem);
  });

  it('connects the services as the runtime role', () => {
    expect(deriveRuntimeUrl('postgres://postgres:secret@db:5432/alliance')).toBe(
      'postgres://alliance_app:alliance_app@db:5432/alliance',
    );
  });

  it('says which variable is wrong', () => {
    expect(() => loadConfig({ ALLIANCE_DATA_DIR: dataDir(), PORT: 'quatre' })).toThrow(
      /PORT must be a positive whole number/,
    );
    expect(() => loadConfig({ ALLIANCE_DATA_DIR: dataDir(), REDIS_URL: 'http://x' })).toThrow(
      /REDIS_URL must start with redis:/,
    );
    expect(() => loadConfig({ ALLIANCE_DATA_DIR: dataDir(), NODE_ENV: 'production' })).toThrow(
      /JWT_PUBLIC_KEY/,
    );
  });
});
