import 'reflect-metadata';
import { loadConfig } from '@alliance/platform';
import { startWorker } from './worker';

async function main() {
  const worker = await startWorker(loadConfig());
  const stop = () => void worker.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main().catch((error) => {
  process.stderr.write(`worker failed to start: ${(error as Error).stack}\n`);
  process.exit(1);
});
