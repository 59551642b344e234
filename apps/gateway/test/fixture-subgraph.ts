import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a subgraph that records every HTTP request it receives, so tests can prove that the gateway
 * refused an operation without calling it. It borrows identity's name and `tenantBySlug` so that the same
 * query runs against it and against the real identity subgraph.
 */
export const FIXTURE_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    tenantBySlug(slug: String!): Tenant!
    echo: Echo!
    tree: TreeNode!
  }

  type Tenant @key(fields: "id") {
    id: ID!
    slug: String!
    name: String!
  }

  "What the subgraph received, for header-forwarding tests."
  type Echo {
    authorization: String
    acceptLanguage: String
    forwardedFor: String
  }

  "An endlessly nested type, for depth tests."
  type TreeNode {
    value: Int!
    child: TreeNode!
  }
`;

const TENANTS = [{ id: '7d1c1f0e-5b7a-4a3e-9c59-0b4f3c1a2b01', slug: 'brest', name: 'Brest métropole' }];

interface FixtureContext {
  headers: IncomingHttpHeaders;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

/** The resolver map type buildSubgraphSchema accepts, which @apollo/subgraph does not export by name. */
type ResolverMap = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']
>;

const resolvers = {
  Query: {
    tenantBySlug: (_: unknown, { slug }: { slug: string }) => {
      const tenant = TENANTS.find((candidate) => candidate.slug === slug);
      if (!tenant)
        throw new GraphQLError(`Territoire « ${slug} » introuvable.`, { extensions: { code: 'NOT_FOUND' } });
      return tenant;
    },
    echo: (_: unknown, __: unknown, context: FixtureContext) => ({
      authorization: header(context.headers, 'authorization'),
      acceptLanguage: header(context.headers, 'accept-language'),
      forwardedFor: header(context.headers, 'x-forwarded-for'),
    }),
    tree: () => ({ value: 1 }),
  },
  TreeNode: {
    child: (parent: { value: number }) => ({ value: parent.value + 1 }),
  },
  Tenant: {
    __resolveReference: (reference: { id: string }) => TENANTS.find((tenant) => tenant.id === reference.id),
  },
};

export interface RecordedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FixtureSubgraph {
  name: 'identity';
  sdl: string;
  url: string;
  /** Every request received, introspection of `_service` included. */
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

export async function startFixtureSubgraph(): Promise<FixtureSubgraph> {
  const apollo = new ApolloServer<FixtureContext>({
    schema: buildSubgraphSchema({
      typeDefs: parse(FIXTURE_SDL),
      resolvers: resolvers as unknown as ResolverMap,
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      requests.push({ headers: req.headers, body: raw });
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        // Apollo answers a malformed body itself.
      }
      const url = new URL(req.url ?? '/', 'http://fixture');
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: async () => ({ headers: req.headers }),
        })
        .then(async (response) => {
          res.statusCode = response.status ?? 200;
          for (const [key, value] of response.headers) res.setHeader(key, value);
          if (response.body.kind === 'complete') {
            res.end(response.body.string);
          } else {
            for await (const chunk of response.body.asyncIterator) res.write(chunk);
            res.end();
          }
        })
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;

  return {
    name: 'identity',
    sdl: FIXTURE_SDL,
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    async stop() {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
