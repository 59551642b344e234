import { TenantRole } from '@alliance/platform';
import { errorCode, type SubgraphHarness } from '@alliance/testing';
import { identityHarness } from '../test/identity-harness';

const MEMBERS = `query ($first: Int, $after: String) { members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id roles user { email } } } } }`;

describe('members', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await identityHarness().start();
  });
  afterAll(() => h.stop());

  it('lists members page by page', async () => {
    const tenant = await h.factories.tenant();
    const admin = await h.factories.member(tenant, TenantRole.ADMIN);
    for (let i = 0; i < 4; i++) await h.factories.member(tenant, TenantRole.MEMBER);
    const token = (await h.login(admin.email)).accessToken;
    const first = (await h.ok(MEMBERS, { first: 3 }, token)).members;
    expect(first.totalCount).toBe(5);
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await h.ok(MEMBERS, { first: 3, after: first.pageInfo.endCursor }, token)).members;
    expect(second.edges).toHaveLength(2);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await h.request(MEMBERS, { first: 500 }, token))).toBe('BAD_USER_INPUT');
  });

  it('changing a role or removing a member stops their tokens at once', async () => {
    const tenant = await h.factories.tenant();
    const admin = await h.factories.member(tenant, TenantRole.ADMIN);
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const adminToken = (await h.login(admin.email)).accessToken;
    const memberSession = await h.login(member.email);
    const changed = await h.ok(
      `mutation ($id: ID!) { changeMemberRole(memberId: $id, role: ANIMATOR) { roles user { email } } }`,
      { id: member.membershipId },
      adminToken,
    );
    expect(changed.changeMemberRole).toEqual({ roles: ['ANIMATOR'], user: { email: member.email } });
    expect(errorCode(await h.request(`{ viewer { currentRoles } }`, {}, memberSession.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    const animatorToken = (await h.login(member.email)).accessToken;
    expect((await h.ok(`{ viewer { currentRoles } }`, {}, animatorToken)).viewer.currentRoles).toEqual([
      'ANIMATOR',
    ]);

    await h.ok(
      `mutation ($id: ID!) { removeMember(memberId: $id) }`,
      { id: member.membershipId },
      adminToken,
    );
    expect(errorCode(await h.request(`{ viewer { currentRoles } }`, {}, animatorToken))).toBe(
      'UNAUTHENTICATED',
    );
    const relogin = await h.request(
      `mutation { login(input: { email: "${member.email}", password: "mot-de-passe-1234" }) { accessToken } }`,
    );
    expect(errorCode(relogin)).toBe('FORBIDDEN');
  });

  it('refuses to remove or demote the last admin, changing nothing', async () => {
    const tenant = await h.factories.tenant();
    const admin = await h.factories.member(tenant, TenantRole.ADMIN);
    const token = (await h.login(admin.email)).accessToken;
    const removal = await h.request(
      `mutation ($id: ID!) { removeMember(memberId: $id) }`,
      { id: admin.membershipId },
      token,
    );
    expect(errorCode(removal)).toBe('CONFLICT');
    expect(removal.errors?.[0]?.message).toMatch(/dernier administrateur/);
    const demotion = await h.request(
      `mutation ($id: ID!) { changeMemberRole(memberId: $id, role: MEMBER) { id } }`,
      { id: admin.membershipId },
      token,
    );
    expect(errorCode(demotion)).toBe('CONFLICT');
    expect((await h.ok(`{ viewer { currentRoles } }`, {}, token)).viewer.currentRoles).toEqual(['ADMIN']);
  });

  it('a role that does not exist is refused', async () => {
    const tenant = await h.factories.tenant();
    const admin = await h.factories.member(tenant, TenantRole.ADMIN);
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const token = (await h.login(admin.email)).accessToken;
    const result = await h.request(
      `mutation ($id: ID!) { changeMemberRole(memberId: $id, role: KING) { id } }`,
      { id: member.membershipId },
      token,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
