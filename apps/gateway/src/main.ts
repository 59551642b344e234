import { loadConfig } from '@alliance/platform';
import { createGateway, gatewayOptionsFromConfig } from './gateway.server';

async function main(): Promise<void> {
  const config = loadConfig();
  const gateway = createGateway(gatewayOptionsFromConfig(config));
  const { port } = await gateway.start();
  gateway.runtime.logger.info(`Gateway listening on http://localhost:${port} (GraphQL at /graphql)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.runtime.logger.info(`${signal} received, stopping the gateway`);
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        gateway.runtime.logger.error({ error }, 'Stopping the gateway failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
