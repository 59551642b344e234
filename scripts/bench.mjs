// `npm run bench [case ...]`: the harness is TypeScript, run through the same loader as the apps.
import { spawnSync } from 'node:child_process';
const args = ['-r', '@swc-node/register', 'bench/run.ts', ...process.argv.slice(2)];
const { status } = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  cwd: new URL('..', import.meta.url),
});
process.exit(status ?? 1);
