import { TenantRole } from '@alliance/platform';
import { TEST_PASSWORD } from '@alliance/testing';
import { codeOf } from '../isolation-world';
import type { IsolationCase } from './isolation-case';

/** One case per identity operation: what a Brest user gets of Grand Poitiers through it. */
export const identityCases: Record<string, IsolationCase> = {
  async tenantBySlug(w) {
    // Public by design: the card only, the same for anyone.
    const asBrest = await w.call(
      `query ($s: String!) { tenantBySlug(slug: $s) { id name } }`,
      { s: w.poitiers.slug },
      w.brestMember.token,
    );
    const anonymous = await w.call(`query ($s: String!) { tenantBySlug(slug: $s) { id name } }`, {
      s: w.poitiers.slug,
    });
    expect(asBrest.data).toEqual(anonymous.data);
  },

  async tenants(w) {
    expect(codeOf(await w.call(`{ tenants { totalCount } }`, {}, w.brestAdmin.token))).toBe('FORBIDDEN');
  },

  async viewer(w) {
    const data = (
      await w.call(
        `{ viewer { currentTenant { id } memberships { tenant { id } } } }`,
        {},
        w.brestMember.token,
      )
    ).data!;
    expect(data.viewer.currentTenant.id).toBe(w.brest.id);
    expect(data.viewer.memberships.map((m: { tenant: { id: string } }) => m.tenant.id)).toEqual([w.brest.id]);
  },

  async members(w) {
    const data = (
      await w.call(`{ members(first: 100) { edges { node { id user { email } } } } }`, {}, w.brestAdmin.token)
    ).data!;
    const emails = data.members.edges.map((e: { node: { user: { email: string } } }) => e.node.user.email);
    expect(emails).not.toContain(w.poitiersAdmin.email);
    expect(emails).not.toContain(w.poitiersMember.email);
    const brestEmails = await w.sql(
      `select u.email from identity.memberships m join identity.users u on u.id = m.user_id where m.tenant_id = $1 and m.status = 'active'`,
      [w.brest.id],
    );
    expect(emails.sort()).toEqual(brestEmails.map((r) => r.email).sort());
  },

  async invitations(w) {
    const data = (
      await w.call(`{ invitations(first: 100) { edges { node { id } } } }`, {}, w.brestAdmin.token)
    ).data!;
    expect(data.invitations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      w.poitiersInvitation.id,
    );
  },

  async login(w) {
    const result = await w.call(`mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: w.brestMember.email, password: TEST_PASSWORD, tenantSlug: w.poitiers.slug },
    });
    expect(codeOf(result)).toBe('FORBIDDEN');
  },

  async refreshSession(w) {
    const login = await w.harness.login(w.brestMember.email, w.brest.slug);
    const data = (
      await w.call(
        `mutation ($t: String!) { refreshSession(refreshToken: $t) { viewer { currentTenant { id } } } }`,
        { t: login.refreshToken },
      )
    ).data!;
    expect(data.refreshSession.viewer.currentTenant.id).toBe(w.brest.id);
  },

  async logout(w) {
    // Logging out ends every access token of that person in that territory: use someone of its own.
    const leaving = await w.harness.factories.member(w.brest, TenantRole.MEMBER);
    const login = await w.harness.login(leaving.email, w.brest.slug);
    await w.call(`mutation ($t: String!) { logout(refreshToken: $t) }`, { t: login.refreshToken });
    // Grand Poitiers' sessions are untouched.
    expect(codeOf(await w.call(`{ viewer { user { id } } }`, {}, w.poitiersMember.token))).toBeUndefined();
  },

  async switchTenant(w) {
    const result = await w.call(
      `mutation ($s: String!) { switchTenant(tenantSlug: $s) { accessToken } }`,
      { s: w.poitiers.slug },
      w.brestMember.token,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  },

  async inviteMember(w) {
    const before = await w.sql(`select count(*)::int as n from identity.invitations where tenant_id = $1`, [
      w.poitiers.id,
    ]);
    const result = await w.call(
      `mutation { inviteMember(input: { email: "isolation@example.org", role: MEMBER }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    const [row] = await w.sql(`select tenant_id from identity.invitations where id = $1`, [
      result.data!.inviteMember.id,
    ]);
    expect(row.tenant_id).toBe(w.brest.id);
    expect(
      await w.sql(`select count(*)::int as n from identity.invitations where tenant_id = $1`, [
        w.poitiers.id,
      ]),
    ).toEqual(before);
  },

  async revokeInvitation(w) {
    const result = await w.call(
      `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
      { id: w.poitiersInvitation.id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select status from identity.invitations where id = $1`, [
      w.poitiersInvitation.id,
    ]);
    expect(row.status).toBe('pending');
  },

  async acceptInvitation(w) {
    const result = await w.call(
      `mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`,
      {
        i: {
          tenantSlug: w.brest.slug,
          token: w.poitiersInvitation.linkToken,
          displayName: 'Intrus',
          password: 'un-mot-de-passe-2026',
        },
      },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const [row] = await w.sql(`select status from identity.invitations where id = $1`, [
      w.poitiersInvitation.id,
    ]);
    expect(row.status).toBe('pending');
  },

  async requestPasswordReset(w) {
    // Says nothing of whether an address has an account, in any territory.
    const known = await w.call(
      `mutation ($e: String!) { requestPasswordReset(email: $e) }`,
      { e: w.poitiersMember.email },
      w.brestMember.token,
    );
    const unknown = await w.call(
      `mutation { requestPasswordReset(email: "inconnu@example.org") }`,
      {},
      w.brestMember.token,
    );
    expect(known).toEqual(unknown);
  },

  async resetPassword(w) {
    const result = await w.call(
      `mutation { resetPassword(input: { token: "not-a-token-of-anyone", password: "un-mot-de-passe-2026" }) }`,
      {},
      w.brestMember.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  },

  async changeMemberRole(w) {
    const result = await w.call(
      `mutation ($id: ID!) { changeMemberRole(memberId: $id, role: OBSERVER) { id } }`,
      { id: w.poitiersMember.membershipId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select role from identity.memberships where id = $1`, [
      w.poitiersMember.membershipId,
    ]);
    expect(row.role).toBe('member');
  },

  async removeMember(w) {
    const result = await w.call(
      `mutation ($id: ID!) { removeMember(memberId: $id) }`,
      { id: w.poitiersMember.membershipId },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    const [row] = await w.sql(`select status from identity.memberships where id = $1`, [
      w.poitiersMember.membershipId,
    ]);
    expect(row.status).toBe('active');
  },

  async updateProfile(w) {
    await w.call(
      `mutation { updateProfile(input: { displayName: "Changé depuis Brest" }) { id } }`,
      {},
      w.brestMember.token,
    );
    const [row] = await w.sql(`select display_name from identity.users where id = $1`, [
      w.poitiersMember.userId,
    ]);
    expect(row.display_name).not.toBe('Changé depuis Brest');
  },

  async changePassword(w) {
    await w.call(
      `mutation ($p: String!) { changePassword(input: { currentPassword: $p, newPassword: "un-autre-secret-2026" }) }`,
      { p: TEST_PASSWORD },
      w.brestAdmin.token,
    );
    await expect(w.harness.login(w.poitiersAdmin.email, w.poitiers.slug)).resolves.toHaveProperty(
      'accessToken',
    );
  },

  async createTenant(w) {
    const result = await w.call(
      `mutation { createTenant(input: { slug: "intrus", name: "Intrus", kind: COMMUNE, programmeName: "Programme intrus" }) { id } }`,
      {},
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  },

  async assignConsultant(w) {
    const result = await w.call(
      `mutation ($t: ID!) { assignConsultant(tenantId: $t, email: "x@example.org") { id } }`,
      { t: w.poitiers.id },
      w.brestAdmin.token,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  },
};
