import { TenantRole } from '@alliance/platform';
import { errorCode, type SubgraphHarness } from '@alliance/testing';
import { identityHarness, linkTokenFromOutbox } from '../test/identity-harness';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken viewer { user { email displayName } currentTenant { slug } currentRoles } } }`;

describe('invitations', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await identityHarness().start();
  });
  afterAll(() => h.stop());

  async function adminOf(name = 'Brest métropole') {
    const tenant = await h.factories.tenant(name);
    const admin = await h.factories.member(tenant, TenantRole.ADMIN);
    const { accessToken } = await h.login(admin.email);
    return { tenant, admin, token: accessToken };
  }

  it('an admin invites by e-mail; the invitee accepts with a password and logs in', async () => {
    const { tenant, token } = await adminOf();
    const invited = (
      await h.ok(INVITE, { input: { email: 'Nouvelle.Membre@Example.org', role: 'MEMBER' } }, token)
    ).inviteMember;
    expect(invited).toMatchObject({
      email: 'nouvelle.membre@example.org',
      role: 'MEMBER',
      status: 'PENDING',
    });
    const linkToken = await linkTokenFromOutbox(h, `invitation-${invited.id}`);
    const input = {
      tenantSlug: tenant.slug,
      token: linkToken,
      displayName: 'Nouvelle Membre',
      password: 'un-mot-de-passe-2026',
    };
    const accepted = (await h.ok(ACCEPT, { input })).acceptInvitation;
    expect(accepted.viewer).toMatchObject({
      user: { email: 'nouvelle.membre@example.org' },
      currentTenant: { slug: tenant.slug },
      currentRoles: ['MEMBER'],
    });
    await expect(
      h.login('nouvelle.membre@example.org', undefined, 'un-mot-de-passe-2026'),
    ).resolves.toHaveProperty('accessToken');
    // The link is single-use.
    const again = await h.request(ACCEPT, { input });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/déjà été acceptée/);
  });

  it('refuses an expired link, a weak password and a link of another territory, creating nothing', async () => {
    const { tenant, token } = await adminOf();
    const other = await h.factories.tenant('Grand Poitiers');
    const invited = (await h.ok(INVITE, { input: { email: 'lien@example.org', role: 'EXPERT' } }, token))
      .inviteMember;
    const linkToken = await linkTokenFromOutbox(h, `invitation-${invited.id}`);
    const weak = await h.request(ACCEPT, {
      input: { tenantSlug: tenant.slug, token: linkToken, displayName: 'Lien', password: 'court' },
    });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.field).toBe('password');
    const elsewhere = await h.request(ACCEPT, {
      input: {
        tenantSlug: other.slug,
        token: linkToken,
        displayName: 'Lien',
        password: 'un-mot-de-passe-2026',
      },
    });
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
    const unknownTenant = await h.request(ACCEPT, {
      input: {
        tenantSlug: 'nulle-part',
        token: linkToken,
        displayName: 'Lien',
        password: 'un-mot-de-passe-2026',
      },
    });
    expect(errorCode(unknownTenant)).toBe('NOT_FOUND');
    const owner = await h.owner();
    await owner.query(
      `update identity.invitations set expires_at = now() - interval '1 minute' where id = $1`,
      [invited.id],
    );
    const expired = await h.request(ACCEPT, {
      input: {
        tenantSlug: tenant.slug,
        token: linkToken,
        displayName: 'Lien',
        password: 'un-mot-de-passe-2026',
      },
    });
    expect(expired.errors?.[0]?.message).toMatch(/expiré/);
    const users: unknown[] = await owner.query(
      `select 1 from identity.users where email = 'lien@example.org'`,
    );
    expect(users).toHaveLength(0);
  });

  it('refuses an invalid e-mail, an unknown role, and invitations by a plain member', async () => {
    const { tenant, token } = await adminOf();
    const badEmail = await h.request(INVITE, { input: { email: 'pas-une-adresse', role: 'MEMBER' } }, token);
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    expect(badEmail.errors?.[0]?.extensions?.field).toBe('email');
    const badRole = await h.request(INVITE, { input: { email: 'x@example.org', role: 'CHIEF' } }, token);
    expect(errorCode(badRole)).toBe('BAD_USER_INPUT');
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const memberToken = (await h.login(member.email)).accessToken;
    expect(
      errorCode(await h.request(INVITE, { input: { email: 'x@example.org', role: 'MEMBER' } }, memberToken)),
    ).toBe('FORBIDDEN');
  });

  it('a consultant invites in a territory they serve, not in another', async () => {
    const served = await h.factories.tenant('CC du Haut-Poitou');
    const notServed = await h.factories.tenant('Toulouse Métropole');
    await h.factories.member(notServed, TenantRole.MEMBER);
    const consultant = await h.factories.consultantServing(served);
    const { accessToken } = await h.login(consultant.email, served.slug);
    await expect(
      h.ok(INVITE, { input: { email: 'premier.admin@example.org', role: 'ADMIN' } }, accessToken),
    ).resolves.toBeDefined();
    const refused = await h.request(
      `mutation ($s: String!) { switchTenant(tenantSlug: $s) { accessToken } }`,
      { s: notServed.slug },
      accessToken,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('revoking an invitation makes its link stop working', async () => {
    const { tenant, token } = await adminOf();
    const invited = (await h.ok(INVITE, { input: { email: 'revoque@example.org', role: 'MEMBER' } }, token))
      .inviteMember;
    const linkToken = await linkTokenFromOutbox(h, `invitation-${invited.id}`);
    await h.ok(`mutation ($id: ID!) { revokeInvitation(id: $id) { status } }`, { id: invited.id }, token);
    const result = await h.request(ACCEPT, {
      input: {
        tenantSlug: tenant.slug,
        token: linkToken,
        displayName: 'Rémi',
        password: 'un-mot-de-passe-2026',
      },
    });
    expect(result.errors?.[0]?.message).toMatch(/révoquée/);
    const list = await h.ok(
      `{ invitations(status: REVOKED) { totalCount edges { node { email } } } }`,
      {},
      token,
    );
    expect(list.invitations.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual([
      'revoque@example.org',
    ]);
  });
});
