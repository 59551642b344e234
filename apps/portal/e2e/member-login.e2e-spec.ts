// Journeys of a member: log in, find the way around the space, on a phone too; log out; come back after
// an expired session; meet an unknown territory; see API messages and network errors where they belong.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectNoHorizontalScroll,
  expectHeading,
  launchBrowser,
  logIn,
  MOBILE,
  newContext,
  saveScreenshot,
} from './support/portal';

jest.setTimeout(120_000);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await newContext(browser);
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

describe('a Brest member', () => {
  it('reads the public home, logs in, visits the space and the profile, and logs out', async () => {
    await page.goto('/');
    await expectAccessible(page, 'the landing page');
    await page.getByLabel('Adresse du territoire').fill('brest');
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await page.waitForURL('**/brest');
    await page.getByRole('link', { name: "Se connecter à l'espace membres" }).click();
    await page.waitForURL('**/brest/login');
    await expectAccessible(page, 'the login page');

    await page.getByLabel('Adresse e-mail').fill('member@brest.demo');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/brest/espace');
    await expectHeading(page, /^Espace membres — /);
    await expectAccessible(page, 'the member space');

    await page
      .getByRole('navigation', { name: 'Espace membres' })
      .getByRole('link', { name: 'Mon profil' })
      .click();
    await page.waitForURL('**/brest/espace/profil');
    await expectHeading(page, 'Mon profil');
    await expectAccessible(page, 'the profile page');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/brest');
    await page.getByText('Vous êtes déconnecté.').waitFor();
    await saveScreenshot(page, 'member-login-logout');
  });

  it('uses the member screens at 375 px without horizontal scrolling', async () => {
    await context.close();
    context = await newContext(browser, MOBILE);
    page = await context.newPage();
    await logIn(page, 'member@brest.demo', DEMO_PASSWORD, 'brest');
    for (const path of ['/brest', '/brest/espace', '/brest/espace/profil']) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await expectNoHorizontalScroll(page, path);
    }
    await saveScreenshot(page, 'member-mobile');
  });

  it('is sent to login when the session has expired, and brought back to the page afterwards', async () => {
    await logIn(page, 'member@brest.demo', DEMO_PASSWORD, 'brest');
    await page.evaluate(() => localStorage.setItem('alliance.refreshToken', 'expired-refresh-token'));
    await page.goto('/brest/espace/profil');
    await page.waitForURL(/\/brest\/login\?next=%2Fbrest%2Fespace%2Fprofil$/);
    await page.getByText('Connectez-vous pour continuer').waitFor();
    await page.getByLabel('Adresse e-mail').fill('member@brest.demo');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/brest/espace/profil');
    await expectHeading(page, 'Mon profil');
    await saveScreenshot(page, 'expired-session');
  });

  it('sees the API validation message beside the field, and keeps the input on a network error', async () => {
    await logIn(page, 'member@brest.demo', DEMO_PASSWORD, 'brest');
    await page.goto('/brest/espace/profil');
    await page.getByLabel('Mot de passe actuel').fill(DEMO_PASSWORD);
    await page.getByLabel('Nouveau mot de passe').fill('court');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.locator('input[name="newPassword"][aria-invalid="true"]').waitFor();
    const field = page.getByLabel('Nouveau mot de passe');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText).toMatch(/12 caractères/);
    await expectAccessible(page, 'the profile page with a field error');

    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByRole('textbox', { name: 'Nom affiché' }).fill('Membre hors ligne');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Le serveur ne répond pas').waitFor();
    await page.getByText('Vos saisies ont été conservées.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Nom affiché' }).inputValue()).toBe('Membre hors ligne');
    await saveScreenshot(page, 'form-errors');
  });

  it('reads the portal in English once chosen, and the choice is remembered', async () => {
    await page.goto('/brest');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('link', { name: "Log in to the members' space" }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: "Log in to the members' space" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'the public home in English');
    await saveScreenshot(page, 'language-english');
  });
});

describe('an unknown territory', () => {
  it('says that no territory has this address', async () => {
    await page.goto('/nulle-part');
    await expectHeading(page, 'Territoire introuvable');
    await page.getByText('« nulle-part »').waitFor();
    await expectAccessible(page, 'the unknown territory page');
    await saveScreenshot(page, 'unknown-tenant');
  });
});
