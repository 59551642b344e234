import 'reflect-metadata';
import { loadConfig } from '@alliance/platform';
import { migrateAndSeed } from './migrate-and-seed';

migrateAndSeed(loadConfig(), { seed: process.argv.includes('--seed') })
  .then((ran) => {
    process.stdout.write(
      ran.length ? `migrations applied: ${ran.join(', ')}\n` : 'database schema is up to date\n',
    );
  })
  .catch((error) => {
    process.stderr.write(`migration failed: ${(error as Error).message}\n`);
    process.exit(1);
  });
