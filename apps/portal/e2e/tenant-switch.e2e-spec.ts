// A consultant serving Grand Poitiers and Rouen moves between the two; an operator creates a territory.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  logIn,
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

it('a consultant sees the territories they serve and switches from Grand Poitiers to Rouen', async () => {
  await logIn(page, 'consultant@alliance.demo');
  await page.goto('/plateforme/territoires');
  await expectHeading(page, 'Territoires que vous accompagnez');
  const list = page.getByRole('region', { name: /^Territoires/ });
  await list
    .getByText(/Poitiers/)
    .first()
    .waitFor();
  await list.getByText(/Rouen/).first().waitFor();
  expect(await page.getByText(/Brest/).count()).toBe(0);
  await expectAccessible(page, 'the served territories');

  await page.goto('/grand-poitiers/espace');
  await page.waitForURL('**/grand-poitiers/espace');
  await page.getByRole('heading', { level: 1, name: /Espace membres — .*Poitiers/ }).waitFor();

  await page.getByLabel('Territoire', { exact: true }).selectOption('rouen');
  await page.getByRole('button', { name: 'Changer', exact: true }).click();
  await page.waitForURL('**/rouen/espace');
  await page.getByRole('heading', { level: 1, name: /Espace membres — .*Rouen/ }).waitFor();
  await expectAccessible(page, 'the Rouen space after switching');

  await page
    .getByRole('navigation', { name: 'Espace membres' })
    .getByRole('link', { name: 'Membres' })
    .click();
  await page.waitForURL('**/rouen/espace/membres');
  await page.getByText('admin@rouen.demo').waitFor();
  expect(await page.getByText('admin@grand-poitiers.demo').count()).toBe(0);
  await saveScreenshot(page, 'tenant-switch');
});

it('an operator creates a territory and sees it in the list', async () => {
  await logIn(page, 'operator@alliance.demo');
  await page.goto('/plateforme/territoires');
  await expectHeading(page, 'Territoires de la plateforme');
  await expectAccessible(page, 'the operator territories page');

  const slug = `cc-e2e-${Date.now().toString(36)}`;
  await page.getByLabel('Nom du territoire').fill('CC du Haut-Poitou (essai)');
  await page.getByLabel('Adresse (nom court)').fill(slug);
  await page.getByLabel('Type de collectivité').selectOption('COMMUNAUTE_COMMUNES');
  await page.getByLabel('Nom du programme').fill('Territoire engagé ASSETT');
  await page.getByRole('button', { name: 'Créer le territoire' }).click();
  await page.getByText(`/${slug}`).waitFor();

  await page.goto(`/${slug}`);
  await expectHeading(page, 'Territoire engagé ASSETT');
  await saveScreenshot(page, 'operator-create-tenant');
});
