import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { bearerToken, InvalidTokenError, type TokenVerifier } from '@alliance/platform';
import { GraphQLError } from 'graphql';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * A bad token is refused here, before planning, so that no subgraph spends work on it. A missing token is
 * anonymous and passes: published content is public, and each subgraph decides what an anonymous caller may
 * see (subgraphs verify the token again rather than trusting the gateway).
 */
export function authenticationPlugin(verifier: TokenVerifier): GatewayPlugin {
  return {
    onRequestParse({ request }) {
      const header = request.headers.get('authorization');
      if (header === null || header.trim() === '') return;
      const token = bearerToken(header);
      if (!token) {
        throw unauthenticated('En-tête Authorization invalide : utilisez « Bearer <jeton> ».');
      }
      return verifier.verify(token).then(
        () => undefined,
        (error: unknown) => {
          if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
          throw error;
        },
      );
    },
  };
}
