import { codeOf, type IsolationWorld } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

interface Consultants {
  brest: { id: string; token: string };
  poitiers: { id: string; token: string };
  /** An onboarding started by Grand Poitiers' consultant from Grand Poitiers' configuration. */
  poitiersOnboardingId: string;
}

const made = new WeakMap<IsolationWorld, Promise<Consultants>>();

/** A consultant serving Brest only, one serving Grand Poitiers only, and the latter's onboarding. */
function consultants(w: IsolationWorld): Promise<Consultants> {
  let pending = made.get(w);
  if (!pending) {
    pending = (async () => {
      const brest = await w.harness.factories.consultantServing(w.brest);
      const poitiers = await w.harness.factories.consultantServing(w.poitiers);
      const poitiersToken = (await w.harness.login(poitiers.email)).accessToken;
      const started = await w.call(
        `mutation ($i: StartOnboardingInput!) { startOnboarding(input: $i) { id } }`,
        {
          i: {
            name: 'Territoire accompagné par Poitiers',
            slug: `isolation-${poitiers.id.slice(0, 8)}`,
            adminEmail: 'admin@isolation.example.org',
            sourceTenantId: w.poitiers.id,
          },
        },
        poitiersToken,
      );
      return {
        brest: { id: brest.id, token: (await w.harness.login(brest.email)).accessToken },
        poitiers: { id: poitiers.id, token: poitiersToken },
        poitiersOnboardingId: started.data!.startOnboarding.id,
      };
    })();
    made.set(w, pending);
  }
  return pending;
}

export const onboardingCases: Record<string, IsolationCase> = {
  async startOnboarding(w) {
    const { brest } = await consultants(w);
    const count = async () => (await w.sql(`select count(*)::int as n from territory.onboardings`))[0].n;
    const before = await count();
    // Brest's consultant cannot copy Grand Poitiers, which they do not serve; Brest's admin onboards nothing.
    const input = {
      name: 'Copie de Poitiers',
      slug: 'copie-de-poitiers',
      adminEmail: 'intrus@example.org',
      sourceTenantId: w.poitiers.id,
    };
    const mutation = `mutation ($i: StartOnboardingInput!) { startOnboarding(input: $i) { id } }`;
    expect(codeOf(await w.call(mutation, { i: input }, brest.token))).toBe('FORBIDDEN');
    expect(codeOf(await w.call(mutation, { i: input }, w.brestAdmin.token))).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  },

  async onboarding(w) {
    const { brest, poitiersOnboardingId } = await consultants(w);
    const query = `query ($id: ID!) { onboarding(id: $id) { slug adminEmail } }`;
    expect(codeOf(await w.call(query, { id: poitiersOnboardingId }, brest.token))).toBe('NOT_FOUND');
    expect(codeOf(await w.call(query, { id: poitiersOnboardingId }, w.brestAdmin.token))).toBe('FORBIDDEN');
  },

  async onboardings(w) {
    const { brest, poitiers } = await consultants(w);
    const query = `{ onboardings(first: 100) { totalCount edges { node { id sourceTenantId } } } }`;
    const seen = (await w.call(query, {}, brest.token)).data!.onboardings;
    expect(seen.edges.map((e: any) => e.node.sourceTenantId)).not.toContain(w.poitiers.id);
    expect((await w.call(query, {}, poitiers.token)).data!.onboardings.totalCount).toBe(1);
    expect(codeOf(await w.call(query, {}, w.brestAdmin.token))).toBe('FORBIDDEN');
  },
};
