// Journeys of Clermont's indicators: its animator imports the greenhouse-gas emissions of four sectors,
// follows the import to its end, and sees the computed total against the 787 kteq CO2 objective of 2030;
// a faulty file shows every row to correct and imports nothing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
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

// Residential, tertiary, agriculture and transport emissions (kteq CO2): 1,200 in 2015, 1,100 in 2022.
const EMISSIONS = [
  'code;annee;valeur;type;source',
  'cae_1.c;2015;300;observé;ATMO Auvergne-Rhône-Alpes',
  'cae_1.d;2015;200;observé;ATMO Auvergne-Rhône-Alpes',
  'cae_1.g;2015;100;observé;ATMO Auvergne-Rhône-Alpes',
  'cae_1.k;2015;600;observé;ATMO Auvergne-Rhône-Alpes',
  'cae_1.c;2022;280;observé;ATMO Auvergne-Rhône-Alpes',
  'cae_1.d;2022;180;observé;ATMO Auvergne-Rhône-Alpes',
  'cae_1.g;2022;90;observé;ATMO Auvergne-Rhône-Alpes',
  'cae_1.k;2022;550;observé;ATMO Auvergne-Rhône-Alpes',
].join('\n');

async function openIndicators(p: Page) {
  await p
    .getByRole('navigation', { name: 'Espace membres' })
    .getByRole('link', { name: 'Indicateurs' })
    .click();
  await p.waitForURL('**/clermont/espace/indicateurs');
  await expectHeading(p, 'Indicateurs et objectifs');
}

async function importFile(p: Page, name: string, content: string) {
  await p.getByRole('link', { name: 'Importer des valeurs' }).click();
  await expectHeading(p, 'Importer des valeurs');
  await p.getByLabel('Fichier CSV').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(content, 'utf8'),
  });
  await p.getByRole('button', { name: 'Importer', exact: true }).click();
}

describe('the indicators of Clermont', () => {
  it('let its animator import values and see the trajectory and the on-track status', async () => {
    await logIn(page, 'animator@clermont.demo', undefined, 'clermont');
    await openIndicators(page);
    const followed = page.getByRole('table').first();
    await followed.getByRole('link', { name: 'Émissions de gaz à effet de serre', exact: true }).waitFor();
    await expectAccessible(page, 'the indicators page');

    await importFile(page, 'emissions-clermont.csv', EMISSIONS);
    await page.getByText('Import terminé : 8 valeurs enregistrées depuis emissions-clermont.csv.').waitFor();
    await expectAccessible(page, 'the finished import');
    await page.getByRole('link', { name: 'Voir les indicateurs' }).click();
    await page.getByRole('link', { name: 'Émissions de gaz à effet de serre', exact: true }).click();
    await expectHeading(page, 'Émissions de gaz à effet de serre');

    // The total is computed by a job after the import: it shows within a few seconds.
    const values = page.getByRole('table', { name: /Valeurs par année/ });
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await values.getByRole('row', { name: /2022.*1\s?100/ }).count()) break;
      await page.waitForTimeout(500);
      await page.reload();
      await expectHeading(page, 'Émissions de gaz à effet de serre');
    }
    await values.getByRole('row', { name: /2015 Observée Tout le territoire 1\s?200/ }).waitFor();
    await values.getByRole('row', { name: /2022 Observée Tout le territoire 1\s?100/ }).waitFor();

    // From 1,200 in 2015 to 787 in 2030, 2022 should be near 1,007: 1,100 is off track.
    const objective = page.getByRole('article', { name: '787 kilotonnes équivalent CO2 à l’horizon 2030' });
    await objective.getByText('Hors trajectoire').waitFor();
    await objective.getByText('Source : SNBC').waitFor();
    await objective.getByText("Chemin restant jusqu'à l'objectif").waitFor();
    await page.getByRole('img', { name: /Émissions de gaz à effet de serre \(kteq CO2\)/ }).waitFor();
    await page.getByText("Trajectoire vers l'objectif").waitFor();
    const breakdown = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Secteur' }) })
      .last();
    await breakdown.getByRole('row', { name: /résidentiel 2022 280/ }).waitFor();
    await expectAccessible(page, 'the indicator page');
    await saveScreenshot(page, 'indicator-trajectory');

    await page.setViewportSize(MOBILE);
    await expectNoHorizontalScroll(page, 'the indicator page on a phone');
  });

  it('show every faulty row of a bad file and import nothing from it', async () => {
    await logIn(page, 'animator@clermont.demo', undefined, 'clermont');
    await openIndicators(page);
    const bad = ['code;annee;valeur', 'cae_11;2023;48', 'inconnu_1;2023;12', 'cae_11;l’an dernier;50'].join(
      '\n',
    );
    await importFile(page, 'artificialisation.csv', bad);
    await page.getByText("Rien n'a été importé de artificialisation.csv : 2 erreur(s) à corriger").waitFor();
    const report = page.getByRole('table');
    await report
      .getByRole('row', { name: /^3 code Indicateur inconnu ou non suivi : « inconnu_1 »/ })
      .waitFor();
    await report.getByRole('row', { name: /^4 annee Date « l’an dernier » non reconnue/ }).waitFor();
    await expectAccessible(page, 'the import report');
    await saveScreenshot(page, 'indicator-import-report');

    await page.getByRole('link', { name: 'Retour aux indicateurs' }).click();
    await page.getByRole('link', { name: 'Surface annuelle artificialisée', exact: true }).click();
    await expectHeading(page, 'Surface annuelle artificialisée');
    await page.getByText('Aucune valeur saisie.').waitFor();
  });
});
