import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { loadConfig } from '@alliance/platform';
import { createSubgraphApp } from '@alliance/platform';
import { IdentityModule, identityEntities } from '@alliance/identity';
import { SubgraphHarness } from '@alliance/testing';
import { createGateway, type AllianceGateway } from '../gateway.server';
import { buildWorld, type IsolationWorld } from './isolation-world';
import { ALL_CASES as CASES } from './cases';
import { startSubgraphInOwnProcess } from '../supergraph.composer';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '../subgraphs';

// An operation of the supergraph without a case in ./cases fails the suite.

function supergraphOperations(): string[] {
  const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  return [schema.getQueryType(), schema.getMutationType()]
    .filter(isObjectType)
    .flatMap((type) => Object.keys(type.getFields()))
    .filter((name) => !name.startsWith('_'))
    .sort();
}

describe('tenant isolation: a Brest user gets nothing of Grand Poitiers', () => {
  const config = loadConfig();
  let identity: SubgraphHarness;
  let gateway: AllianceGateway;
  const others: { close: () => Promise<void> }[] = [];
  let world: IsolationWorld;

  beforeAll(async () => {
    identity = await new SubgraphHarness((c) =>
      createSubgraphApp({ name: 'identity', feature: IdentityModule, entities: identityEntities, config: c }),
    ).start();
    // Identity runs in a harness (its factories build the world); every other subgraph as registered, each
    // in a process of its own as in production (two subgraphs may extend the same entity type).
    const subgraphUrls: Record<string, string> = { identity: identity.url };
    const started = await Promise.all(
      SUBGRAPHS.filter((s) => s.name !== 'identity').map(async (subgraph) => {
        const running = await startSubgraphInOwnProcess(subgraph);
        others.push(running);
        return [subgraph.name, running.url] as const;
      }),
    );
    for (const [name, url] of started) subgraphUrls[name] = url;
    gateway = createGateway({
      subgraphUrls,
      jwtPublicKeyPem: config.jwtPublicKeyPem,
      nodeEnv: 'test',
      port: 0,
    });
    const { url: gatewayUrl } = await gateway.start();
    world = await buildWorld(gatewayUrl, identity, async (token) => {
      const result = await identity.ok(
        `mutation { inviteMember(input: { email: "attendu@example.org", role: MEMBER }) { id email } }`,
        {},
        token,
      );
      const [row] = await (
        await identity.owner()
      ).query(`select payload from platform.outbox where payload->>'key' = $1`, [
        `invitation-${result.inviteMember.id}`,
      ]);
      const linkToken = /invitation\/([A-Za-z0-9_-]+)/.exec(row.payload.message.text)![1]!;
      return { ...result.inviteMember, linkToken };
    });
    // Each subgraph starts in a process of its own, compiling its sources: allow for it on two cores.
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(others.map((running) => running.close()));
    await identity?.stop();
  }, 30_000);

  it('has a case for every query and mutation of the supergraph', () => {
    const missing = supergraphOperations().filter((name) => !CASES[name]);
    const stale = Object.keys(CASES).filter((name) => !supergraphOperations().includes(name));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each(Object.keys(CASES).sort())('%s', async (operation) => {
    await CASES[operation]!(world);
  });
});
