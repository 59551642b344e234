// The operator maintains the template library: a new version of Clermont's template, refused first when
// its document is of another format, then published; version 1 stays as it was.
import {
  expectAccessible,
  expectHeading,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
} from './support/portal';

jest.setTimeout(120_000);

it('an operator publishes a new version of a template, and the earlier one is unchanged', async () => {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'operator@alliance.demo');
    await page.goto('/plateforme/modeles');
    await expectHeading(page, 'Bibliothèque de modèles');
    const name = 'Alliance pour la transition écologique et solidaire (Clermont)';
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });

    await card.getByRole('button', { name: /Voir le contenu — .*\(Clermont\), Version 1/ }).click();
    const first = await card.getByLabel('Contenu de la version 1').innerText();
    const document = JSON.parse(first) as {
      formatVersion: number;
      themes: { code: string; label: string }[];
    };
    const themesBefore = document.themes.length;

    const form = card.getByRole('form', { name: `Publier une nouvelle version de « ${name} »` });
    const text = form.getByLabel('Document de configuration (JSON)');
    await text.fill(JSON.stringify({ ...document, formatVersion: 2 }));
    await form.getByLabel('Ce que change cette version').fill('Ajout du thème Eau');
    await form.getByRole('button', { name: 'Publier la version' }).click();
    await form
      .getByText(/Ce document est au format « 2 » ; Alliance lit le format 1/)
      .first()
      .waitFor();

    const next = { ...document, themes: [...document.themes, { code: 'EAU', label: 'Eau' }] };
    await text.fill(JSON.stringify(next, null, 2));
    await form.getByRole('button', { name: 'Publier la version' }).click();
    await form.getByText('Version 2 publiée.').waitFor();
    await card.getByText(/Version 2 du .* — Ajout du thème Eau/).waitFor();
    await expectAccessible(page, 'the template library after publishing');

    // Version 1 is what it was: territories made from it are not touched.
    await page.reload();
    await expectHeading(page, 'Bibliothèque de modèles');
    await card.getByRole('button', { name: /Voir le contenu — .*\(Clermont\), Version 1/ }).click();
    const again = JSON.parse(await card.getByLabel('Contenu de la version 1').innerText()) as typeof document;
    expect(again.themes).toHaveLength(themesBefore);
    await saveScreenshot(page, 'template-published');
    await context.close();
  } finally {
    await browser.close();
  }
});
