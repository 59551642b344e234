import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createJobQueue, loadConfig, OutboxRelay } from '@alliance/platform';
import { createCommunityApp, COMMUNITY_SUBGRAPH } from './community.app';

async function main() {
  const config = loadConfig();
  const app = await createCommunityApp(config);
  const port = Number(process.env.COMMUNITY_PORT ?? config.gatewayPort + 3);
  // Loopback by default; a container sets HOST=0.0.0.0 so that the gateway can reach it over the network.
  await app.listen(port, process.env.HOST || '127.0.0.1');
  // With Redis, each subgraph relays its own events; without, the worker relays them all.
  if (config.redisUrl) {
    const queue = createJobQueue(config.redisUrl, config.runtimeDatabaseUrl);
    const relay = new OutboxRelay(app.get(DataSource), queue, [COMMUNITY_SUBGRAPH]);
    relay.start();
    app.enableShutdownHooks();
    process.once('SIGTERM', () => void relay.stop().then(() => queue.close()));
  }
  process.stdout.write(
    `${JSON.stringify({ level: 'info', service: COMMUNITY_SUBGRAPH, message: `listening on ${port}` })}\n`,
  );
}

void main().catch((error) => {
  process.stderr.write(`community failed to start: ${(error as Error).stack}\n`);
  process.exit(1);
});
