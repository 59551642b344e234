import { TenantRole } from '@alliance/platform';
import {
  errorCode,
  gql,
  type GraphQLResult,
  type SubgraphHarness,
  TEST_PASSWORD,
  type TestTenant,
} from '@alliance/testing';

export interface Actor {
  email: string;
  userId: string;
  membershipId?: string;
  token: string;
  refreshToken: string;
}

/**
 * Two territories side by side, each with an admin and a member, and a pending invitation in the
 * second. Every case acts from Brest and looks for a trace of Grand Poitiers.
 */
export interface IsolationWorld {
  brest: TestTenant;
  poitiers: TestTenant;
  brestAdmin: Actor;
  brestMember: Actor;
  poitiersAdmin: Actor;
  poitiersMember: Actor;
  poitiersInvitation: { id: string; email: string; linkToken: string };
  /** Sends an operation through the gateway. */
  call<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  /** Reads as the database owner, to check what a refused operation left behind. */
  sql<T = Record<string, any>>(query: string, params?: unknown[]): Promise<T[]>;
  harness: SubgraphHarness;
}

export const codeOf = errorCode;

export async function buildWorld(
  gatewayUrl: string,
  harness: SubgraphHarness,
  invite: (token: string) => Promise<{ id: string; email: string; linkToken: string }>,
): Promise<IsolationWorld> {
  const f = harness.factories;
  const brest = await f.tenant('Brest métropole');
  const poitiers = await f.tenant('Grand Poitiers');
  const actor = async (tenant: TestTenant, role: TenantRole): Promise<Actor> => {
    const person = await f.member(tenant, role);
    const session = await harness.login(person.email, tenant.slug, TEST_PASSWORD);
    const [row] = await (
      await harness.owner()
    ).query(`select id from identity.users where email = $1`, [person.email]);
    return {
      email: person.email,
      userId: row.id,
      membershipId: person.membershipId,
      token: session.accessToken,
      refreshToken: session.refreshToken,
    };
  };
  const brestAdmin = await actor(brest, TenantRole.ADMIN);
  const brestMember = await actor(brest, TenantRole.MEMBER);
  const poitiersAdmin = await actor(poitiers, TenantRole.ADMIN);
  const poitiersMember = await actor(poitiers, TenantRole.MEMBER);
  const poitiersInvitation = await invite(poitiersAdmin.token);
  return {
    brest,
    poitiers,
    brestAdmin,
    brestMember,
    poitiersAdmin,
    poitiersMember,
    poitiersInvitation,
    harness,
    call: (query, variables = {}, token) => gql(gatewayUrl, query, variables, token),
    sql: async (query, params = []) => (await harness.owner()).query(query, params),
  };
}
