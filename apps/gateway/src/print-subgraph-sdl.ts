/**
 * Prints one registered subgraph's SDL on stdout. The composer runs it once per subgraph, each in its own
 * process: Nest keeps every decorated GraphQL class of a process in one global store, so subgraphs built
 * side by side would each publish the others' types.
 */
import { fetchSubgraphSdl, startRegisteredSubgraph } from './supergraph.composer';
import { SUBGRAPHS } from './subgraphs';

async function main(name: string): Promise<void> {
  const subgraph = SUBGRAPHS.find((s) => s.name === name);
  if (!subgraph) throw new Error(`Subgraph "${name}" is not listed in apps/gateway/src/subgraphs.ts.`);
  const running = await startRegisteredSubgraph(subgraph);
  try {
    const sdl = await fetchSubgraphSdl(running.url);
    await new Promise<void>((done) => process.stdout.write(JSON.stringify({ sdl }) + '\n', () => done()));
  } finally {
    await running.close();
  }
}

main(process.argv[2] ?? '').then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
