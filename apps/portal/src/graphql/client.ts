// A small fetch-based GraphQL client: typed by the generated documents, no cache, no dependencies.
import type { TypedDocumentString } from './graphql.generated';
import { ApiError, NetworkError, type GraphQLErrorShape } from './errors';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface ExecuteOptions {
  accessToken?: string;
  signal?: AbortSignal;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** Sends one operation. Throws NetworkError when no GraphQL answer came back, ApiError on `errors`. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: ExecuteOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.accessToken) headers.authorization = `Bearer ${options.accessToken}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError();
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new NetworkError(response.status);
  }
  if (body.errors?.length) throw new ApiError(body.errors);
  if (!body.data) throw new NetworkError(response.status);
  return body.data;
}
