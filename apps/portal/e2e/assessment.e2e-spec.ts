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
  await memberContext.close();
  await animatorContext.close();
});
