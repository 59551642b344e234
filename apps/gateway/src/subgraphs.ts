import { resolve } from 'node:path';

/** The composed supergraph, committed so that a gateway build never depends on running subgraphs. */
export const SUPERGRAPH_PATH = resolve(__dirname, '..', 'supergraph.graphql');

export interface SubgraphDefinition {
  /** The name in the supergraph (`join__graph(name: ...)`) and the prefix of its `<NAME>_URL` variable. */
  name: string;
  /** The subgraph listens on the gateway's port plus this offset. */
  offset: number;
  /** Path, from the repository root and without extension, of the module that builds the subgraph's Nest app. */
  module: string;
  /** Name of the exported factory in that module, returning `Promise<INestApplication>` not yet listening. */
  factory: string;
  /** Path of the GraphQL endpoint on the subgraph. */
  graphqlPath: string;
}

/**
 * The subgraphs behind the gateway. Adding a bounded context means adding one line here, then running
 * `npm run supergraph`: the port scheme, the composition script and the supergraph test all read this list.
 */
export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  {
    name: 'identity',
    offset: 1,
    module: 'apps/identity/src/identity.app',
    factory: 'createIdentityApp',
    graphqlPath: '/graphql',
  },
  {
    name: 'indicators',
    offset: 5,
    module: 'apps/indicators/src/indicators.app',
    factory: 'createIndicatorsApp',
    graphqlPath: '/graphql',
  },
  {
    name: 'territory',
    offset: 2,
    module: 'apps/territory/src/territory.app',
    factory: 'createTerritoryApp',
    graphqlPath: '/graphql',
  },
  {
    name: 'community',
    offset: 3,
    module: 'apps/community/src/community.app',
    factory: 'createCommunityApp',
    graphqlPath: '/graphql',
  },
  {
    name: 'assessment',
    offset: 4,
    module: 'apps/assessment/src/assessment.app',
    factory: 'createAssessmentApp',
    graphqlPath: '/graphql',
  },
];

/**
 * The committed supergraph names each subgraph by a host that never resolves, so that it cannot depend on a
 * developer's ports, and so that a gateway started without the runtime override fails loudly.
 */
export function placeholderUrl(subgraph: SubgraphDefinition): string {
  return `http://${subgraph.name}.invalid${subgraph.graphqlPath}`;
}

export function urlVariable(subgraph: SubgraphDefinition): string {
  return `${subgraph.name.toUpperCase()}_URL`;
}

/**
 * Where each subgraph answers: `<NAME>_URL` when set (a bare origin gets the GraphQL path appended, so both
 * `http://identity:4001` and `http://identity:4001/graphql` work), otherwise localhost on the gateway's port
 * plus the subgraph's offset.
 */
export function resolveSubgraphUrls(
  gatewayPort: number,
  env: NodeJS.ProcessEnv = process.env,
  subgraphs: readonly SubgraphDefinition[] = SUBGRAPHS,
): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const subgraph of subgraphs) {
    const fromEnv = env[urlVariable(subgraph)];
    if (fromEnv) {
      let url: URL;
      try {
        url = new URL(fromEnv);
      } catch {
        throw new Error(`${urlVariable(subgraph)} is not a URL: "${fromEnv}".`);
      }
      if (url.pathname === '/' || url.pathname === '') url.pathname = subgraph.graphqlPath;
      urls[subgraph.name] = url.toString();
    } else {
      urls[subgraph.name] = `http://127.0.0.1:${gatewayPort + subgraph.offset}${subgraph.graphqlPath}`;
    }
  }
  return urls;
}
