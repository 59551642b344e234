import { TenantRole } from '@alliance/platform';
import { errorCode, TEST_PASSWORD, type SubgraphHarness } from '@alliance/testing';
import { identityHarness } from '../test/identity-harness';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken viewer { currentTenant { slug } currentRoles memberships { tenant { slug } roles serves } } } }`;
const VIEWER = `{ viewer { user { email } currentTenant { slug } } }`;

describe('sessions', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await identityHarness().start();
  });
  afterAll(() => h.stop());

  it('logs a Brest member in, scoped to their territory', async () => {
    const brest = await h.factories.tenant('Brest métropole');
    const member = await h.factories.member(brest, TenantRole.MEMBER);
    const data = await h.ok(LOGIN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(data.login.viewer.currentTenant.slug).toBe(brest.slug);
    expect(data.login.viewer.currentRoles).toEqual(['MEMBER']);
    const viewer = await h.ok(VIEWER, {}, data.login.accessToken);
    expect(viewer.viewer.user.email).toBe(member.email);
  });

  it('answers a wrong password and an unknown account with the same message', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const wrong = await h.request(LOGIN, { input: { email: member.email, password: 'pas-le-bon-mot' } });
    const unknown = await h.request(LOGIN, {
      input: { email: 'personne@example.org', password: 'pas-le-bon-mot' },
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('refuses an invalid e-mail naming the field', async () => {
    const result = await h.request(LOGIN, { input: { email: 'pas-une-adresse', password: 'x' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('email');
  });

  it('limits login attempts per account', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    for (let i = 0; i < 5; i++)
      await h.request(LOGIN, { input: { email: member.email, password: 'mauvais-mot-de-passe' } });
    const blocked = await h.request(LOGIN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
  });

  it('rotates refresh tokens and ends the family when an old one comes back', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const first = await h.login(member.email);
    const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
    const second = (await h.ok(REFRESH, { t: first.refreshToken })).refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const replay = await h.request(REFRESH, { t: first.refreshToken });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    // The thief's replay also ended the legitimate holder's session.
    expect(errorCode(await h.request(REFRESH, { t: second.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('logout stops the access token at once', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const session = await h.login(member.email);
    await h.ok(`mutation ($t: String!) { logout(refreshToken: $t) }`, { t: session.refreshToken });
    expect(errorCode(await h.request(VIEWER, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    const again = await h.login(member.email);
    expect((await h.ok(VIEWER, {}, again.accessToken)).viewer.user.email).toBe(member.email);
  });

  it('lets a consultant switch between the territories they serve, and no other', async () => {
    const poitiers = await h.factories.tenant('Grand Poitiers');
    const rouen = await h.factories.tenant('Métropole Rouen Normandie');
    const brest = await h.factories.tenant('Brest métropole');
    const consultant = await h.factories.consultantServing(poitiers, rouen);
    const session = await h.login(consultant.email, poitiers.slug);
    const SWITCH = `mutation ($s: String!) { switchTenant(tenantSlug: $s) { accessToken viewer { currentTenant { slug } memberships { tenant { slug } serves } } } }`;
    const switched = (await h.ok(SWITCH, { s: rouen.slug }, session.accessToken)).switchTenant;
    expect(switched.viewer.currentTenant.slug).toBe(rouen.slug);
    expect(
      switched.viewer.memberships.map((m: { tenant: { slug: string } }) => m.tenant.slug).sort(),
    ).toEqual([poitiers.slug, rouen.slug].sort());
    const refused = await h.request(SWITCH, { s: brest.slug }, session.accessToken);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(errorCode(await h.request(SWITCH, { s: 'nulle-part' }, session.accessToken))).toBe('NOT_FOUND');
  });

  it('writes an audit entry for a login, which the runtime role can neither change nor delete', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    await h.login(member.email);
    const owner = await h.owner();
    const rows: { action: string; tenant_id: string }[] = await owner.query(
      `select action, tenant_id from platform.audit_entries where actor_user_id = $1`,
      [member.id],
    );
    expect(rows).toEqual([{ action: 'session.login', tenant_id: tenant.id }]);
    await expect(
      h.dataSource.query(`update platform.audit_entries set action = 'x' where actor_user_id = $1`, [
        member.id,
      ]),
    ).rejects.toThrow(/permission denied/);
    await expect(
      h.dataSource.query(`delete from platform.audit_entries where actor_user_id = $1`, [member.id]),
    ).rejects.toThrow(/permission denied/);
  });

  it('audits refreshes, switches and logouts in the territory concerned', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const session = await h.login(member.email);
    const refreshed = await h.ok(
      `mutation ($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }`,
      {
        t: session.refreshToken,
      },
    );
    await h.ok(`mutation ($t: String!) { logout(refreshToken: $t) }`, {
      t: refreshed.refreshSession.refreshToken,
    });
    const rows: { action: string }[] = await (
      await h.owner()
    ).query(
      `select action from platform.audit_entries where actor_user_id = $1 and tenant_id = $2 order by id`,
      [member.id, tenant.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['session.login', 'session.refresh', 'session.logout']);
  });
});
