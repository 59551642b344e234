import { Workbook } from 'exceljs';
import { errorCode, type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { CommunityRows, commitmentHarness, person, TenantRole } from '../test/commitment-harness';

const ADD = `mutation ($i: AddActionInput!) {
  addAction(input: $i) {
    id title categoryCode status startsOn dueOn budgetEuros people barriers levers partnerOrganisationNames
    planStakeCodes impacts { id quantity unit year method indicatorCode }
  }
}`;
const UPDATE = `mutation ($i: UpdateActionInput!) { updateAction(input: $i) { id title impacts { id quantity unit } } }`;

describe('actions: a Rouen member records the barriers and levers of an energy-efficiency action', () => {
  let harness: SubgraphHarness;
  let rouen: TestTenant;
  let rows: CommunityRows;
  let animator: { id: string; token: string };
  let representative: { id: string; token: string };
  let outsider: { id: string; token: string };
  let papeterie: string;
  let cci: string;

  const events = async () =>
    (
      await rows.sql<{ type: string; payload: Record<string, unknown> }>(
        `select type, payload from platform.outbox where tenant_id = $1 and source = 'community' order by id`,
        [rouen.id],
      )
    ).map((e) => ({ type: e.type, ...e.payload }));
  const actionCount = async () =>
    (await rows.sql<{ n: number }>(`select count(*)::int as n from community.actions`))[0]!.n;

  beforeAll(async () => {
    harness = await commitmentHarness().start();
    rouen = await harness.factories.tenant('Métropole Rouen Normandie');
    rows = new CommunityRows(harness, rouen);
    animator = await person(harness, rouen, TenantRole.ANIMATOR);
    representative = await person(harness, rouen, TenantRole.MEMBER);
    outsider = await person(harness, rouen, TenantRole.MEMBER);
    papeterie = await rows.organisation('Papeterie de la Seine', 'ENTREPRISES');
    cci = await rows.organisation('CCI Rouen Métropole', 'CHAMBRES');
    await rows.representative(papeterie, representative.id);
  });

  afterAll(() => harness?.stop());

  it('records an action of energy efficiency in processes, with barriers, levers, partners and impacts', async () => {
    const added = (
      await harness.ok(
        ADD,
        {
          i: {
            organisationId: papeterie,
            title: 'Récupération de chaleur sur les sécheurs',
            description: 'Action d’efficacité énergétique dans les process.',
            categoryCode: 'EFFICACITE_ENERGETIQUE',
            status: 'IN_PROGRESS',
            startsOn: '2025-01-15',
            dueOn: '2026-06-30',
            budgetEuros: 250000,
            people: 1.5,
            barriers: ['Coûts', 'Quel retour sur investissement ?', '  '],
            levers: ['Faire la promotion des audits énergétiques'],
            partnerOrganisationIds: [cci],
            planStakeCodes: ['ENR-R'],
            impacts: [
              {
                quantity: 300,
                unit: 'MWh/an',
                year: 2027,
                method: 'Audit énergétique',
                indicatorCode: 'cae_2.a',
              },
              { quantity: 120, unit: 'tCO2e/an', year: 2027, indicatorCode: 'cae_1.a' },
              { quantity: 2, unit: 'emplois', year: 2026 },
            ],
          },
        },
        representative.token,
      )
    ).addAction;
    expect(added).toMatchObject({
      categoryCode: 'EFFICACITE_ENERGETIQUE',
      status: 'IN_PROGRESS',
      startsOn: '2025-01-15',
      dueOn: '2026-06-30',
      budgetEuros: 250000,
      people: 1.5,
      barriers: ['Coûts', 'Quel retour sur investissement ?'],
      levers: ['Faire la promotion des audits énergétiques'],
      partnerOrganisationNames: ['CCI Rouen Métropole'],
      planStakeCodes: ['ENR-R'],
    });
    // Impacts read by year, then unit.
    expect(added.impacts.map((i: { unit: string }) => i.unit)).toEqual(['emplois', 'MWh/an', 'tCO2e/an']);
    const [jobs, mwh, tco2] = added.impacts;
    // Impacts tied to an indicator reach indicators through the outbox; the one without a code does not.
    expect(await events()).toEqual([
      {
        type: 'community.impact-declared',
        impactId: mwh.id,
        actionId: added.id,
        actionTitle: 'Récupération de chaleur sur les sécheurs',
        indicatorCode: 'cae_2.a',
        quantity: 300,
        unit: 'MWh/an',
        year: 2027,
      },
      {
        type: 'community.impact-declared',
        impactId: tco2.id,
        actionId: added.id,
        actionTitle: 'Récupération de chaleur sur les sécheurs',
        indicatorCode: 'cae_1.a',
        quantity: 120,
        unit: 'tCO2e/an',
        year: 2027,
      },
    ]);

    // The MWh are re-estimated, the tCO2e withdrawn, the jobs kept as they were.
    const updated = await harness.ok(
      UPDATE,
      {
        i: {
          actionId: added.id,
          impacts: [
            {
              id: mwh.id,
              quantity: 350,
              unit: 'MWh/an',
              year: 2027,
              method: 'Audit énergétique',
              indicatorCode: 'cae_2.a',
            },
            { id: jobs.id, quantity: 2, unit: 'emplois', year: 2026 },
          ],
        },
      },
      representative.token,
    );
    expect(updated.updateAction.impacts.map((i: { quantity: number }) => i.quantity)).toEqual([2, 350]);
    expect((await events()).slice(2)).toEqual([
      { type: 'community.impact-withdrawn', impactId: tco2.id },
      expect.objectContaining({ type: 'community.impact-declared', impactId: mwh.id, quantity: 350 }),
    ]);

    const progress = await harness.ok(
      `mutation ($i: AddActionProgressInput!) { addActionProgress(input: $i) { reportedOn note percent } }`,
      { i: { actionId: added.id, reportedOn: '2025-06-30', note: 'Échangeur commandé.', percent: 40 } },
      representative.token,
    );
    expect(progress.addActionProgress).toEqual({
      reportedOn: '2025-06-30',
      note: 'Échangeur commandé.',
      percent: 40,
    });
    const read = await harness.ok(
      `query ($id: ID!) { action(id: $id) { progress { note percent } } }`,
      { id: added.id },
      outsider.token,
    );
    expect(read.action.progress).toEqual([{ note: 'Échangeur commandé.', percent: 40 }]);

    expect(
      (
        await harness.ok(
          `mutation ($id: ID!) { removeAction(id: $id) }`,
          { id: added.id },
          representative.token,
        )
      ).removeAction,
    ).toBe(true);
    expect((await events()).slice(4)).toEqual([{ type: 'community.impact-withdrawn', impactId: mwh.id }]);
    expect(
      await rows.sql(`select id from community.action_impacts where action_id = $1`, [added.id]),
    ).toEqual([]);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = await actionCount();
    const eventsBefore = (await events()).length;
    const attempt = (i: Record<string, unknown>, token = representative.token) =>
      harness.request(ADD, { i: { organisationId: papeterie, title: 'Tri sélectif', ...i } }, token);

    const backwards = await attempt({ startsOn: '2026-03-01', dueOn: '2026-01-01' });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0]!.message).toBe(
      'L’échéance (2026-01-01) précède le début de l’action (2026-03-01).',
    );
    expect(backwards.errors![0]!.extensions!.field).toBe('dueOn');

    const notADay = await attempt({ startsOn: '2026-02-30' });
    expect(errorCode(notADay)).toBe('BAD_USER_INPUT');
    expect(notADay.errors![0]!.extensions!.field).toBe('startsOn');

    const unknownPartner = await attempt({
      partnerOrganisationIds: ['4a0e1b8c-2f3d-4c5e-9a6b-7c8d9e0f1a2b'],
    });
    expect(errorCode(unknownPartner)).toBe('BAD_USER_INPUT');
    expect(unknownPartner.errors![0]!.message).toBe(
      'L’organisation 4a0e1b8c-2f3d-4c5e-9a6b-7c8d9e0f1a2b n’existe pas dans ce territoire.',
    );
    expect(unknownPartner.errors![0]!.extensions!.field).toBe('partnerOrganisationIds');

    const badYear = await attempt({
      impacts: [{ quantity: 10, unit: 'MWh/an', year: 1990, indicatorCode: 'cae_2.a' }],
    });
    expect(errorCode(badYear)).toBe('BAD_USER_INPUT');
    expect(badYear.errors![0]!.extensions!.field).toBe('impacts.0.year');

    const negative = await attempt({ budgetEuros: -5 });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors![0]!.extensions!.field).toBe('budgetEuros');

    const twoOwners = await attempt({ coalitionId: '4a0e1b8c-2f3d-4c5e-9a6b-7c8d9e0f1a2b' });
    expect(errorCode(twoOwners)).toBe('BAD_USER_INPUT');
    expect(twoOwners.errors![0]!.extensions!.field).toBe('commitmentId');

    const notRepresented = await attempt({}, outsider.token);
    expect(errorCode(notRepresented)).toBe('FORBIDDEN');
    expect(notRepresented.errors![0]!.message).toBe(
      'Vous ne représentez pas l’organisation « Papeterie de la Seine ».',
    );

    expect(await actionCount()).toBe(before);
    expect((await events()).length).toBe(eventsBefore);

    const kept = (
      await harness.ok(
        ADD,
        { i: { organisationId: papeterie, title: 'Diminution des déchets' } },
        representative.token,
      )
    ).addAction;
    const refusedProgress = await harness.request(
      `mutation ($i: AddActionProgressInput!) { addActionProgress(input: $i) { id } }`,
      { i: { actionId: kept.id, reportedOn: '2025-06-30', note: 'Trop', percent: 120 } },
      representative.token,
    );
    expect(errorCode(refusedProgress)).toBe('BAD_USER_INPUT');
    expect(refusedProgress.errors![0]!.extensions!.field).toBe('percent');
    const foreignImpact = await harness.request(
      UPDATE,
      {
        i: {
          actionId: kept.id,
          impacts: [{ id: '4a0e1b8c-2f3d-4c5e-9a6b-7c8d9e0f1a2b', quantity: 1, unit: 't', year: 2030 }],
        },
      },
      representative.token,
    );
    expect(errorCode(foreignImpact)).toBe('BAD_USER_INPUT');
    expect(foreignImpact.errors![0]!.extensions!.field).toBe('impacts.0.id');
    const byOutsider = await harness.request(
      UPDATE,
      { i: { actionId: kept.id, title: 'Autre' } },
      outsider.token,
    );
    expect(errorCode(byOutsider)).toBe('FORBIDDEN');
    expect(await rows.sql(`select title from community.actions where id = $1`, [kept.id])).toEqual([
      { title: 'Diminution des déchets' },
    ]);
    expect(
      await rows.sql(`select id from community.action_progress where action_id = $1`, [kept.id]),
    ).toEqual([]);
  });

  it('shows animators what serves each plan stake and theme, with impacts summed per unit, and exports it', async () => {
    const coalition = await rows.coalition(
      'COP21 Industrie, tertiaire, artisanat',
      'sector',
      'INDUSTRIE',
      animator.id,
    );
    await rows.member(coalition, papeterie);
    const commitment = (
      await harness.ok(
        `mutation ($i: CreateCommitmentInput!) { createCommitment(input: $i) { id } }`,
        { i: { coalitionId: coalition, title: 'Feuille d’engagement COP21', planStakeCodes: ['SOBRIETE'] } },
        representative.token,
      )
    ).createCommitment.id;
    for (const [title, quantity, category] of [
      ['Audit énergétique des process', 300, 'EFFICACITE_ENERGETIQUE'],
      ['Système de management de l’énergie', 200, 'EFFICACITE_ENERGETIQUE'],
      ['Hébergement data center vert', 50, 'NUMERIQUE_RESPONSABLE'],
    ] as const) {
      await harness.ok(
        ADD,
        {
          i: {
            commitmentId: commitment,
            title,
            categoryCode: category,
            planStakeCodes: ['SOBRIETE'],
            impacts: [
              { quantity, unit: 'MWh/an', year: 2027 },
              { quantity: quantity / 10, unit: 'tCO2e/an', year: 2027 },
            ],
          },
        },
        representative.token,
      );
    }
    const overview = await harness.ok(
      `{ stakes: commitmentsOverview(by: PLAN_STAKE) { code coalitionCount commitmentCount actionCount coalitions { title } commitments { title } impacts { unit quantity } }
         themes: commitmentsOverview(by: THEME) { code actionCount commitmentCount impacts { unit quantity } } }`,
      {},
      animator.token,
    );
    expect(overview.stakes.find((r: { code: string }) => r.code === 'SOBRIETE')).toEqual({
      code: 'SOBRIETE',
      coalitionCount: 1,
      commitmentCount: 1,
      actionCount: 3,
      coalitions: [{ title: 'COP21 Industrie, tertiaire, artisanat' }],
      commitments: [{ title: 'Feuille d’engagement COP21' }],
      impacts: [
        { unit: 'MWh/an', quantity: 550 },
        { unit: 'tCO2e/an', quantity: 55 },
      ],
    });
    expect(overview.themes.find((r: { code: string }) => r.code === 'EFFICACITE_ENERGETIQUE')).toEqual({
      code: 'EFFICACITE_ENERGETIQUE',
      actionCount: 2,
      commitmentCount: 1,
      impacts: [
        { unit: 'MWh/an', quantity: 500 },
        { unit: 'tCO2e/an', quantity: 50 },
      ],
    });

    const exported = async (format: string) =>
      (
        await harness.ok(
          `query ($f: ExportFormat) { exportCommitmentsOverview(by: PLAN_STAKE, format: $f) { fileName mediaType contentBase64 } }`,
          { f: format },
          animator.token,
        )
      ).exportCommitmentsOverview;
    const csv = await exported('CSV');
    expect(csv.fileName).toBe('engagements-par-enjeu.csv');
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFenjeu;coalitions;engagements;actions;noms des coalitions;titres des engagements;titres des actions;impacts attendus',
    );
    expect(text).toContain(
      'SOBRIETE;1;1;3;COP21 Industrie, tertiaire, artisanat;Feuille d’engagement COP21;',
    );
    expect(text).toContain('550 MWh/an | 55 tCO2e/an');
    const xlsx = await exported('XLSX');
    expect(xlsx.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const impacts = workbook.getWorksheet('Impacts attendus')!;
    const values = impacts
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(values).toContainEqual(['SOBRIETE', 550, 'MWh/an']);

    const refused = await harness.request(
      `{ commitmentsOverview(by: THEME) { code } }`,
      {},
      representative.token,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
