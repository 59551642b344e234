/**
 * Starts one registered subgraph in a process of its own and prints `READY <graphql url>`; SIGTERM stops it.
 * Tests that run several subgraphs use it because Nest keeps every decorated GraphQL class of a process in
 * one global store: an entity two subgraphs both extend (`Tenant`, from identity and community) cannot be
 * declared twice in one process, as it is in production, one subgraph per process.
 */
import { startRegisteredSubgraph } from './supergraph.composer';
import { SUBGRAPHS } from './subgraphs';

async function main(name: string): Promise<void> {
  const subgraph = SUBGRAPHS.find((s) => s.name === name);
  if (!subgraph) throw new Error(`Subgraph "${name}" is not listed in apps/gateway/src/subgraphs.ts.`);
  const running = await startRegisteredSubgraph(subgraph);
  process.stdout.write(`READY ${running.url}\n`);
  process.once('SIGTERM', () => void running.close().finally(() => process.exit(0)));
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
