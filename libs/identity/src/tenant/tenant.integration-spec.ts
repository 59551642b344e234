import { TenantRole } from '@alliance/platform';
import { errorCode, type SubgraphHarness } from '@alliance/testing';
import { identityHarness } from '../test/identity-harness';

const CREATE = `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { id slug name kind status } }`;

describe('tenants', () => {
  let h: SubgraphHarness;
  let operatorToken: string;
  beforeAll(async () => {
    h = await identityHarness().start();
    const operator = await h.factories.user({ platformRoles: ['operator'] });
    operatorToken = (await h.login(operator.email)).accessToken;
  });
  afterAll(() => h.stop());

  it('reads a territory’s public card without logging in, and says so for an unknown slug', async () => {
    const tenant = await h.factories.tenant('Clermont Auvergne Métropole');
    const data = await h.ok(`query ($s: String!) { tenantBySlug(slug: $s) { name programmeName } }`, {
      s: tenant.slug,
    });
    expect(data.tenantBySlug.name).toBe('Clermont Auvergne Métropole');
    const unknown = await h.request(`{ tenantBySlug(slug: "atlantide") { name } }`);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('atlantide');
  });

  it('an operator creates a territory and assigns a consultant who then sees it', async () => {
    const slug = `grand-besancon-${Date.now()}`;
    const created = (
      await h.ok(
        CREATE,
        {
          input: {
            slug,
            name: 'Grand Besançon Métropole',
            kind: 'METROPOLE',
            programmeName: 'ASSETT',
            siren: '242500361',
          },
        },
        operatorToken,
      )
    ).createTenant;
    expect(created).toMatchObject({ slug, kind: 'METROPOLE', status: 'ACTIVE' });
    const consultant = await h.factories.user({ platformRoles: ['consultant'] });
    await h.ok(
      `mutation ($t: ID!, $e: String!) { assignConsultant(tenantId: $t, email: $e) { slug } }`,
      { t: created.id, e: consultant.email },
      operatorToken,
    );
    const consultantToken = (await h.login(consultant.email)).accessToken;
    const seen = await h.ok(`{ tenants { totalCount edges { node { slug } } } }`, {}, consultantToken);
    expect(seen.tenants.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([slug]);
  });

  it('refuses a duplicate slug, a malformed slug, an invalid SIREN, and non-operators', async () => {
    const existing = await h.factories.tenant();
    const base = { name: 'Territoire', kind: 'COMMUNE', programmeName: 'Programme' };
    const dup = await h.request(CREATE, { input: { ...base, slug: existing.slug } }, operatorToken);
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(dup.errors?.[0]?.extensions?.field).toBe('slug');
    expect(
      (await h.request(CREATE, { input: { ...base, slug: 'Pas Bon' } }, operatorToken)).errors?.[0]
        ?.extensions?.field,
    ).toBe('slug');
    const siren = await h.request(
      CREATE,
      { input: { ...base, slug: `s-${Date.now()}`, siren: '123456789' } },
      operatorToken,
    );
    expect(siren.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'siren' } });
    const admin = await h.factories.member(existing, TenantRole.ADMIN);
    const adminToken = (await h.login(admin.email)).accessToken;
    expect(
      errorCode(await h.request(CREATE, { input: { ...base, slug: `x-${Date.now()}` } }, adminToken)),
    ).toBe('FORBIDDEN');
  });

  it('refuses to assign someone who is not a consultant', async () => {
    const tenant = await h.factories.tenant();
    const person = await h.factories.user();
    const result = await h.request(
      `mutation ($t: ID!, $e: String!) { assignConsultant(tenantId: $t, email: $e) { slug } }`,
      { t: tenant.id, e: person.email },
      operatorToken,
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
  });
});
