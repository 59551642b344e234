import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import {
  createGatewayRuntime,
  type GatewayPlugin,
  type GatewayRuntime,
  type LogLevel,
} from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { TokenVerifier, type AllianceConfig } from '@alliance/platform';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { authenticationPlugin } from './authentication.plugin';
import { createPortalHandler } from './portal-static.handler';
import {
  DEFAULT_QUERY_LIMITS,
  disableIntrospectionPlugin,
  queryLimitPlugins,
  type QueryLimits,
} from './query-limits.plugin';
import { resolveSubgraphUrls, SUPERGRAPH_PATH } from './subgraphs';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';
const STOP_GRACE_MS = 5000;

export interface GatewayOptions {
  /** Where each subgraph named in the supergraph answers, by subgraph name. */
  subgraphUrls: Record<string, string>;
  jwtPublicKeyPem: string;
  nodeEnv: AllianceConfig['nodeEnv'];
  /** Defaults to the committed apps/gateway/supergraph.graphql. */
  supergraphSdl?: string;
  /** 0 picks a free port (tests). Defaults to 4000. */
  port?: number;
  /** Defaults to every interface. */
  host?: string;
  /** The portal's static build; defaults to dist/apps/portal under the working directory. */
  portalDir?: string;
  limits?: Partial<QueryLimits>;
  logging?: boolean | LogLevel;
}

export interface AllianceGateway {
  readonly server: Server;
  readonly runtime: GatewayRuntime;
  /** Listens, and resolves with the actual port and the URL of the GraphQL endpoint. */
  start(): Promise<{ port: number; url: string }>;
  /** Stops accepting connections, closes idle ones and releases the subgraph transports. */
  stop(): Promise<void>;
}

/** Subgraph names declared by a supergraph (`join__graph(name: "...")`). */
export function supergraphSubgraphNames(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(\s*name:\s*"([^"]+)"/g)].map((match) => match[1]);
}

/**
 * Each hop appends the address it received the request from; subgraphs read the chain for audit and rate
 * limiting, and only the last entry (written here) is trustworthy.
 */
function appendForwardedFor(req: IncomingMessage): void {
  const address = req.socket.remoteAddress;
  if (!address) return;
  const existing = req.headers['x-forwarded-for'];
  const chain = Array.isArray(existing) ? existing.join(', ') : existing;
  req.headers['x-forwarded-for'] = chain ? `${chain}, ${address}` : address;
}

function forwardedHeaders(request: Request): Record<string, string | null> {
  return {
    authorization: request.headers.get('authorization'),
    'accept-language': request.headers.get('accept-language'),
    'x-forwarded-for': request.headers.get('x-forwarded-for'),
  };
}

export function createGateway(options: GatewayOptions): AllianceGateway {
  const production = options.nodeEnv === 'production';
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const missing = supergraphSubgraphNames(supergraphSdl).filter((name) => !options.subgraphUrls[name]);
  if (missing.length > 0) {
    throw new Error(
      `No URL for subgraph(s) ${missing.join(', ')}: set ${missing.map((n) => `${n.toUpperCase()}_URL`).join(', ')}.`,
    );
  }
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const verifier = new TokenVerifier(options.jwtPublicKeyPem);

  const runtime = createGatewayRuntime({
    supergraph: supergraphSdl,
    // Passed explicitly: the runtime would otherwise import the transport dynamically, which Jest's CommonJS
    // runtime cannot do.
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }]),
    ),
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: !production,
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => forwardedHeaders(request) },
    logging: options.logging ?? (options.nodeEnv === 'test' ? 'error' : 'info'),
    plugins: () => {
      const plugins: GatewayPlugin[] = [authenticationPlugin(verifier), ...queryLimitPlugins(limits)];
      if (production) {
        plugins.push(
          disableIntrospectionPlugin(),
          blockFieldSuggestionsPlugin({ mask: '' }) as GatewayPlugin,
        );
      }
      return plugins;
    },
  });

  const servePortal = createPortalHandler(resolve(options.portalDir ?? 'dist/apps/portal'));

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (path === GRAPHQL_PATH) {
      appendForwardedFor(req);
      void runtime.requestListener(req, res);
      return;
    }
    if (path === HEALTH_PATH) {
      const body = JSON.stringify({ status: 'ok' });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    servePortal(req, res, path).catch((error: unknown) => fail(res, error));
  });

  function fail(res: ServerResponse, error: unknown): void {
    runtime.logger.error({ error }, 'Serving the portal failed');
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Erreur interne.');
  }

  return {
    server,
    runtime,
    start() {
      return new Promise((resolveStart, rejectStart) => {
        server.once('error', rejectStart);
        server.listen(options.port ?? 4000, options.host, () => {
          server.off('error', rejectStart);
          const { port } = server.address() as AddressInfo;
          resolveStart({ port, url: `http://127.0.0.1:${port}${GRAPHQL_PATH}` });
        });
      });
    },
    async stop() {
      await new Promise<void>((resolveStop) => {
        if (!server.listening) return resolveStop();
        server.close(() => resolveStop());
        server.closeIdleConnections();
        // A client holding a request open must not keep the process alive forever.
        setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
      });
      await runtime.dispose();
    },
  };
}

/** The options main.ts derives from the platform configuration and the environment. */
export function gatewayOptionsFromConfig(
  config: AllianceConfig,
  env: NodeJS.ProcessEnv = process.env,
): GatewayOptions {
  return {
    subgraphUrls: resolveSubgraphUrls(config.gatewayPort, env),
    jwtPublicKeyPem: config.jwtPublicKeyPem,
    nodeEnv: config.nodeEnv,
    port: config.gatewayPort,
    host: env.HOST,
    portalDir: env.PORTAL_DIR,
  };
}
