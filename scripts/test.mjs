#!/usr/bin/env node
// `npm test`: formatting, lint (with module boundaries), type-check, then unit, integration and
// end-to-end tests. Every step runs even after a failure, so one run reports everything; the last
// line counts the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results', 'jest');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);

const steps = [
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  // The lint rule for module boundaries reads Nx's project graph, which this computes first.
  ['project graph', bin('nx'), ['show', 'projects']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json']],
  ['type-check portal', bin('tsc'), ['-p', 'apps/portal/tsconfig.json']],
  ...['unit', 'integration', 'e2e'].map((tier) => [
    `${tier} tests`,
    bin('jest'),
    [
      '--selectProjects',
      tier,
      '--ci',
      '--forceExit',
      '--json',
      '--outputFile',
      join(reports, `${tier}.json`),
    ],
  ]),
].filter(([name]) => only.length === 0 || only.some((o) => name.startsWith(o)));

const failed = [];
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) process.stdout.write(`--- ${name}: ok (${seconds} s)\n`);
  else {
    failed.push(name);
    process.stdout.write(`--- ${name}: FAILED (${seconds} s)\n`);
  }
}

let passed = 0;
let failedTests = 0;
for (const tier of ['unit', 'integration', 'e2e']) {
  const file = join(reports, `${tier}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failedTests += report.numFailedTests;
  process.stdout.write(`${tier}: ${report.numPassedTests} passed, ${report.numFailedTests} failed\n`);
}
if (failed.length) process.stdout.write(`failed steps: ${failed.join(', ')}\n`);
process.stdout.write(`${passed} passed, ${failedTests} failed\n`);
process.exit(failed.length ? 1 : 0);
