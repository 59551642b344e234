// A Brest admin invites a new member, who accepts the invitation from the e-mail and later logs in;
// a member who forgot their password resets it from the e-mail.
import type { Browser } from 'playwright-core';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  expectHeading,
  launchBrowser,
  linkPath,
  logIn,
  MOBILE,
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

it('an admin invites a member, who accepts, logs out and logs in again', async () => {
  const invitee = uniqueEmail('nouvelle-membre');
  const password = 'transition-2050-brest';

  const adminContext = await newContext(browser);
  const admin = await adminContext.newPage();
  await logIn(admin, 'admin@brest.demo', undefined, 'brest');
  await admin
    .getByRole('navigation', { name: 'Espace membres' })
    .getByRole('link', { name: 'Membres' })
    .click();
  await admin.waitForURL('**/brest/espace/membres');
  await admin.getByText('member@brest.demo').waitFor();
  await expectAccessible(admin, 'the members page');

  await admin.getByLabel('Adresse e-mail de la personne').fill('pas-une-adresse');
  await admin.getByRole('button', { name: "Envoyer l'invitation" }).click();
  await admin.locator('.field__error, .alert--error').first().waitFor();

  const invitedAt = new Date();
  await admin.getByLabel('Adresse e-mail de la personne').fill(invitee);
  await admin.getByLabel('Rôle', { exact: true }).selectOption('MEMBER');
  await admin.getByRole('button', { name: "Envoyer l'invitation" }).click();
  await admin.getByText(`Invitation envoyée à ${invitee}.`).waitFor();
  await admin
    .getByRole('list', { name: 'Invitations envoyées' })
    .getByText(invitee, { exact: true })
    .first()
    .waitFor();
  await adminContext.close();

  const mail = await waitForMail(invitee, invitedAt);
  const invitationPath = linkPath(mail, /^\/brest\/invitation\/[^/]+$/);

  const inviteeContext = await newContext(browser, MOBILE);
  const page = await inviteeContext.newPage();
  await page.goto(invitationPath);
  await expectHeading(page, /^Rejoindre /);
  await expectAccessible(page, 'the invitation page');
  await expectNoHorizontalScroll(page, 'the invitation page');
  await page.getByLabel('Nom affiché').fill('Nouvelle Membre');
  await page.getByLabel('Choisissez un mot de passe').fill(password);
  await page.getByRole('button', { name: 'Rejoindre le territoire' }).click();
  await page.waitForURL('**/brest/espace');
  await page.getByText('Bonjour Nouvelle Membre.').waitFor();
  await expectNoHorizontalScroll(page, 'the new member space');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL('**/brest');
  await logIn(page, invitee, password, 'brest');
  await page.waitForURL('**/brest/espace');
  await page.getByText('Bonjour Nouvelle Membre.').waitFor();
  await saveScreenshot(page, 'invitation-accepted');
  await inviteeContext.close();
});

it('a member resets a forgotten password from the e-mail link', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/brest/login');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await page.waitForURL('**/forgot-password');
  await expectAccessible(page, 'the forgotten password page');
  await page.getByLabel('Adresse e-mail').fill('member@clermont.demo');
  const requestedAt = new Date();
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await page.getByText("un e-mail vient d'être envoyé").waitFor();

  const mail = await waitForMail('member@clermont.demo', requestedAt);
  await page.goto(linkPath(mail, /^\/reset-password\/[^/]+$/));
  await expectAccessible(page, 'the reset password page');
  await page.getByLabel('Nouveau mot de passe').fill('court');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await page.locator('.field__error, .alert--error').first().waitFor();
  const newPassword = 'clermont-transition-2026';
  await page.getByLabel('Nouveau mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await page.getByText('Votre mot de passe a été modifié.').waitFor();

  await logIn(page, 'member@clermont.demo', newPassword, 'clermont');
  await page.waitForURL('**/clermont/espace');
  await saveScreenshot(page, 'password-reset');
  await context.close();
});
