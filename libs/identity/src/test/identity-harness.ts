import { SubgraphHarness } from '@alliance/testing';
import { createSubgraphApp, type AllianceConfig } from '@alliance/platform';
import { IdentityModule } from '../identity.module';
import { identityEntities } from '../identity.entities';

export function identityHarness(): SubgraphHarness {
  return new SubgraphHarness((config: AllianceConfig) =>
    createSubgraphApp({ name: 'identity', feature: IdentityModule, entities: identityEntities, config }),
  );
}

/** The link token of the last e-mail queued under `key`, as the recipient would click it. */
export async function linkTokenFromOutbox(harness: SubgraphHarness, key: string): Promise<string> {
  const owner = await harness.owner();
  const rows: { payload: { message: { text: string } } }[] = await owner.query(
    `select payload from platform.outbox where type = 'mail.send' and payload->>'key' = $1`,
    [key],
  );
  const text = rows[0]?.payload.message.text ?? '';
  const match = /\/(?:invitation|reset-password)\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`No link in the e-mail ${key}`);
  return match[1];
}
