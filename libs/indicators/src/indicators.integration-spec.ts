import { TenantRole, UnitOfWork } from '@alliance/platform';
import { errorCode, type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { impactDeclaredJob, impactWithdrawnJob } from './impact/impact-events.job';
import { recomputeIndicatorsJob } from './recompute/recompute-indicators.job';
import { RECOMPUTE_JOB } from './recompute/recompute.service';
import { indicatorsHarness, tokenFor } from './test/indicators-harness';

const FOLLOW = `mutation ($codes: [String!]!) { followIndicators(codes: $codes) { code unit formula } }`;
const RECORD = `mutation ($input: RecordValueInput!) { recordIndicatorValue(input: $input) { id value computed } }`;
const OBJECTIVE = `mutation ($input: AddObjectiveInput!) { addObjective(input: $input) { id kind } }`;
const INDICATOR = `query ($code: String!) {
  indicator(code: $code) {
    code unit status
    values { year kind sector value computed missingReason }
    objectives { kind source status statusReason trajectory { year value }
      whatIsMissing { target remaining declared coverage latestYear impacts { actionRef quantity } } }
  }
}`;

// Clermont's GHG sectors (kteq CO2), of which the total cae_1.a is computed.
const SECTORS = ['cae_1.c', 'cae_1.d', 'cae_1.g', 'cae_1.k'];

describe('indicators: a Clermont animator follows, enters and sees the trajectory', () => {
  let h: SubgraphHarness;
  let clermont: TestTenant;
  let animator: string;
  let recompute: ReturnType<typeof recomputeIndicatorsJob>;

  beforeAll(async () => {
    h = await indicatorsHarness().start();
    clermont = await h.factories.tenant('Clermont Auvergne Métropole');
    animator = (await tokenFor(h, clermont, TenantRole.ANIMATOR)).token;
    recompute = recomputeIndicatorsJob(new UnitOfWork(h.dataSource));
  });
  afterAll(() => h.stop());

  /** Runs the recompute jobs the outbox holds for the tenant, as the worker would. */
  async function runRecomputeJobs(tenant: TestTenant): Promise<void> {
    const owner = await h.owner();
    const rows: { id: string; payload: { codes: string[]; years: number[] } }[] = await owner.query(
      `with taken as (delete from platform.outbox where type = $1 and tenant_id = $2 returning id, payload)
       select * from taken order by id`,
      [RECOMPUTE_JOB, tenant.id],
    );
    for (const row of rows) {
      await recompute({ id: String(row.id), type: RECOMPUTE_JOB, tenantId: tenant.id, payload: row.payload });
    }
  }

  it('reads the national catalogue, 730 definitions with units and formulas', async () => {
    const data = await h.ok(
      `{ indicatorCatalogue(first: 5, search: "cae_1.a") { totalCount edges { node { code unit formula themes } } } }`,
      {},
      animator,
    );
    expect(data.indicatorCatalogue.edges[0].node).toMatchObject({
      code: 'cae_1.a',
      unit: 'kteq CO2',
      themes: ['energie_et_climat'],
    });
    const all = await h.ok(`{ indicatorCatalogue(first: 1) { totalCount } }`, {}, animator);
    expect(all.indicatorCatalogue.totalCount).toBe(730);
  });

  it('follows indicators, naming unknown codes', async () => {
    const bad = await h.request(FOLLOW, { codes: ['cae_1.a', 'nimporte_quoi'] }, animator);
    expect(bad.errors?.[0]).toMatchObject({
      message: 'Indicateur inconnu : nimporte_quoi.',
      extensions: { code: 'BAD_USER_INPUT', field: 'codes' },
    });
    const data = await h.ok(FOLLOW, { codes: ['cae_1.a', ...SECTORS] }, animator);
    expect(data.followIndicators.map((i: { code: string }) => i.code)).toEqual(['cae_1.a', ...SECTORS]);
    const listed = await h.ok(
      `{ indicators(first: 10) { totalCount edges { node { code } } } }`,
      {},
      animator,
    );
    expect(listed.indicators.totalCount).toBe(5);
  });

  it('recomputes the total when a sector’s emissions are entered, and says which input is missing', async () => {
    for (const [code, value] of [
      ['cae_1.c', 400],
      ['cae_1.d', 150],
      ['cae_1.g', 100],
    ] as const) {
      await h.ok(
        RECORD,
        { input: { indicatorCode: code, year: 2015, kind: 'OBSERVED', value, source: 'ATMO' } },
        animator,
      );
    }
    await runRecomputeJobs(clermont);
    let total = (await h.ok(INDICATOR, { code: 'cae_1.a' }, animator)).indicator.values;
    expect(total).toEqual([
      expect.objectContaining({
        year: 2015,
        value: null,
        computed: true,
        missingReason: 'valeur manquante : cae_1.k',
      }),
    ]);
    await h.ok(
      RECORD,
      { input: { indicatorCode: 'cae_1.k', year: 2015, kind: 'OBSERVED', value: 50 } },
      animator,
    );
    await runRecomputeJobs(clermont);
    // Running the same job twice leaves the same rows.
    await recompute({
      id: 'again',
      type: RECOMPUTE_JOB,
      tenantId: clermont.id,
      payload: { codes: SECTORS, years: null },
    });
    total = (await h.ok(INDICATOR, { code: 'cae_1.a' }, animator)).indicator.values;
    expect(total).toEqual([
      expect.objectContaining({ year: 2015, value: 700, computed: true, missingReason: null }),
    ]);
  });

  it('removes a computed value whose inputs are all gone', async () => {
    await h.ok(FOLLOW, { codes: ['cae_1.h'] }, animator);
    const waste = await h.ok(
      RECORD,
      { input: { indicatorCode: 'cae_1.h', year: 2031, kind: 'OBSERVED', value: 12 } },
      animator,
    );
    await runRecomputeJobs(clermont);
    const yearsOfTotal = async () =>
      ((await h.ok(INDICATOR, { code: 'cae_1.a' }, animator)).indicator.values as { year: number }[]).map(
        (v) => v.year,
      );
    expect(await yearsOfTotal()).toContain(2031);
    await h.ok(
      `mutation ($id: ID!) { removeIndicatorValue(id: $id) }`,
      { id: waste.recordIndicatorValue.id },
      animator,
    );
    await runRecomputeJobs(clermont);
    expect(await yearsOfTotal()).not.toContain(2031);
  });

  it('refuses a unit that does not match and an unfollowed code', async () => {
    const unit = await h.request(
      RECORD,
      { input: { indicatorCode: 'cae_1.c', year: 2016, kind: 'OBSERVED', value: 1, unit: 'GWh' } },
      animator,
    );
    expect(unit.errors?.[0]?.message).toBe(
      'L’unité « GWh » ne correspond pas à celle de cae_1.c (« kteq CO2 »).',
    );
    const unfollowed = await h.request(
      RECORD,
      { input: { indicatorCode: 'cae_2.a', year: 2016, kind: 'OBSERVED', value: 1 } },
      animator,
    );
    expect(errorCode(unfollowed)).toBe('NOT_FOUND');
  });

  it('defines a custom indicator with bounds, refusing a formula with a cycle or an unknown code', async () => {
    const create = `mutation ($input: CreateCustomIndicatorInput!) { createCustomIndicator(input: $input) { code custom formula } }`;
    const ok = await h.ok(
      create,
      {
        input: {
          code: 'clermont_velo.part',
          title: 'Part modale du vélo',
          unit: '%',
          minimum: 0,
          maximum: 100,
        },
      },
      animator,
    );
    expect(ok.createCustomIndicator).toMatchObject({ code: 'clermont_velo.part', custom: true });
    const outOfBounds = await h.request(
      RECORD,
      { input: { indicatorCode: 'clermont_velo.part', year: 2020, kind: 'OBSERVED', value: 120 } },
      animator,
    );
    expect(outOfBounds.errors?.[0]).toMatchObject({
      message: '120 dépasse le maximum de clermont_velo.part (100).',
      extensions: { field: 'value' },
    });
    const cycle = await h.request(
      create,
      { input: { code: 'clermont_boucle', title: 'Boucle', unit: '%', formula: 'val(clermont_boucle) + 1' } },
      animator,
    );
    expect(cycle.errors?.[0]?.message).toBe(
      'Formule de clermont_boucle : elle dépend d’elle-même (clermont_boucle → clermont_boucle).',
    );
    const unknown = await h.request(
      create,
      { input: { code: 'clermont_x', title: 'X', unit: '%', formula: 'val(clermont_inconnu) * 2' } },
      animator,
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Formule de clermont_x : code inconnu clermont_inconnu.',
      extensions: { field: 'formula' },
    });
  });

  it('sets an objective, draws the trajectory, judges the status and sets declared impacts beside the gap', async () => {
    const missingTerm = await h.request(
      OBJECTIVE,
      { input: { indicatorCode: 'cae_1.a', kind: 'ABSOLUTE', source: 'PCAET' } },
      animator,
    );
    expect(missingTerm.errors?.[0]?.extensions).toMatchObject({ field: 'targetYear' });
    await h.ok(
      OBJECTIVE,
      {
        input: {
          indicatorCode: 'cae_1.a',
          kind: 'ABSOLUTE',
          baseYear: 2015,
          targetYear: 2030,
          targetValue: 400,
          source: 'PCAET',
          validatedBy: 'Atelier indicateurs et objectifs',
        },
      },
      animator,
    );
    for (const [code, value] of [
      ['cae_1.c', 330],
      ['cae_1.d', 130],
      ['cae_1.g', 90],
      ['cae_1.k', 40],
    ] as const) {
      await h.ok(RECORD, { input: { indicatorCode: code, year: 2020, kind: 'OBSERVED', value } }, animator);
    }
    await runRecomputeJobs(clermont);
    const declared = impactDeclaredJob(new UnitOfWork(h.dataSource));
    const payload = { actionId: 'action-1', indicatorCode: 'cae_1.a', unit: 'kteq CO2', year: 2028 };
    await declared({
      id: 'e1',
      type: 'community.impact-declared',
      tenantId: clermont.id,
      payload: { ...payload, impactId: 'i1', quantity: -50 },
    });
    await declared({
      id: 'e1',
      type: 'community.impact-declared',
      tenantId: clermont.id,
      payload: { ...payload, impactId: 'i1', quantity: -50 },
    });
    await declared({
      id: 'e2',
      type: 'community.impact-declared',
      tenantId: clermont.id,
      payload: { ...payload, impactId: 'i2', quantity: -20 },
    });
    await impactWithdrawnJob(new UnitOfWork(h.dataSource))({
      id: 'e3',
      type: 'community.impact-withdrawn',
      tenantId: clermont.id,
      payload: { impactId: 'i2' },
    });

    const indicator = (await h.ok(INDICATOR, { code: 'cae_1.a' }, animator)).indicator;
    const [objective] = indicator.objectives;
    expect(objective.trajectory).toHaveLength(16);
    expect(objective.trajectory[5]).toEqual({ year: 2020, value: 600 });
    // 590 observed in 2020 against 600 expected: on track.
    expect(indicator.status).toBe('ON_TRACK');
    expect(objective.statusReason).toContain('2020');
    expect(objective.whatIsMissing).toMatchObject({
      target: 400,
      remaining: -190,
      declared: 50,
      latestYear: 2020,
      impacts: [{ actionRef: 'action-1', quantity: -50 }],
    });
    expect(objective.whatIsMissing.coverage).toBeCloseTo(50 / 190);
  });

  it('writes an audit entry per mutation and nothing for a refused one', async () => {
    const owner = await h.owner();
    const rows: { action: string }[] = await owner.query(
      `select action from platform.audit_entries where tenant_id = $1`,
      [clermont.id],
    );
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'indicator.follow',
      'indicator-value.record',
      'indicator.create-custom',
      'objective.add',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('lets members read but not write, and keeps each territory to its own values', async () => {
    const member = (await tokenFor(h, clermont, TenantRole.MEMBER)).token;
    expect(
      errorCode(
        await h.request(
          RECORD,
          { input: { indicatorCode: 'cae_1.c', year: 2021, kind: 'OBSERVED', value: 1 } },
          member,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect((await h.ok(INDICATOR, { code: 'cae_1.c' }, member)).indicator.values.length).toBeGreaterThan(0);
    const brest = await h.factories.tenant('Brest métropole');
    const brestAdmin = (await tokenFor(h, brest, TenantRole.ADMIN)).token;
    await h.ok(FOLLOW, { codes: ['cae_1.c'] }, brestAdmin);
    expect((await h.ok(INDICATOR, { code: 'cae_1.c' }, brestAdmin)).indicator.values).toEqual([]);
    const uow = new UnitOfWork(h.dataSource);
    const seen: unknown[] = await uow.run(brest.id, (m) =>
      m.query(`select 1 from indicators.indicator_values`),
    );
    expect(seen).toEqual([]);
  });

  it('removes a value and an objective, and stops following', async () => {
    const value = await h.ok(
      RECORD,
      { input: { indicatorCode: 'cae_1.c', year: 2022, kind: 'ESTIMATED', value: 300 } },
      animator,
    );
    expect(
      (
        await h.ok(
          `mutation ($id: ID!) { removeIndicatorValue(id: $id) }`,
          { id: value.recordIndicatorValue.id },
          animator,
        )
      ).removeIndicatorValue,
    ).toBe(true);
    const objective = await h.ok(
      OBJECTIVE,
      { input: { indicatorCode: 'cae_1.c', kind: 'DIRECTION', direction: 'DOWN', source: 'SNBC' } },
      animator,
    );
    await h.ok(
      `mutation ($id: ID!) { removeObjective(id: $id) }`,
      { id: objective.addObjective.id },
      animator,
    );
    await h.ok(`mutation { unfollowIndicator(code: "clermont_velo.part") }`, {}, animator);
    expect(errorCode(await h.request(INDICATOR, { code: 'clermont_velo.part' }, animator))).toBe('NOT_FOUND');
  });
});
