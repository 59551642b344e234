/**
 * Composes apps/gateway/supergraph.graphql from the SDL of every subgraph listed in apps/gateway/src/subgraphs.ts.
 * Each subgraph is started in this process on a free port. Subgraphs need their database, so the database named
 * by DATABASE_URL is brought up to date first (no seed), as `npm start` would.
 *
 *   npm run supergraph              write the file
 *   npm run supergraph -- --check   exit with 1 when the committed file is out of date
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { composeFromRegistry, REPOSITORY_ROOT } from '../apps/gateway/src/supergraph.composer';
import { SUPERGRAPH_PATH } from '../apps/gateway/src/subgraphs';
import { loadConfig } from '@alliance/platform';
import { migrateAndSeed } from '../apps/migrate/src/migrate-and-seed';

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  await migrateAndSeed(loadConfig(), { seed: false });
  const composed = await composeFromRegistry();
  const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : undefined;
  const target = relative(REPOSITORY_ROOT, SUPERGRAPH_PATH);
  if (check) {
    if (committed === composed) {
      console.log(`${target} is up to date.`);
      return 0;
    }
    console.error(
      `${target} is out of date with the subgraphs: run \`npm run supergraph\` and commit the result.`,
    );
    return 1;
  }
  if (committed === composed) {
    console.log(`${target} is already up to date.`);
  } else {
    writeFileSync(SUPERGRAPH_PATH, composed);
    console.log(`Wrote ${target}.`);
  }
  return 0;
}

main().then(
  // Subgraphs may leave timers or pools behind; the script's work is done either way.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
