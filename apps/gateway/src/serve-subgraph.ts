/**
 * Serves one registered subgraph and prints its URL on stdout, until the parent ends it. Tests that need
 * several subgraphs at once start each in its own process: Nest keeps every decorated GraphQL class of a
 * process in one global store, so subgraphs built side by side would each publish the others' types, and
 * an entity two contexts declare (the Tenant that identity owns and community extends) would be defined twice.
 */
import { startRegisteredSubgraph } from './supergraph.composer';
import { SUBGRAPHS } from './subgraphs';

async function main(name: string): Promise<void> {
  const subgraph = SUBGRAPHS.find((s) => s.name === name);
  if (!subgraph) throw new Error(`Subgraph "${name}" is not listed in apps/gateway/src/subgraphs.ts.`);
  const running = await startRegisteredSubgraph(subgraph);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  // Orphaned (the test process died without ending it): end too rather than hold the port and the pool.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1_000).unref();
  process.stdout.write(JSON.stringify({ url: running.url }) + '\n');
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
