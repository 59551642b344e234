import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureSubgraph, type FixtureSubgraph } from '../test/fixture-subgraph';
import {
  aliasedQuery,
  createTestKeys,
  nestedQuery,
  postGraphQL,
  signAccessToken,
} from '../test/gateway-test-kit';
import { createGateway, type AllianceGateway } from './gateway.server';
import { DEFAULT_QUERY_LIMITS } from './query-limits.plugin';
import { composeSupergraph } from './supergraph.composer';

const keys = createTestKeys();
let fixture: FixtureSubgraph;
let portalDir: string;
let gateway: AllianceGateway;
let production: AllianceGateway;
let graphqlUrl: string;
let productionUrl: string;
let origin: string;

async function startGateway(nodeEnv: 'test' | 'production', dir: string): Promise<[AllianceGateway, string]> {
  const started = createGateway({
    supergraphSdl: composeSupergraph([{ name: fixture.name, sdl: fixture.sdl }]),
    subgraphUrls: { identity: fixture.url },
    jwtPublicKeyPem: keys.publicKeyPem,
    nodeEnv,
    port: 0,
    portalDir: dir,
    logging: false,
  });
  const { url } = await started.start();
  return [started, url];
}

/** Runs `action` and returns how many requests the subgraph received meanwhile. */
async function subgraphCallsDuring(action: () => Promise<void>): Promise<number> {
  const before = fixture.requests.length;
  await action();
  return fixture.requests.length - before;
}

function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolveGet, rejectGet) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolveGet({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', rejectGet);
    req.end();
  });
}

beforeAll(async () => {
  fixture = await startFixtureSubgraph();
  portalDir = mkdtempSync(join(tmpdir(), 'alliance-portal-'));
  mkdirSync(join(portalDir, 'assets'));
  writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>Alliance</title><div id="root"></div>');
  writeFileSync(join(portalDir, 'assets', 'index-abc123.js'), 'console.log("portal");');
  [gateway, graphqlUrl] = await startGateway('test', portalDir);
  [production, productionUrl] = await startGateway('production', join(portalDir, 'missing'));
  origin = new URL(graphqlUrl).origin;
});

afterAll(async () => {
  await gateway?.stop();
  await production?.stop();
  await fixture?.stop();
  rmSync(portalDir, { recursive: true, force: true });
});

describe('gateway: routing to the subgraph', () => {
  it('answers a public query without a token', async () => {
    const { status, body } = await postGraphQL(graphqlUrl, {
      query: '{ tenantBySlug(slug: "brest") { name } }',
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { tenantBySlug: { name: 'Brest métropole' } } });
  });

  it('passes a subgraph error code through to the client', async () => {
    const { body } = await postGraphQL(graphqlUrl, { query: '{ tenantBySlug(slug: "nowhere") { name } }' });
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0].message).toContain('introuvable');
  });

  it('forwards the token, the language and the client address to the subgraph', async () => {
    const token = await signAccessToken(keys.privateKey);
    const { body } = await postGraphQL(
      graphqlUrl,
      { query: '{ echo { authorization acceptLanguage forwardedFor } }' },
      { authorization: `Bearer ${token}`, 'accept-language': 'fr-FR', 'x-forwarded-for': '203.0.113.7' },
    );
    expect(body.errors).toBeUndefined();
    const echo = (body.data as { echo: Record<string, string> }).echo;
    expect(echo.authorization).toBe(`Bearer ${token}`);
    expect(echo.acceptLanguage).toBe('fr-FR');
    // The gateway appends the address the request came from.
    expect(echo.forwardedFor).toMatch(/^203\.0\.113\.7, (::ffff:)?127\.0\.0\.1$/);
  });

  it('sends the socket address alone when the client sent no x-forwarded-for', async () => {
    const { body } = await postGraphQL(graphqlUrl, { query: '{ echo { forwardedFor } }' });
    expect((body.data as { echo: { forwardedFor: string } }).echo.forwardedFor).toMatch(
      /^(::ffff:)?127\.0\.0\.1$/,
    );
  });
});

describe('gateway: authentication', () => {
  const query = { query: '{ tenantBySlug(slug: "brest") { name } }' };

  it.each([
    [
      'a token signed with another key',
      async () => `Bearer ${await signAccessToken(createTestKeys().privateKey)}`,
    ],
    [
      'an expired token',
      async () => `Bearer ${await signAccessToken(keys.privateKey, { expiresInSeconds: -30 })}`,
    ],
    [
      'a token from another issuer',
      async () => `Bearer ${await signAccessToken(keys.privateKey, { issuer: 'x' })}`,
    ],
    ['garbage', async () => 'Bearer not-a-jwt'],
    ['a non-bearer scheme', async () => 'Basic dXNlcjpwYXNz'],
  ])('refuses %s with UNAUTHENTICATED before calling the subgraph', async (_label, authorization) => {
    const header = await authorization();
    let response: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    const calls = await subgraphCallsDuring(async () => {
      response = await postGraphQL(graphqlUrl, query, { authorization: header });
    });
    expect(calls).toBe(0);
    expect(response?.status).toBe(401);
    expect(response?.body.data ?? undefined).toBeUndefined();
    expect(response?.body.errors).toHaveLength(1);
    expect(response?.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('tells the person to log in again when the token has expired', async () => {
    const token = await signAccessToken(keys.privateKey, { expiresInSeconds: -30 });
    const { body } = await postGraphQL(graphqlUrl, query, { authorization: `Bearer ${token}` });
    expect(body.errors?.[0].message).toMatch(/expiré.*reconnectez-vous/);
  });

  it('lets a valid token through', async () => {
    const token = await signAccessToken(keys.privateKey);
    const { status, body } = await postGraphQL(graphqlUrl, query, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('gateway: operation limits', () => {
  async function expectRejected(payload: unknown, messagePart: RegExp): Promise<void> {
    let response: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    const calls = await subgraphCallsDuring(async () => {
      response = await postGraphQL(graphqlUrl, payload);
    });
    expect(calls).toBe(0);
    expect(response?.body.data ?? undefined).toBeUndefined();
    expect(response?.body.errors).toHaveLength(1);
    expect(response?.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response?.body.errors?.[0].message).toMatch(messagePart);
  }

  it(`accepts a query ${DEFAULT_QUERY_LIMITS.maxDepth} levels deep`, async () => {
    const { body } = await postGraphQL(graphqlUrl, { query: nestedQuery(DEFAULT_QUERY_LIMITS.maxDepth) });
    expect(body.errors).toBeUndefined();
  });

  it('refuses a deeper query without calling the subgraph', async () => {
    await expectRejected(
      { query: nestedQuery(DEFAULT_QUERY_LIMITS.maxDepth + 1) },
      /trop imbriquée \(11 niveaux\) : 10 niveaux au plus/,
    );
  });

  it('counts depth through fragments', async () => {
    const selection = nestedQuery(DEFAULT_QUERY_LIMITS.maxDepth + 1).slice(2, -2);
    await expectRejected({ query: `{ ...Deep } fragment Deep on Query { ${selection} }` }, /trop imbriquée/);
  });

  it(`accepts ${DEFAULT_QUERY_LIMITS.maxAliases} aliases`, async () => {
    const { body } = await postGraphQL(graphqlUrl, { query: aliasedQuery(DEFAULT_QUERY_LIMITS.maxAliases) });
    expect(body.errors).toBeUndefined();
  });

  it('refuses an alias flood without calling the subgraph', async () => {
    await expectRejected(
      { query: aliasedQuery(DEFAULT_QUERY_LIMITS.maxAliases + 1) },
      /trop d’alias \(16\) : 15 au plus/,
    );
  });

  it('refuses a document with too many tokens without calling the subgraph', async () => {
    const fields = Array.from({ length: DEFAULT_QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    await expectRejected({ query: `{ ${fields} }` }, /trop longue : 2000 éléments au plus/);
  });

  it('answers 400 to clients that accept application/graphql-response+json', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const deep = await postGraphQL(
      graphqlUrl,
      { query: nestedQuery(DEFAULT_QUERY_LIMITS.maxDepth + 1) },
      accept,
    );
    expect(deep.status).toBe(400);
    const long = await postGraphQL(
      graphqlUrl,
      { query: `{ ${'__typename '.repeat(DEFAULT_QUERY_LIMITS.maxTokens)}}` },
      accept,
    );
    expect(long.status).toBe(400);
    expect(long.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a batch (JSON array body) without calling the subgraph', async () => {
    await expectRejected(
      [
        { query: '{ tenantBySlug(slug: "brest") { name } }' },
        { query: '{ tenantBySlug(slug: "brest") { slug } }' },
      ],
      /requêtes groupées/,
    );
  });
});

describe('gateway: introspection and suggestions', () => {
  it('allows introspection and suggestions outside production', async () => {
    const introspection = await postGraphQL(graphqlUrl, { query: '{ __schema { queryType { name } } }' });
    expect(introspection.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await postGraphQL(graphqlUrl, { query: '{ tenantBySlg(slug: "brest") { name } }' });
    expect(typo.body.errors?.[0].message).toContain('Did you mean');
  });

  it('refuses introspection in production without calling the subgraph', async () => {
    let response: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    const calls = await subgraphCallsDuring(async () => {
      response = await postGraphQL(productionUrl, { query: '{ __schema { types { name } } }' });
    });
    expect(calls).toBe(0);
    expect(response?.body.data ?? undefined).toBeUndefined();
    expect(response?.body.errors?.[0].message).toMatch(/introspection du schéma est désactivée/);
    expect(response?.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byType = await postGraphQL(productionUrl, {
      query: '{ __type(name: "Tenant") { fields { name } } }',
    });
    expect(byType.body.data ?? undefined).toBeUndefined();
  });

  it('hides field suggestions in production', async () => {
    const { body } = await postGraphQL(productionUrl, { query: '{ tenantBySlg(slug: "brest") { name } }' });
    expect(body.errors?.[0].message).toMatch(/tenantBySlg/);
    expect(body.errors?.[0].message).not.toContain('Did you mean');
    expect(body.errors?.[0].message).not.toContain('tenantBySlug');
  });

  it('still answers ordinary queries in production', async () => {
    const { body } = await postGraphQL(productionUrl, { query: '{ tenantBySlug(slug: "brest") { name } }' });
    expect(body).toEqual({ data: { tenantBySlug: { name: 'Brest métropole' } } });
  });
});

describe('gateway: portal and health', () => {
  it('serves the portal at /', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await fetch(`${origin}/brest/members`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('serves fingerprinted assets with a long cache', async () => {
    const response = await fetch(`${origin}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log("portal");');
  });

  it('answers 404 for a missing asset rather than the HTML page', async () => {
    const response = await fetch(`${origin}/assets/index-old.js`);
    expect(response.status).toBe(404);
  });

  it('does not serve files outside the portal folder', async () => {
    for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/../../etc/passwd']) {
      const { status, body } = await rawGet(path);
      expect(body).not.toContain('root:');
      expect([200, 400, 404]).toContain(status);
    }
  });

  it('reports health at /health', async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('explains in French when the portal is not built', async () => {
    const response = await fetch(`${new URL(productionUrl).origin}/brest`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Le portail n’est pas encore construit');
  });
});
