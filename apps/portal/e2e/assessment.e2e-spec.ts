// Journey of Grand Poitiers' self-assessment: the animator sees the companies' campaign at five answers out of
// six; the member answers for Menuiserie Aubin, submits, and sees the radar, the comparison and the toolbox's
// recommendations; the animator then sees the campaign complete.
import type { Browser, Page } from 'playwright-core';
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

jest.setTimeout(180_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openAssessment(page: Page) {
  await page
    .getByRole('navigation', { name: 'Espace membres' })
    .getByRole('link', { name: 'Auto-évaluation' })
    .click();
  await page.waitForURL('**/grand-poitiers/espace/auto-evaluation');
  await expectHeading(page, 'Auto-évaluation de la maturité');
}

const campaignRow = (page: Page) => page.getByRole('row', { name: /^Campagne entreprises/ });

it('a Grand Poitiers member completes a self-assessment and the animator sees the response rate move', async () => {
  const animatorContext = await newContext(browser);
  const animator = await animatorContext.newPage();
  await logIn(animator, 'animator@grand-poitiers.demo', undefined, 'grand-poitiers');
  await openAssessment(animator);
  await campaignRow(animator).getByText('5 sur 6 (83 %)').waitFor();
  await expectAccessible(animator, 'the campaigns of the animator');

  const memberContext = await newContext(browser);
  const member = await memberContext.newPage();
  await logIn(member, 'member@grand-poitiers.demo', undefined, 'grand-poitiers');
  await openAssessment(member);
  const aubin = member.getByRole('article', { name: 'Menuiserie Aubin' });
  await aubin
    .getByRole('button', { name: /Commencer ou reprendre l'auto-évaluation « Maturité des acteurs/ })
    .click();
  await expectHeading(member, "Répondre à l'auto-évaluation");
  await expectAccessible(member, 'the answer form');

  const criteria = member.locator('fieldset.criterion');
  const count = await criteria.count();
  expect(count).toBeGreaterThanOrEqual(20);
  for (let i = 0; i < count; i++) {
    const criterion = criteria.nth(i);
    if (i === 3) await criterion.getByRole('radio', { name: /^Non concerné/ }).check();
    else await criterion.getByRole('radio', { name: i % 2 ? /^2 — / : /^1 — / }).check();
  }
  await member
    .getByLabel('Commentaire sur le critère 1.1')
    .fill('Notre gérante porte la démarche depuis 2025.');
  await member.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await member.getByText(`Brouillon enregistré : ${count} critères répondus.`).waitFor();

  await member.getByRole('button', { name: "Soumettre l'auto-évaluation" }).click();
  await expectHeading(member, "Résultats de l'auto-évaluation");
  await member.getByRole('img', { name: /Radar des scores par champ/ }).waitFor();
  await member.getByText(/Médiane des organisations du même type \(\d+ organisations\)/).waitFor();
  const recommendations = member.getByRole('region', { name: 'Pour progresser' });
  await recommendations.getByRole('link', { name: 'Réaliser son bilan de gaz à effet de serre' }).waitFor();
  await expectAccessible(member, 'the results');
  await saveScreenshot(member, 'self-assessment-results');
  await member.setViewportSize(MOBILE);
  await expectNoHorizontalScroll(member, 'the results on a phone');

  await animator.reload();
  await expectHeading(animator, 'Auto-évaluation de la maturité');
  await campaignRow(animator).getByText('6 sur 6 (100 %)').waitFor();
  await saveScreenshot(animator, 'campaign-response-rate');

  // A new version of the referential never changes this assessment; the member sees how answers carry over.
  await animator.getByRole('link', { name: 'Gérer les référentiels et la boîte à outils' }).click();
  const referential = animator.getByRole('article', {
    name: /Maturité des acteurs dans la transition écologique/,
  });
  await referential.getByRole('button', { name: 'Préparer une nouvelle version' }).click();
  await referential.getByText('Un brouillon a été créé à partir de la dernière version publiée.').waitFor();
  await referential.getByRole('button', { name: 'Publier la version 2' }).click();
  await referential.getByText('La version 2 est publiée : les auto-évaluations peuvent commencer.').waitFor();
  await member.reload();
  await expectHeading(member, "Résultats de l'auto-évaluation");
  const carryOver = member.getByRole('region', { name: 'Vers la version 2 du référentiel' });
  await carryOver.getByRole('row', { name: /^1\.1 .* Repris Niveau 1$/ }).waitFor();
  await carryOver.getByRole('row', { name: /^2\.1 .* Repris Non concerné$/ }).waitFor();
  await memberContext.close();
  await animatorContext.close();
});

it('an animator builds a referential from a CSV file: every faulty line shown, then published', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await logIn(page, 'animator@grand-poitiers.demo', undefined, 'grand-poitiers');
  await openAssessment(page);
  await page.getByRole('link', { name: 'Gérer les référentiels et la boîte à outils' }).click();
  await expectHeading(page, 'Référentiels et boîte à outils');

  const create = page.getByRole('form', { name: 'Créer un référentiel' });
  await create.getByLabel('Code').fill('maturite-associations');
  await create.getByLabel('Titre').fill('Maturité des associations');
  await create.getByRole('button', { name: 'Créer' }).click();
  await create.getByText('Le référentiel « Maturité des associations » est créé.').waitFor();

  const card = page.getByRole('article', { name: /Maturité des associations/ });
  const importForm = card.getByRole('form', { name: /Importer l'arborescence de la version 1/ });
  const upload = async (name: string, lines: string[]) => {
    await importForm.getByLabel('Fichier CSV').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n'), 'utf8'),
    });
    await importForm.getByRole('button', { name: 'Importer' }).click();
  };
  await upload('faux.csv', [
    'identifiant,nom,points,pourcentage',
    '1,Gouvernance,2,',
    '1.1,Un référent,,70',
    '1.2,Un plan,,40',
    '1.1,Un doublon,,',
    '3.1,Sans parent,,',
  ]);
  const problems = importForm.getByRole('table', { name: /Lignes à corriger/ });
  await problems.getByRole('row', { name: /^5 Identifiant « 1\.1 » en double/ }).waitFor();
  await problems.getByRole('row', { name: /^6 Parent « 3 » de « 3\.1 » introuvable/ }).waitFor();
  await problems
    .getByRole('row', { name: /^3 Les pourcentages des enfants de « 1 » totalisent 110 %/ })
    .waitFor();
  await expectAccessible(page, 'the referential import report');
  await saveScreenshot(page, 'referential-import-report');

  await upload('associations.csv', [
    'identifiant,nom,points,pourcentage',
    '1,Gouvernance,2,',
    '1.1,Un référent,,60',
    '1.2,Un plan,,40',
    '2,Énergie,1,',
    '2.1,Suivre ses consommations,,',
  ]);
  await importForm.getByText('Arborescence importée : 5 nœuds.').waitFor();

  // A three-level scale: a level given twice is refused first.
  const scale = card.getByRole('form', { name: 'Échelle de maturité de la version 1' });
  await scale.getByRole('button', { name: 'Retirer la ligne 5' }).click();
  await scale.getByRole('button', { name: 'Retirer la ligne 4' }).click();
  await scale.getByLabel('Niveau de la ligne 2', { exact: true }).fill('0');
  await scale.getByRole('button', { name: "Enregistrer l'échelle" }).click();
  await scale.getByText('Le niveau 0 apparaît deux fois.').first().waitFor();
  await scale.getByLabel('Niveau de la ligne 2', { exact: true }).fill('1');
  await scale.getByLabel('Nom du niveau de la ligne 3').fill('Exemplaire');
  await scale.getByLabel('Score de la ligne 3').fill('100');
  await scale.getByRole('button', { name: "Enregistrer l'échelle" }).click();
  await scale.getByText('Échelle enregistrée : 3 niveaux.').waitFor();
  await card.getByRole('button', { name: 'Publier la version 1' }).click();
  await card.getByText('La version 1 est publiée : les auto-évaluations peuvent commencer.').waitFor();
  await context.close();
});
