// Journeys of a territory's configuration: the admin of Brest finds the themes from its seed document,
// adds one, orders it with the keyboard, renames and archives it; a member reads without editing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  expectNoHorizontalScroll,
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

const themeList = (p: Page) => p.getByRole('list', { name: 'Thèmes' });

describe('the configuration of Brest', () => {
  it('lets its admin add a theme, order it with the keyboard, rename and archive it', async () => {
    await logIn(page, 'admin@brest.demo', DEMO_PASSWORD, 'brest');
    await page
      .getByRole('navigation', { name: 'Espace membres' })
      .getByRole('link', { name: 'Configuration' })
      .click();
    await page.waitForURL('**/brest/espace/configuration');
    await expectHeading(page, 'Configuration du territoire');
    await themeList(page).locator('.card__title', { hasText: 'Changements de comportements' }).waitFor();
    expect(await themeList(page).getByRole('listitem').count()).toBe(17);
    await expectAccessible(page, 'the configuration page');

    const form = page.getByRole('form', { name: 'Ajouter un thème' });
    await form.getByLabel('Libellé').fill('Eau');
    await form.getByLabel('Code').fill('ENERGIE');
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await form.getByText('Le code « ENERGIE » est déjà utilisé par « Energie » dans les thèmes.').waitFor();
    await form.getByLabel('Code').fill('EAU');
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByRole('status').getByText('« Eau » a été ajouté.').waitFor();
    expect(await themeList(page).getByRole('listitem').last().textContent()).toContain('Eau');

    const up = page.getByRole('button', { name: 'Monter Eau' });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText("« Eau » a été monté d'un rang.").waitFor();
    const labels = await themeList(page).locator('.card__title').allTextContents();
    expect(labels.slice(-2)).toEqual(['Eau', 'Changements de comportements']);

    await page.getByRole('button', { name: 'Renommer Eau' }).click();
    await themeList(page).getByLabel('Libellé').fill('Eau et milieux aquatiques');
    await themeList(page).getByRole('button', { name: 'Enregistrer' }).click();
    await themeList(page).locator('.card__title', { hasText: 'Eau et milieux aquatiques' }).waitFor();

    await page.getByRole('button', { name: 'Archiver Eau et milieux aquatiques' }).click();
    await page.getByRole('status').getByText('« Eau et milieux aquatiques » a été archivé.').waitFor();
    expect(await themeList(page).getByRole('listitem').count()).toBe(17);
    await expectAccessible(page, 'the configuration page after changes');
    await saveScreenshot(page, 'configuration-admin');
  });

  it('shows the plan and the objectives to a member, without editing, at 375 px too', async () => {
    await context.close();
    context = await newContext(browser, MOBILE);
    page = await context.newPage();
    await logIn(page, 'member@brest.demo', DEMO_PASSWORD, 'brest');
    await page.goto('/brest/espace/configuration');
    await expectHeading(page, 'Configuration du territoire');
    await themeList(page).locator('.card__title', { hasText: 'Energie' }).first().waitFor();
    expect(await page.getByRole('form', { name: 'Ajouter un thème' }).count()).toBe(0);
    await expectNoHorizontalScroll(page, 'the configuration page');
    await page.getByRole('button', { name: 'Objectifs' }).click();
    await page.getByText('Diviser par 4 les émissions de gaz à effet de serre').waitFor();
    await page.getByText('Cible 30 % en 2030 · Energie').waitFor();
    await expectAccessible(page, 'the objectives');
    await page.getByRole('button', { name: 'Secteurs' }).click();
    await page
      .getByRole('list', { name: 'Secteurs' })
      .locator('.card__title', { hasText: 'Industrie navale' })
      .waitFor();
    await expectNoHorizontalScroll(page, 'the sectors');
    await saveScreenshot(page, 'configuration-member-mobile');
  });
});
