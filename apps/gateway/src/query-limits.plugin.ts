import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens of the document: bounds the parser's work before anything else runs. */
  maxTokens: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxTokens: 2000 };

/**
 * Rejections happen while the gateway parses and validates the document, so a rejected operation never
 * reaches a subgraph. As GraphQL over HTTP asks for request errors, a client accepting
 * application/graphql-response+json gets 400 and one accepting only application/json gets 200.
 */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400, spec: true } },
  });
}

/** graphql-armor states the measured value only in its English message. */
function foundIn(error: GraphQLError): string | undefined {
  return /found (\d+)/.exec(error.message)?.[1];
}

export function depthMessage(max: number, found?: string): string {
  const measured = found ? ` (${found} niveaux)` : '';
  return `La requête est trop imbriquée${measured} : ${max} niveaux au plus. Demandez moins de champs imbriqués ou découpez-la en plusieurs requêtes.`;
}

export function aliasesMessage(max: number, found?: string): string {
  const measured = found ? ` (${found})` : '';
  return `La requête utilise trop d’alias${measured} : ${max} au plus. Retirez des alias ou répartissez-les sur plusieurs requêtes.`;
}

export function tokensMessage(max: number): string {
  return `La requête est trop longue : ${max} éléments au plus. Raccourcissez-la ou découpez-la en plusieurs requêtes.`;
}

export const BATCH_MESSAGE =
  'Les requêtes groupées (un tableau JSON) ne sont pas acceptées : envoyez une seule opération par requête HTTP.';

/** Refuses JSON-array bodies: batching would multiply every other limit by the array's length. */
export function rejectBatchingPlugin(): GatewayPlugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (Array.isArray(requestParserResult)) throw badUserInput(BATCH_MESSAGE);
        },
      };
    },
  };
}

export function queryLimitPlugins(limits: QueryLimits): GatewayPlugin[] {
  return [
    rejectBatchingPlugin(),
    maxTokensPlugin({
      n: limits.maxTokens,
      onReject: [
        () => {
          throw badUserInput(tokensMessage(limits.maxTokens));
        },
      ],
    }) as GatewayPlugin,
    maxDepthPlugin({
      n: limits.maxDepth,
      onReject: [
        (_context, error) => {
          throw badUserInput(depthMessage(limits.maxDepth, foundIn(error)));
        },
      ],
    }) as GatewayPlugin,
    maxAliasesPlugin({
      n: limits.maxAliases,
      onReject: [
        (_context, error) => {
          throw badUserInput(aliasesMessage(limits.maxAliases, foundIn(error)));
        },
      ],
    }) as GatewayPlugin,
  ];
}

export const INTROSPECTION_MESSAGE =
  'L’introspection du schéma est désactivée en production : consultez la documentation de l’API.';

/** Production refuses `__schema` and `__type`, so the schema is not handed to whoever asks. */
export function disableIntrospectionPlugin(): GatewayPlugin {
  const rule = (context: ValidationContext): ASTVisitor => ({
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        context.reportError(
          new GraphQLError(INTROSPECTION_MESSAGE, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }),
        );
      }
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
