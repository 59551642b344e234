/**
 * Starts one server for a benchmark in its own process, so that the load generator, the gateway and the
 * subgraph do not share an event loop, then prints `READY <graphql url>` on stdout.
 *
 *   serve.ts fixture-subgraph
 *   serve.ts identity-subgraph          (DATABASE_URL names a migrated, seeded database)
 *   serve.ts gateway <subgraph url>     (composes the supergraph from that subgraph's live SDL)
 *   serve.ts subgraph <name>            (a registered subgraph; DATABASE_URL names a migrated database)
 *   serve.ts gateway <url> <name>       (over that one subgraph, verifying tokens with the configured key)
 */
import { createGateway } from '../../apps/gateway/src/gateway.server';
import { SUBGRAPHS } from '../../apps/gateway/src/subgraphs';
import {
  composeSupergraph,
  fetchSubgraphSdl,
  startRegisteredSubgraph,
} from '../../apps/gateway/src/supergraph.composer';
import { startFixtureSubgraph } from '../../apps/gateway/test/fixture-subgraph';
import { generateKeyPairSync } from 'node:crypto';
import { loadConfig } from '@alliance/platform';

async function start(
  kind: string,
  argument: string | undefined,
  name = 'identity',
): Promise<{ url: string; stop: () => Promise<void> }> {
  switch (kind) {
    case 'fixture-subgraph': {
      const fixture = await startFixtureSubgraph();
      return { url: fixture.url, stop: () => fixture.stop() };
    }
    case 'identity-subgraph': {
      const identity = SUBGRAPHS.find((subgraph) => subgraph.name === 'identity');
      if (!identity) throw new Error('identity is not in apps/gateway/src/subgraphs.ts');
      const running = await startRegisteredSubgraph(identity);
      return { url: running.url, stop: running.close };
    }
    case 'subgraph': {
      const subgraph = SUBGRAPHS.find((s) => s.name === argument);
      if (!subgraph) throw new Error(`${argument} is not in apps/gateway/src/subgraphs.ts`);
      const running = await startRegisteredSubgraph(subgraph);
      return { url: running.url, stop: running.close };
    }
    case 'gateway': {
      if (!argument) throw new Error('serve.ts gateway needs the subgraph URL');
      const sdl = await fetchSubgraphSdl(argument);
      const gateway = createGateway({
        supergraphSdl: composeSupergraph([{ name, sdl }]),
        subgraphUrls: { [name]: argument },
        // identity's benchmark sends no token, so any key will do; others sign theirs with the configured key.
        jwtPublicKeyPem:
          name === 'identity'
            ? generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString()
            : loadConfig().jwtPublicKeyPem,
        nodeEnv: 'production',
        port: 0,
        host: '127.0.0.1',
        logging: false,
      });
      const { url } = await gateway.start();
      return { url, stop: () => gateway.stop() };
    }
    default:
      throw new Error(`Unknown server kind "${kind}"`);
  }
}

start(process.argv[2], process.argv[3], process.argv[4]).then(
  ({ url, stop }) => {
    process.stdout.write(`READY ${url}\n`);
    const shutdown = () => void stop().finally(() => process.exit(0));
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
