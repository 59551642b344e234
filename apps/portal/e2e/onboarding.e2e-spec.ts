// A consultant onboards a laureate territory from a template and follows the job to its end; the first
// admin opens the invitation from the e-mail, chooses a password, logs in and finds the template's themes.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  linkPath,
  logIn,
  newContext,
  saveScreenshot,
  uniqueEmail,
  waitForMail,
} from './support/portal';

jest.setTimeout(150_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('a consultant onboards a territory from a template, and its invited admin logs in and sees its themes', async () => {
  const suffix = Date.now().toString(36);
  const name = `Communauté lauréate ${suffix}`;
  const slug = `communaute-laureate-${suffix}`;
  const adminEmail = uniqueEmail('premier-admin');
  const password = 'transition-laureate-2030';

  const consultantContext = await newContext(browser);
  const page = await consultantContext.newPage();
  await logIn(page, 'consultant@alliance.demo');
  await page
    .getByRole('navigation', { name: 'Pages de la plateforme' })
    .getByRole('link', { name: 'Modèles' })
    .click();
  await page.waitForURL('**/plateforme/modeles');
  await expectHeading(page, 'Bibliothèque de modèles');
  await page.getByRole('heading', { name: 'Coalitions d’acteurs (TOMORROW, Brest métropole)' }).waitFor();
  await expectAccessible(page, 'the template library');

  await page
    .getByRole('navigation', { name: 'Pages de la plateforme' })
    .getByRole('link', { name: 'Mise en service' })
    .click();
  await page.waitForURL('**/plateforme/mise-en-service');
  await expectHeading(page, "Mise en service d'un territoire");
  const form = page.getByRole('form', { name: 'Nouveau territoire' });
  await form.getByLabel('Nom du territoire').fill(name);
  expect(await form.getByLabel("Identifiant dans l'adresse").inputValue()).toBe(slug);
  await form.getByLabel('Adresse e-mail du premier administrateur').fill(adminEmail);
  await form
    .getByLabel('Configuration de départ')
    .selectOption({ label: 'Modèle : Coalitions d’acteurs (TOMORROW, Brest métropole)' });
  await expectAccessible(page, 'the onboarding form');

  // A slug already taken is refused before anything starts.
  await form.getByLabel("Identifiant dans l'adresse").fill('brest');
  await form.getByRole('button', { name: 'Mettre en service' }).click();
  await form.getByText('L’identifiant « brest » est déjà pris.').waitFor();

  const startedAt = new Date();
  await form.getByLabel("Identifiant dans l'adresse").fill(slug);
  await form.getByRole('button', { name: 'Mettre en service' }).click();
  await page.waitForURL('**/plateforme/mise-en-service/*');
  await expectHeading(page, `Mise en service de ${name}`);
  await page
    .getByText(`${name} est prêt : son premier administrateur (${adminEmail}) a reçu son invitation.`)
    .waitFor({
      timeout: 30_000,
    });
  const openLink = page.getByRole('link', { name: `Ouvrir l'espace de ${name}` });
  expect(await openLink.getAttribute('href')).toBe(`/${slug}/espace`);
  await expectAccessible(page, 'the onboarding progress page');
  await saveScreenshot(page, 'onboarding-done');
  await consultantContext.close();

  const mail = await waitForMail(adminEmail, startedAt);
  const invitationPath = linkPath(mail, new RegExp(`^/${slug}/invitation/[^/]+$`));
  const adminContext = await newContext(browser);
  const admin = await adminContext.newPage();
  await admin.goto(invitationPath);
  await expectHeading(admin, `Rejoindre ${name}`);
  await admin.getByLabel('Nom affiché').fill('Première Administratrice');
  await admin.getByLabel('Choisissez un mot de passe').fill(password);
  await admin.getByRole('button', { name: 'Rejoindre le territoire' }).click();
  await admin.waitForURL(`**/${slug}/espace`);

  await admin.getByRole('button', { name: 'Se déconnecter' }).click();
  await admin.waitForURL(`**/${slug}`);
  await logIn(admin, adminEmail, password, slug);
  await admin.waitForURL(`**/${slug}/espace`);
  await admin
    .getByRole('navigation', { name: 'Espace membres' })
    .getByRole('link', { name: 'Configuration' })
    .click();
  await admin.waitForURL(`**/${slug}/espace/configuration`);
  const themes = admin.getByRole('list', { name: 'Thèmes' });
  await themes.locator('.card__title', { hasText: 'Changements de comportements' }).waitFor();
  expect(await themes.getByRole('listitem').count()).toBe(17);

  await admin.getByRole('button', { name: 'Origine et écarts' }).click();
  await admin
    .getByText(
      /^Configuré à partir du modèle « Coalitions d’acteurs \(TOMORROW, Brest métropole\) », version 1/,
    )
    .waitFor();
  await admin.getByText('Aucun écart : la configuration est celle du modèle.').waitFor();
  await saveScreenshot(admin, 'onboarded-admin-themes');

  // The admin downloads the configuration as JSON; a document with an unknown reference is refused by name.
  await admin.getByRole('button', { name: 'Export et import' }).click();
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('button', { name: 'Télécharger le document JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`configuration-${slug}.json`);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.formatVersion).toBe(1);
  expect(exported.themes).toHaveLength(17);
  const faulty = {
    ...exported,
    objectives: [{ code: 'X', label: 'X', horizonYear: 2030, target: '1', theme: 'CLIMAT' }],
  };
  const importForm = admin.getByRole('form', { name: 'Importer une configuration' });
  await importForm.getByLabel('Document de configuration (JSON)').fill(JSON.stringify(faulty));
  await importForm.getByRole('button', { name: 'Importer', exact: true }).click();
  await importForm.getByText(/le thème « CLIMAT » n’existe pas/).waitFor();
  await expectAccessible(admin, 'the export and import section');
  await adminContext.close();
});
