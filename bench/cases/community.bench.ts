import { execFile } from 'node:child_process';
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Agent as ConnectionPool } from 'node:http';
import type { DataSource } from 'typeorm';
import type { BenchCase, PreparedCase, Variant } from '../harness';
import { percentile } from '../harness';
import { startChildServer, type ChildServer } from '../support/child-server';
import { fixedRateLoad } from '../support/load';

const run = promisify(execFile);
const BENCH_DATABASE = 'alliance_bench_community';
const ORGANISATIONS = 5_000;
const COALITIONS = 300;
const ACTIONS = 20_000;
const REQUESTS_PER_SECOND = 25;
const ROUND_MS = 3_000;
const WARM_UP_MS = 1_500;

const DIRECTORY = `query ($text: String) {
  organisations(filter: { text: $text, sectorCode: "INDUSTRIE" }, first: 20) {
    totalCount edges { node { id name city sectorCodes } }
  }
}`;

const COALITION_PAGE = `query ($id: ID!) {
  coalition(id: $id) {
    id name objective stage perimeterKind perimeterCode
    members { status organisation { id name } }
    facilitators { userId }
    stages { stage reachedOn }
    commitments { id status current { title objective } }
    actions { id title status barriers levers impacts { quantity unit year } }
  }
}`;

interface World {
  databaseUrl: string;
  token: string;
  /** A coalition of 5 member organisations and one of 200, each with its commitments and actions. */
  small: string;
  large: string;
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** An animator's access token, signed as identity signs them, with the configured key. */
async function animatorToken(tenantId: string): Promise<string> {
  const { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, loadConfig } = await import('@alliance/platform');
  const now = Date.now();
  const header = base64url(JSON.stringify({ alg: 'EdDSA' }));
  const payload = base64url(
    JSON.stringify({
      tid: tenantId,
      tsl: 'bench',
      roles: ['animator'],
      proles: [],
      iatms: now,
      sub: randomUUID(),
      iss: ACCESS_TOKEN_ISSUER,
      aud: ACCESS_TOKEN_AUDIENCE,
      iat: Math.floor(now / 1000),
      exp: Math.floor(now / 1000) + 3600,
    }),
  );
  const key = createPrivateKey(loadConfig().jwtPrivateKeyPem);
  return `${header}.${payload}.${base64url(sign(null, Buffer.from(`${header}.${payload}`), key))}`;
}

/**
 * A database of its own, migrated, holding one territory with 5,000 organisations over eight sectors,
 * 300 validated coalitions of 5 to 40 members (one of 200), a commitment each and 20,000 actions.
 */
async function buildWorld(): Promise<World> {
  const { locateServices, recreateDatabase } = await import('@alliance/testing');
  const { createDataSource, loadConfig } = await import('@alliance/platform');
  const { migrateAndSeed } = await import('../../apps/migrate/src/migrate-and-seed');
  const { serverUrl } = await locateServices();
  const databaseUrl = await recreateDatabase(serverUrl, BENCH_DATABASE);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' };
  delete env.RUNTIME_DATABASE_URL;
  const config = loadConfig(env);
  await migrateAndSeed(config, { seed: false });
  const owner: DataSource = await createDataSource(config.ownerDatabaseUrl, []).initialize();
  try {
    const tenantId = randomUUID();
    const by = randomUUID();
    await owner.query(
      `insert into community.organisations (tenant_id, name, type_code, siret, sector_codes, zone_codes, postcode, city,
         description, public_profile, created_by)
       select $1, 'Acteur ' || i, (array['ENTREPRISES','ASSOCIATIONS','COLLECTIVITES'])[1 + i % 3],
              lpad(i::text, 14, '0'),
              array[(array['INDUSTRIE','TERTIAIRE','ARTISANAT','COMMERCE','BTP','AGRICULTURE','TRANSPORT','SANTE'])[1 + i % 8]],
              array['ZONE-' || (i % 20)], '29' || lpad((i % 1000)::text, 3, '0'), 'Ville ' || (i % 50),
              'Acteur numéro ' || i || ' du territoire', i % 2 = 0, $2
         from generate_series(1, $3::int) i`,
      [tenantId, by, ORGANISATIONS],
    );
    await owner.query(
      `insert into community.coalitions (tenant_id, name, objective, perimeter_kind, perimeter_code, review_status,
         stage, proposed_by)
       select $1, 'Coalition ' || c, 'Objectif ' || c, 'theme', 'THEME-' || (c % 17), 'validated', 'explore', $2
         from generate_series(1, $3::int) c`,
      [tenantId, by, COALITIONS],
    );
    // Coalition 1 has 5 members, coalition 2 has 200, the others 5 to 40.
    await owner.query(
      `insert into community.coalition_members (tenant_id, coalition_id, organisation_id, status)
       select $1, c.id, o.id, 'member'
         from (select id, row_number() over (order by name) as n from community.coalitions where tenant_id = $1) c
         join lateral (
           select id from community.organisations where tenant_id = $1
            order by md5(id::text || c.n)
            limit case c.n when 1 then 5 when 2 then 200 else 5 + c.n % 36 end) o on true`,
      [tenantId],
    );
    await owner.query(
      `insert into community.coalition_stages (tenant_id, coalition_id, stage, reached_on)
       select $1, id, s, current_date from community.coalitions, unnest(array['forming', 'explore']) s
        where tenant_id = $1`,
      [tenantId],
    );
    await owner.query(
      `with made as (
         insert into community.commitments (tenant_id, coalition_id, status, created_by)
         select $1, id, 'published', $2 from community.coalitions where tenant_id = $1 returning id)
       insert into community.commitment_revisions (tenant_id, commitment_id, revision, title, objective, edited_by)
       select $1, id, 1, 'Engagement', 'Objectif commun', $2 from made`,
      [tenantId, by],
    );
    await owner.query(
      `insert into community.actions (tenant_id, coalition_id, commitment_id, title, status, barriers, levers, created_by)
       select $1, c.id, m.id, 'Action ' || i, 'planned', array['Coûts'], array['Audits énergétiques'], $2
         from generate_series(1, $3::int) i
         join (select id, row_number() over (order by name) as n from community.coalitions where tenant_id = $1) c
           on c.n = 1 + i % $4
         join community.commitments m on m.coalition_id = c.id`,
      [tenantId, by, ACTIONS, COALITIONS],
    );
    await owner.query(
      `insert into community.action_impacts (tenant_id, action_id, quantity, unit, year)
       select $1, id, 10, 'tCO2e/an', 2030 from community.actions where tenant_id = $1`,
      [tenantId],
    );
    await owner.query(`analyze`);
    const [small] = await owner.query(
      `select id from community.coalitions where tenant_id = $1 and name = 'Coalition 1'`,
      [tenantId],
    );
    const [large] = await owner.query(
      `select id from community.coalitions where tenant_id = $1 and name = 'Coalition 2'`,
      [tenantId],
    );
    return { databaseUrl, token: await animatorToken(tenantId), small: small.id, large: large.id };
  } finally {
    await owner.destroy();
  }
}

function latencyVariant(
  label: string,
  url: string,
  pool: ConnectionPool,
  body: string,
  token: string,
): Variant {
  return {
    label,
    async measure() {
      const result = await fixedRateLoad(pool, {
        url,
        body,
        headers: { authorization: `Bearer ${token}` },
        requestsPerSecond: REQUESTS_PER_SECOND,
        durationMs: ROUND_MS,
        isSuccess: (status, text) => status === 200 && !text.includes('"errors"'),
      });
      if (result.failures > 0) {
        throw new Error(`${label}: ${result.failures} failed requests, the first: ${result.firstFailure}`);
      }
      return { p50: percentile(result.latenciesMs, 50), p99: percentile(result.latenciesMs, 99) };
    },
  };
}

/** The community subgraph and a gateway over it, each in its own process, on the bench's database. */
async function startServers(world: World): Promise<{ subgraph: ChildServer; gateway: ChildServer }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: world.databaseUrl, NODE_ENV: 'development' };
  delete env.RUNTIME_DATABASE_URL;
  const subgraph = await startChildServer(['subgraph', 'community'], env);
  try {
    const gateway = await startChildServer(['gateway', subgraph.url, 'community'], env);
    return { subgraph, gateway };
  } catch (error) {
    await subgraph.stop();
    throw error;
  }
}

let shared: Promise<World> | undefined;
const world = () => (shared ??= buildWorld());

function gatewayCase(name: string, summary: string, body: (w: World) => string): BenchCase {
  return {
    name,
    summary,
    ratioName: 'gateway/subgraph',
    metrics: [
      { key: 'p50', label: 'p50 latency', unit: 'ms' },
      { key: 'p99', label: 'p99 latency', unit: 'ms' },
    ],
    rounds: 5,
    async prepare(): Promise<PreparedCase> {
      const w = await world();
      const { subgraph, gateway } = await startServers(w);
      const pool = new ConnectionPool({ keepAlive: true, maxSockets: 32 });
      const request = body(w);
      return {
        a: latencyVariant('through the gateway', gateway.url, pool, request, w.token),
        b: latencyVariant('straight to the subgraph', subgraph.url, pool, request, w.token),
        notes: [
          `database ${BENCH_DATABASE} (recreated): ${ORGANISATIONS.toLocaleString('en')} organisations, ${COALITIONS} coalitions, ${ACTIONS.toLocaleString('en')} actions`,
          `${REQUESTS_PER_SECOND} req/s for ${ROUND_MS / 1000} s a round, open loop; each server in its own process`,
        ],
        async warmUp() {
          for (const url of [gateway.url, subgraph.url]) {
            await fixedRateLoad(pool, {
              url,
              body: request,
              headers: { authorization: `Bearer ${w.token}` },
              requestsPerSecond: REQUESTS_PER_SECOND,
              durationMs: WARM_UP_MS,
            });
          }
        },
        async teardown() {
          pool.destroy();
          await Promise.all([gateway.stop(), subgraph.stop()]);
        },
      };
    },
  };
}

export const communityDirectoryCase = gatewayCase(
  'community-directory',
  'the directory search (text and sector, first 20 of 5,000 organisations) through the gateway vs straight to the community subgraph',
  () => JSON.stringify({ query: DIRECTORY, variables: { text: 'acteur 12' } }),
);

export const communityCoalitionPageCase = gatewayCase(
  'community-coalition-page',
  'the coalition page (coalition, 200 members, commitments, ~67 actions with impacts) through the gateway vs straight to the subgraph',
  (w) => JSON.stringify({ query: COALITION_PAGE, variables: { id: w.large } }),
);

/**
 * A = SQL statements the coalition page issues for the coalition of 200 members; B = for the one of 5.
 * Batched nested fields make the ratio 1.00: the count does not grow with the members.
 */
export const communityCoalitionStatementsCase: BenchCase = {
  name: 'community-coalition-statements',
  summary:
    'SQL statements of the coalition page for 200 members (A) against 5 members (B), counted on the subgraph’s connection',
  ratioName: 'statements 200/5',
  metrics: [{ key: 'statements', label: 'statements', unit: '' }],
  rounds: 3,
  async prepare(): Promise<PreparedCase> {
    const w = await world();
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: w.databaseUrl, NODE_ENV: 'development' };
    delete env.RUNTIME_DATABASE_URL;
    const count = (id: string): Variant => ({
      label: id === w.large ? 'coalition of 200 members' : 'coalition of 5 members',
      async measure() {
        const { stdout } = await run(
          process.execPath,
          [
            '-r',
            '@swc-node/register',
            resolve(__dirname, '../support/count-statements.ts'),
            w.token,
            COALITION_PAGE,
            JSON.stringify({ id }),
          ],
          { env, cwd: resolve(__dirname, '../..'), maxBuffer: 10 * 1024 * 1024 },
        );
        const counts = /^COUNTS (\[.*\])$/m.exec(stdout);
        if (!counts) throw new Error(`count-statements printed no count:\n${stdout.slice(-2000)}`);
        return { statements: (JSON.parse(counts[1]!) as number[])[0]! };
      },
    });
    return {
      a: count(w.large),
      b: count(w.small),
      notes: ['statements reading community’s tables, counted in a subgraph process of its own'],
      // Each count runs in a process of its own, which ends with it.
      teardown: () => Promise.resolve(),
    };
  },
};
