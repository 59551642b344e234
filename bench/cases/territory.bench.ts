import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { BenchCase, PreparedCase } from '../harness';

// A database of its own; BENCH_TERRITORY_DATABASE lets two runs on one server keep apart.
const BENCH_DATABASE = process.env.BENCH_TERRITORY_DATABASE ?? 'alliance_bench_territory';
const THEMES = 50;
const SECTORS = 50;
const ORGANISATION_TYPES = 10;
const AXES = 6;
const STAKES_PER_AXIS = 4;
const ACTIONS_PER_STAKE = 5;
const OBJECTIVES = 5;

interface Plan {
  code: string;
  label: string;
  level: 'axis' | 'stake' | 'action';
  parent: string | null;
}

/** A template as large as a big territory's: 50 themes, 50 sectors and a 150-item plan. */
function bigDocument() {
  const list = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ code: `${prefix}${i + 1}`, label: `${prefix} n°${i + 1}` }));
  const plan: Plan[] = [];
  for (let a = 1; a <= AXES; a++) {
    plan.push({ code: `AX${a}`, label: `Axe ${a}`, level: 'axis', parent: null });
    for (let s = 1; s <= STAKES_PER_AXIS; s++) {
      const stake = `AX${a}.E${s}`;
      plan.push({ code: stake, label: `Enjeu ${a}.${s}`, level: 'stake', parent: `AX${a}` });
      for (let x = 1; x <= ACTIONS_PER_STAKE; x++) {
        plan.push({ code: `${stake}.A${x}`, label: `Action ${a}.${s}.${x}`, level: 'action', parent: stake });
      }
    }
  }
  return {
    themes: list('TH', THEMES),
    sectors: list('SE', SECTORS),
    zones: [],
    organisationTypes: list('OT', ORGANISATION_TYPES),
    plan,
    objectives: Array.from({ length: OBJECTIVES }, (_, i) => ({
      code: `OBJ${i + 1}`,
      label: `Objectif ${i + 1}`,
      horizonYear: 2030,
      target: '-40 %',
      theme: `TH${i + 1}`,
    })),
  };
}

interface World {
  owner: DataSource;
  runtime: DataSource;
  consultantId: string;
  templateId: string;
  close(): Promise<void>;
}

async function prepareWorld(): Promise<World> {
  const { locateServices, recreateDatabase, Factories } = await import('@alliance/testing');
  const { loadConfig, createDataSource } = await import('@alliance/platform');
  const { migrateAndSeed } = await import('../../apps/migrate/src/migrate-and-seed');
  const { territoryEntities } = await import('@alliance/territory');
  const { serverUrl } = await locateServices();
  const databaseUrl = await recreateDatabase(serverUrl, BENCH_DATABASE);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' };
  delete env.RUNTIME_DATABASE_URL;
  const config = loadConfig(env);
  await migrateAndSeed(config, { seed: false });
  const owner = await createDataSource(config.ownerDatabaseUrl, []).initialize();
  const runtime = await createDataSource(config.runtimeDatabaseUrl, territoryEntities).initialize();
  const consultant = await new Factories(runtime).user({ platformRoles: ['consultant'] });
  const [template]: { id: string }[] = await owner.query(
    `insert into territory.templates (code, name) values ('bench-grand-territoire', 'Grand territoire') returning id`,
  );
  await owner.query(
    `insert into territory.template_versions (template_id, version, document) values ($1, 1, $2)`,
    [template!.id, JSON.stringify(bigDocument())],
  );
  return {
    owner,
    runtime,
    consultantId: consultant.id,
    templateId: template!.id,
    async close() {
      await runtime.destroy();
      await owner.destroy();
    },
  };
}

export const territoryOnboardingCase: BenchCase = {
  name: 'territory-onboarding',
  summary: `onboarding a tenant from a template of ${THEMES} themes, ${SECTORS} sectors and a ${AXES * STAKES_PER_AXIS * (ACTIONS_PER_STAKE + 1) + AXES}-item plan (the whole job), against inserting the same rows with one multi-row INSERT per table`,
  ratioName: 'onboarding/insert',
  metrics: [{ key: 'ms', label: 'time', unit: 'ms' }],
  rounds: 7,
  async prepare(): Promise<PreparedCase> {
    const world = await prepareWorld();
    const { UnitOfWork } = await import('@alliance/platform');
    const { ONBOARD_TERRITORY_JOB } = await import('@alliance/territory');
    const { onboardTerritoryJob } = await import('../../apps/worker/src/onboarding/onboard-territory.job');
    const uow = new UnitOfWork(world.runtime);
    const job = onboardTerritoryJob(uow, 'http://localhost');
    const document = bigDocument();
    let n = 0;
    return {
      notes: [
        `${THEMES + SECTORS + ORGANISATION_TYPES} vocabulary items, ${document.plan.length} plan items, ${OBJECTIVES} objectives; goal: the job under 2 s`,
      ],
      a: {
        label: 'territory.onboard job (tenant, consultant, configuration and origin, invitation)',
        async measure() {
          const slug = `banc-a-${++n}`;
          const [row]: { id: string }[] = await world.owner.query(
            `insert into territory.onboardings (new_tenant_id, name, slug, programme_name, admin_email,
               source_template_id, source_template_version, requested_by, assign_consultant, total_steps)
             values ($1, $2, $2, 'Programme', 'admin@banc.example.org', $3, 1, $4, true, 4) returning id`,
            [randomUUID(), slug, world.templateId, world.consultantId],
          );
          const started = performance.now();
          await job({
            id: randomUUID(),
            type: ONBOARD_TERRITORY_JOB,
            tenantId: null,
            payload: { onboardingId: row!.id },
          });
          const ms = performance.now() - started;
          const [{ status }]: { status: string }[] = await world.owner.query(
            `select status from territory.onboardings where id = $1`,
            [row!.id],
          );
          if (status !== 'succeeded') throw new Error(`The bench onboarding ended ${status}.`);
          return { ms };
        },
      },
      b: {
        label:
          'one multi-row INSERT per table (tenant, assignment, vocabulary, plan, objectives, origin, invitation)',
        async measure() {
          const tenantId = randomUUID();
          const slug = `banc-b-${++n}`;
          const started = performance.now();
          await uow.run(null, (m) =>
            m.query(
              `insert into identity.tenants (id, slug, name, kind, programme_name) values ($1, $2, $2, 'metropole', 'Programme')`,
              [tenantId, slug],
            ),
          );
          await uow.run(tenantId, async (m) => {
            await m.query('select identity.assign_consultant($1, $2)', [tenantId, world.consultantId]);
            const vocabulary = [
              ...document.themes.map((t, i) => ({ ...t, kind: 'theme', position: i, id: randomUUID() })),
              ...document.sectors.map((t, i) => ({ ...t, kind: 'sector', position: i, id: randomUUID() })),
              ...document.organisationTypes.map((t, i) => ({
                ...t,
                kind: 'organisation_type',
                position: i,
                id: randomUUID(),
              })),
            ];
            await m.query(
              `insert into territory.catalogue_items (id, tenant_id, kind, code, label, position)
               values ${vocabulary.map((_, i) => `($${i * 5 + 2}, $1, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, $${i * 5 + 6})`).join(', ')}`,
              [tenantId, ...vocabulary.flatMap((v) => [v.id, v.kind, v.code, v.label, v.position])],
            );
            const ids = new Map(document.plan.map((p) => [p.code, randomUUID()]));
            await m.query(
              `insert into territory.plan_items (id, tenant_id, parent_id, level, code, label, position)
               values ${document.plan.map((_, i) => `($${i * 6 + 2}, $1, $${i * 6 + 3}::uuid, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6}, $${i * 6 + 7})`).join(', ')}`,
              [
                tenantId,
                ...document.plan.flatMap((p, i) => [
                  ids.get(p.code),
                  p.parent ? ids.get(p.parent) : null,
                  p.level,
                  p.code,
                  p.label,
                  i,
                ]),
              ],
            );
            const themeIds = new Map(vocabulary.filter((v) => v.kind === 'theme').map((v) => [v.code, v.id]));
            await m.query(
              `insert into territory.objectives (tenant_id, code, label, horizon_year, target, theme_id, position)
               values ${document.objectives.map((_, i) => `($1, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6}, $${i * 6 + 7})`).join(', ')}`,
              [
                tenantId,
                ...document.objectives.flatMap((o, i) => [
                  o.code,
                  o.label,
                  o.horizonYear,
                  o.target,
                  themeIds.get(o.theme),
                  i,
                ]),
              ],
            );
            await m.query(
              `insert into territory.configuration_origins (tenant_id, template_id, template_version) values ($1, $2, 1)`,
              [tenantId, world.templateId],
            );
            await m.query(
              `insert into identity.invitations (tenant_id, email, role, token_hash, expires_at)
               values ($1, 'admin@banc.example.org', 'admin', $2, now() + interval '7 days')`,
              [tenantId, randomUUID()],
            );
          });
          return { ms: performance.now() - started };
        },
      },
      async teardown() {
        await world.close();
      },
    };
  },
};
