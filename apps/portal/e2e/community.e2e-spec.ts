// Journeys of the community: a Brest member registers an organisation, proposes a coalition that an animator
// validates, writes its commitment with two actions, has it validated and publishes it, and an anonymous
// visitor reads it on Brest's public pages; a Rouen member joins the COP21 coalition and records barriers and
// levers on one of its actions.
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

jest.setTimeout(240_000);

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
});

async function personPage(): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  return context.newPage();
}

async function openSpaceSection(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Espace membres' }).getByRole('link', { name: link }).click();
  await expectHeading(page, heading);
}

/** Registers an organisation from « Mes organisations »; a wrong SIRET first shows its message beside the field. */
async function registerOrganisation(page: Page, name: string, type: string, siret: string) {
  await openSpaceSection(page, 'Annuaire des acteurs', 'Annuaire des acteurs');
  await page.getByRole('link', { name: 'Mes organisations' }).click();
  await expectHeading(page, 'Mes organisations');
  const form = page.getByRole('form', { name: 'Enregistrer une organisation' });
  await form.getByLabel(/^Nom\b/).fill(name);
  await form.getByLabel("Type d'organisation").selectOption({ label: type });
  await form.getByLabel('SIRET ou SIREN').fill('123 456 789 00000');
  await form.getByRole('button', { name: "Enregistrer l'organisation" }).click();
  const siretField = form.getByLabel('SIRET ou SIREN');
  await expectInvalid(siretField);
  await expectAccessible(page, 'the register form with an error');
  await siretField.fill(siret);
  await form.getByRole('button', { name: "Enregistrer l'organisation" }).click();
  await page.getByText(`« ${name} » est enregistrée dans l'annuaire : vous la représentez.`).waitFor();
  await page.getByRole('article', { name }).waitFor();
}

async function expectInvalid(field: ReturnType<Page['getByLabel']>) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await field.getAttribute('aria-invalid')) === 'true') return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The field was not marked invalid.');
}

describe('the community of Brest', () => {
  it('lets a member publish a coalition commitment with two actions, read by anonymous visitors', async () => {
    const suffix = Date.now().toString(36).slice(-5);
    const organisation = `Atelier Vélo Solidaire ${suffix}`;
    const coalitionName = `Réparer plutôt que jeter ${suffix}`;
    const commitmentTitle = `Engagement 2025 de la coalition ${suffix}`;

    // The member registers the organisation they represent, then proposes a coalition it founds.
    const member = await personPage();
    await logIn(member, 'member@brest.demo', undefined, 'brest');
    await registerOrganisation(member, organisation, 'Associations', '732 829 320 00009');

    await openSpaceSection(member, 'Coalitions', 'Coalitions');
    await member.getByRole('link', { name: 'Les acteurs de la zone du Technopôle' }).waitFor();
    await expectAccessible(member, 'the coalitions');
    const propose = member.getByRole('form', { name: 'Proposer une coalition' });
    await propose.getByLabel('Nom de la coalition').fill(coalitionName);
    await propose
      .getByLabel(/^Objectif/)
      .fill('Réparer les vélos et les objets du quotidien plutôt que de les jeter.');
    await propose.getByLabel('Périmètre').selectOption('THEME');
    await propose.getByLabel('Thématique').selectOption({ label: 'Mobilités' });
    expect(await propose.getByRole('checkbox', { name: organisation }).isChecked()).toBe(true);
    await propose.getByRole('button', { name: 'Proposer la coalition' }).click();
    await expectHeading(member, coalitionName);
    await member.getByText("Coalition proposée : l'équipe d'animation va la relire.").waitFor();
    const coalitionPath = new URL(member.url()).pathname;

    // The animator validates it.
    const animator = await personPage();
    await logIn(animator, 'animator@brest.demo', undefined, 'brest');
    await animator.goto(coalitionPath);
    await expectHeading(animator, coalitionName);
    await expectAccessible(animator, 'the coalition to review');
    await animator.getByRole('button', { name: 'Valider la coalition' }).click();
    await animator.getByText('Coalition validée', { exact: false }).first().waitFor();

    // The member writes the coalition's commitment: the five elements, then two actions.
    await member.reload();
    await expectHeading(member, coalitionName);
    await member.getByRole('row', { name: new RegExp(`^${organisation} Membre`) }).waitFor();
    const create = member.getByRole('form', { name: 'Rédiger un engagement de la coalition' });
    await create.getByLabel("Titre de l'engagement").fill(commitmentTitle);
    await create.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expectHeading(member, commitmentTitle);

    const sheet = member.getByRole('form', { name: "Les cinq éléments de l'engagement" });
    await sheet.getByRole('checkbox', { name: organisation }).waitFor();
    await sheet
      .getByLabel('Mode de fonctionnement du groupe')
      .fill('Une rencontre par mois, animée à tour de rôle ; un tableau partagé des réparations.');
    await sheet
      .getByLabel('Premières actions mises en œuvre ou planifiées')
      .fill('Un atelier de réparation mensuel et une campagne de sensibilisation.');
    await sheet.getByRole('checkbox', { name: /^PCAET/ }).check();
    await sheet.getByRole('button', { name: 'Enregistrer' }).click();
    await member.getByText('Engagement enregistré.').waitFor();

    const addAction = member.getByRole('form', { name: 'Ajouter une action' });
    await addAction.getByLabel("Titre de l'action").fill('Atelier de réparation mensuel');
    await addAction.getByLabel('Catégorie').selectOption({ label: 'Mobilités' });
    await addAction.getByLabel('Statut').selectOption('IN_PROGRESS');
    await addAction.getByLabel('Début').fill('2025-03-01');
    await addAction.getByLabel('Échéance').fill('2025-12-31');
    await addAction.getByLabel('Budget (euros)').fill('2 500');
    await addAction.getByLabel('Freins').fill('Trouver un local\nFidéliser les bénévoles');
    await addAction.getByLabel('Leviers').fill('Prêt de salle par la métropole');
    // A partner found in the whole directory by a part of its name.
    await addAction.getByLabel('Chercher une organisation partenaire').fill('laboc');
    await addAction.getByRole('checkbox', { name: 'Labocéa' }).check();
    await addAction.getByRole('button', { name: 'Ajouter un impact' }).click();
    const impact = addAction.getByRole('group', { name: 'Impact 1' });
    await impact.getByLabel('Quantité').fill('12,5');
    await impact.getByLabel('Unité').fill('tCO2e/an');
    await impact.getByLabel('Année').fill('2026');
    await addAction.getByRole('button', { name: "Ajouter l'action" }).click();
    await member.getByText('Action « Atelier de réparation mensuel » ajoutée.').waitFor();
    await member
      .getByRole('article', { name: 'Atelier de réparation mensuel' })
      .getByText('Labocéa')
      .waitFor();

    await addAction.getByLabel("Titre de l'action").fill('Campagne « Je répare mon vélo »');
    await addAction.getByLabel('Catégorie').selectOption({ label: 'Sensibilisation' });
    await addAction.getByRole('checkbox', { name: /^PCAET/ }).check();
    await addAction.getByRole('button', { name: "Ajouter l'action" }).click();
    await member.getByText('Action « Campagne « Je répare mon vélo » » ajoutée.').waitFor();
    await member.getByRole('heading', { name: 'Actions (2)' }).waitFor();
    await expectAccessible(member, 'the commitment with its actions');

    await member.getByRole('button', { name: "Soumettre à l'animation" }).click();
    await member.getByText("Engagement soumis : l'équipe d'animation va le relire.").waitFor();
    const commitmentPath = new URL(member.url()).pathname;

    // The animator validates it; the member publishes it.
    await animator.goto(commitmentPath);
    await expectHeading(animator, commitmentTitle);
    await animator.getByRole('button', { name: "Valider l'engagement" }).click();
    await animator.getByText('Engagement validé : ses auteurs peuvent le publier.').waitFor();

    await member.reload();
    await expectHeading(member, commitmentTitle);
    await member.getByRole('button', { name: "Publier l'engagement" }).click();
    await member.getByText('Engagement publié sur les pages publiques du territoire.').waitFor();
    await expectAccessible(member, 'the published commitment');

    // Anyone reads it on Brest's public pages, without logging in.
    const visitor = await personPage();
    await visitor.goto('/brest');
    await expectHeading(visitor, 'TOMORROW');
    const published = visitor.getByRole('region', { name: /Engagements publiés/ });
    await published.getByRole('link', { name: commitmentTitle }).waitFor();
    await visitor.getByRole('link', { name: coalitionName }).waitFor();
    await expectAccessible(visitor, 'the public home of Brest');
    await published.getByRole('link', { name: commitmentTitle }).click();
    await expectHeading(visitor, commitmentTitle);
    await visitor.getByRole('heading', { name: 'Atelier de réparation mensuel' }).waitFor();
    await visitor.getByRole('heading', { name: 'Campagne « Je répare mon vélo »' }).waitFor();
    await visitor.getByText('12,5 tCO2e/an en 2026').waitFor();
    await visitor.getByText(/Un atelier de réparation mensuel et une campagne/).waitFor();
    // The territory's words, not its codes, even to a visitor who is not logged in.
    const workshop = visitor.getByRole('article', { name: 'Atelier de réparation mensuel' });
    await workshop.getByText(/· Mobilités/).waitFor();
    await expectAccessible(visitor, 'the public commitment');
    await saveScreenshot(visitor, 'community-public-commitment');
    await visitor.setViewportSize(MOBILE);
    await expectNoHorizontalScroll(visitor, 'the public commitment on a phone');

    await visitor.goto('/brest');
    await visitor.getByRole('link', { name: coalitionName }).click();
    await expectHeading(visitor, coalitionName);
    await visitor.locator('dd', { hasText: /^Mobilités$/ }).waitFor();
  });
});

describe('the COP21 coalition of Rouen', () => {
  it('lets a member of the coalition record barriers and levers on an action', async () => {
    const suffix = Date.now().toString(36).slice(-5);
    const organisation = `Imprimerie Normande ${suffix}`;
    const coalitionName = 'Coalition stratégique COP21 « Industrie, tertiaire, artisanat »';

    const member = await personPage();
    await logIn(member, 'member@rouen.demo', undefined, 'rouen');
    await registerOrganisation(member, organisation, 'Entreprises', '552 100 554 00005');

    // The organisation asks to join the coalition; an animator approves.
    await openSpaceSection(member, 'Coalitions', 'Coalitions');
    await member.getByRole('link', { name: coalitionName }).click();
    await expectHeading(member, coalitionName);
    await member.getByLabel('Organisation qui demande à rejoindre').selectOption({ label: organisation });
    await member.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await member.getByText(`Demande envoyée pour « ${organisation} »`, { exact: false }).waitFor();
    const coalitionPath = new URL(member.url()).pathname;

    const animator = await personPage();
    await logIn(animator, 'animator@rouen.demo', undefined, 'rouen');
    await animator.goto(coalitionPath);
    await expectHeading(animator, coalitionName);
    await animator.getByRole('button', { name: `Accepter « ${organisation} »` }).click();
    await animator.getByText(`« ${organisation} » est membre de la coalition.`).waitFor();

    // The member now acts for the coalition: they complete the barriers and levers of « Numérique responsable ».
    await member.reload();
    await expectHeading(member, coalitionName);
    await member.getByRole('link', { name: 'Numérique responsable', exact: true }).click();
    await expectHeading(member, 'Numérique responsable');
    const barriers = member.getByRole('list', { name: 'Freins de « Numérique responsable »' });
    await barriers.getByText('Méconnaissance des data centers green').waitFor();
    await member.getByRole('button', { name: "Modifier l'action" }).click();
    const edit = member.getByRole('form', { name: "Modifier l'action" });
    const barrierField = edit.getByLabel('Freins');
    await barrierField.fill(
      `${await barrierField.inputValue()}\nManque de temps des équipes informatiques pour mesurer les consommations`,
    );
    const leverField = edit.getByLabel('Leviers');
    await leverField.fill(
      `${await leverField.inputValue()}\nProposer un diagnostic numérique responsable gratuit aux PME`,
    );
    await expectAccessible(member, 'the action form');
    await edit.getByRole('button', { name: "Enregistrer l'action" }).click();
    await member.getByText('Action enregistrée.').waitFor();

    await barriers
      .getByText('Manque de temps des équipes informatiques pour mesurer les consommations')
      .waitFor();
    await barriers.getByText('Méconnaissance des data centers green').waitFor();
    const levers = member.getByRole('list', { name: 'Leviers de « Numérique responsable »' });
    await levers.getByText('Proposer un diagnostic numérique responsable gratuit aux PME').waitFor();
    await levers.getByText('Faire de la sensibilisation dans le cadre des clubs d’entreprises').waitFor();
    await expectAccessible(member, 'the action with its barriers and levers');
    await saveScreenshot(member, 'community-action-barriers-levers');
  });
});

describe('the directory of Brest', () => {
  it('lets a member ask to represent a seeded organisation, which an animator accepts, then stop representing it', async () => {
    const member = await personPage();
    await logIn(member, 'member@brest.demo', undefined, 'brest');
    await openSpaceSection(member, 'Annuaire des acteurs', 'Annuaire des acteurs');
    const search = member.getByRole('search', { name: "Rechercher dans l'annuaire" });
    await search.getByLabel(/^Nom, ville/).fill('Labocéa');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await member.getByRole('heading', { name: 'Organisations (1)' }).waitFor();
    await member.getByRole('button', { name: 'Demander à la représenter Labocéa' }).click();
    await member
      .getByText(
        "Demande envoyée : les représentants de « Labocéa » ou l'équipe d'animation vont y répondre.",
      )
      .waitFor();

    // Labocéa has no representative yet: the animation team sees every pending request of the territory.
    const animator = await personPage();
    await logIn(animator, 'animator@brest.demo', undefined, 'brest');
    await openSpaceSection(animator, 'Annuaire des acteurs', 'Annuaire des acteurs');
    await animator.getByRole('link', { name: 'Mes organisations' }).click();
    const pending = animator.getByRole('region', { name: /^Demandes en attente dans le territoire/ });
    const item = pending.getByRole('listitem').filter({ hasText: 'Labocéa' });
    await expectAccessible(animator, 'the pending requests');
    await item.getByRole('button', { name: 'Accepter' }).click();
    await animator.getByText("Demande acceptée : la personne représente désormais l'organisation.").waitFor();
    expect(await pending.getByRole('listitem').filter({ hasText: 'Labocéa' }).count()).toBe(0);

    await member.getByRole('link', { name: 'Mes organisations' }).click();
    await expectHeading(member, 'Mes organisations');
    const labocea = member.getByRole('article', { name: 'Labocéa' });
    await labocea.waitFor();

    // And stops representing it, after being told what that means.
    await labocea.getByRole('button', { name: 'Ne plus représenter « Labocéa »' }).click();
    await labocea.getByText('Vous ne verrez plus ses demandes').waitFor();
    await labocea.getByRole('button', { name: 'Confirmer : ne plus représenter « Labocéa »' }).click();
    await member.getByText('Vous ne représentez plus « Labocéa ».').waitFor();
    expect(await member.getByRole('article', { name: 'Labocéa' }).count()).toBe(0);
  });

  it('lets an animator search, export and import organisations, and read the overview', async () => {
    const suffix = Date.now().toString(36).slice(-5);
    const animator = await personPage();
    await logIn(animator, 'animator@brest.demo', undefined, 'brest');
    await openSpaceSection(animator, 'Annuaire des acteurs', 'Annuaire des acteurs');
    const search = animator.getByRole('search', { name: "Rechercher dans l'annuaire" });
    await search.getByLabel("Type d'organisation").selectOption({ label: 'Associations' });
    await search.getByLabel(/^Nom, ville/).fill('Carène');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await animator.getByRole('heading', { name: 'Organisations (1)' }).waitFor();
    await animator.getByRole('row', { name: /^La Carène Associations/ }).waitFor();
    await expectAccessible(animator, 'the directory');

    const csv = animator.waitForEvent('download');
    await animator.getByRole('button', { name: 'Exporter en CSV' }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    const xlsx = animator.waitForEvent('download');
    await animator.getByRole('button', { name: 'Exporter en Excel' }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);

    await animator.getByRole('link', { name: 'Importer des organisations' }).click();
    await expectHeading(animator, 'Importer des organisations');
    const file = [
      'nom;type;siret;ville',
      `Ressourcerie du Port ${suffix};ASSOCIATIONS;;Brest`,
      `Boulangerie Kerinou ${suffix};ENTREPRISES;;Brest`,
      `Société fantôme ${suffix};ENTREPRISES;123 456 789 00000;Brest`,
    ].join('\n');
    await animator.getByLabel('Fichier CSV').setInputFiles({
      name: 'acteurs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file, 'utf8'),
    });
    await animator.getByRole('button', { name: 'Importer', exact: true }).click();
    await animator
      .getByText(
        'Import de acteurs.csv terminé : 2 organisation(s) ajoutée(s), 0 déjà présente(s), 1 ligne(s) en erreur.',
      )
      .waitFor();
    await animator.getByRole('row', { name: /^4 siret/ }).waitFor();
    await expectAccessible(animator, 'the import report');
    await saveScreenshot(animator, 'community-import-report');

    await openSpaceSection(animator, "Vue d'ensemble", "Vue d'ensemble des engagements");
    await animator.getByLabel('Regrouper par').selectOption('THEME');
    await animator.getByRole('table', { name: 'Engagements et actions par thématique' }).waitFor();
    await animator.getByRole('rowheader', { name: 'Mobilités' }).waitFor();
    await expectAccessible(animator, 'the overview');
    const overview = animator.waitForEvent('download');
    await animator.getByRole('button', { name: 'Exporter en Excel' }).click();
    expect((await overview).suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
