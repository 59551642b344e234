/**
 * `npm run bench [case ...] [--rounds=N]`: runs the registered benchmark cases (all of them, or those named) and
 * prints, for each, the medians of A and B and their ratio. `--rounds` overrides each case's number of rounds:
 * more of them steady the medians on a noisy machine.
 *
 * A new case is a file under bench/cases exporting a BenchCase, added to CASES below.
 */
import { runCase, type BenchCase } from './harness';
import { gatewayOverhead } from './cases/gateway-overhead.bench';
import { portalBundlesCase } from './cases/portal-bundles.bench';
import { indicatorImportCase, indicatorRecomputeCase } from './cases/indicators.bench';
import { assessmentScoringCase, assessmentSectorBenchmarkCase } from './cases/assessment.bench';
import { territoryOnboardingCase } from './cases/territory.bench';
import {
  communityCoalitionPageCase,
  communityCoalitionStatementsCase,
  communityDirectoryCase,
} from './cases/community.bench';

export const CASES: BenchCase[] = [
  gatewayOverhead,
  portalBundlesCase,
  indicatorImportCase,
  indicatorRecomputeCase,
  assessmentScoringCase,
  assessmentSectorBenchmarkCase,
  territoryOnboardingCase,
  communityDirectoryCase,
  communityCoalitionPageCase,
  communityCoalitionStatementsCase,
];

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !CASES.some((c) => c.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown case(s): ${unknown.join(', ')}. Known: ${CASES.map((c) => c.name).join(', ')}.`);
    return 2;
  }
  const roundsOption = process.argv.find((arg) => arg.startsWith('--rounds='));
  const rounds = roundsOption ? Number(roundsOption.slice('--rounds='.length)) : null;
  if (rounds !== null && !(Number.isInteger(rounds) && rounds > 0)) {
    console.error(`--rounds takes a whole number of rounds, at least 1 (got ${roundsOption}).`);
    return 2;
  }
  const selected = (wanted.length > 0 ? CASES.filter((c) => wanted.includes(c.name)) : CASES).map((c) =>
    rounds ? { ...c, rounds } : c,
  );
  let failed = 0;
  for (const benchCase of selected) {
    try {
      await runCase(benchCase);
    } catch (error) {
      failed++;
      console.error(`✗ ${benchCase.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
