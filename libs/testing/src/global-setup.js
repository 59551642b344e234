// Global setup runs outside Jest's module mapping, so the setup runs as its own process the way the
// apps run, and hands back the environment that every test worker inherits.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  const output = execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, '../../../apps/migrate/src/prepare-test-database.ts')],
    {
      cwd: join(__dirname, '../../..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const env = JSON.parse(output.trim().split('\n').pop());
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || value === null) delete process.env[key];
    else process.env[key] = value;
  }
  delete process.env.REDIS_URL;
};
