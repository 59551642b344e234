import { TenantRole } from '@alliance/platform';
import { errorCode, type SubgraphHarness } from '@alliance/testing';
import { identityHarness, linkTokenFromOutbox } from '../test/identity-harness';

describe('password reset and profile', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await identityHarness().start();
  });
  afterAll(() => h.stop());

  it('resets a password from the e-mailed link, once, and ends the old sessions', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const old = await h.login(member.email);
    expect(
      (await h.ok(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: member.email }))
        .requestPasswordReset,
    ).toBe(true);
    // An unknown address gets the same answer and no e-mail.
    expect(
      (await h.ok(`mutation { requestPasswordReset(email: "inconnu@example.org") }`)).requestPasswordReset,
    ).toBe(true);
    const owner = await h.owner();
    const [reset] = await owner.query(`select id from identity.password_resets where user_id = $1`, [
      member.id,
    ]);
    const token = await linkTokenFromOutbox(h, `password-reset-${reset.id}`);
    const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    const weak = await h.request(RESET, { input: { token, password: 'faible' } });
    expect(weak.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    await h.ok(RESET, { input: { token, password: 'nouveau-secret-2026' } });
    expect(errorCode(await h.request(`{ viewer { user { email } } }`, {}, old.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    await expect(h.login(member.email, undefined, 'nouveau-secret-2026')).resolves.toHaveProperty(
      'accessToken',
    );
    expect(
      (await h.request(RESET, { input: { token, password: 'encore-un-autre-2026' } })).errors?.[0]?.message,
    ).toMatch(/déjà servi/);
  });

  it('updates the profile and changes the password with the current one', async () => {
    const tenant = await h.factories.tenant();
    const member = await h.factories.member(tenant, TenantRole.MEMBER);
    const token = (await h.login(member.email)).accessToken;
    const updated = await h.ok(
      `mutation { updateProfile(input: { displayName: "Anne Le Gall" }) { displayName } }`,
      {},
      token,
    );
    expect(updated.updateProfile.displayName).toBe('Anne Le Gall');
    const wrong = await h.request(
      `mutation { changePassword(input: { currentPassword: "faux", newPassword: "nouveau-secret-2026" }) }`,
      {},
      token,
    );
    expect(wrong.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
    });
    await h.ok(
      `mutation { changePassword(input: { currentPassword: "mot-de-passe-1234", newPassword: "nouveau-secret-2026" }) }`,
      {},
      token,
    );
    await expect(h.login(member.email, undefined, 'nouveau-secret-2026')).resolves.toHaveProperty(
      'accessToken',
    );
  });
});
