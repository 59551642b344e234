import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { BenchCase, PreparedCase } from '../harness';

const BENCH_DATABASE = 'alliance_bench_assessment';
const ITERATIONS = 20;
const SECTORS = [
  'INDUSTRIE',
  'TERTIAIRE',
  'ARTISANAT',
  'COMMERCE',
  'BTP',
  'AGRICULTURE',
  'TRANSPORT',
  'SANTE',
];

interface World {
  owner: DataSource;
  runtime: DataSource;
  tenantId: string;
  referentialId: string;
  versionId: string;
  assessmentId: string;
  domainCodes: string[];
}

/**
 * A database of its own, migrated, holding one published 1,010-node referential (10 domains of 10
 * sub-domains of 9 criteria), one organisation's answers to its 900 criteria, and 2,000 organisations'
 * submissions spread over eight sectors.
 */
async function buildWorld(): Promise<World> {
  const { locateServices, recreateDatabase } = await import('@alliance/testing');
  const { createDataSource, loadConfig } = await import('@alliance/platform');
  const { assessmentEntities } = await import('@alliance/assessment');
  const { migrateAndSeed } = await import('../../apps/migrate/src/migrate-and-seed');
  const { serverUrl } = await locateServices();
  const databaseUrl = await recreateDatabase(serverUrl, BENCH_DATABASE);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' };
  delete env.RUNTIME_DATABASE_URL;
  const config = loadConfig(env);
  await migrateAndSeed(config, { seed: false });
  const owner = await createDataSource(config.ownerDatabaseUrl, []).initialize();
  const runtime = await createDataSource(config.runtimeDatabaseUrl, assessmentEntities).initialize();
  const tenantId = randomUUID();
  const [{ id: referentialId }] = await owner.query(
    `insert into assessment.referentials (tenant_id, code, title) values ($1, 'bench', 'Bench') returning id`,
    [tenantId],
  );
  const [{ id: versionId }] = await owner.query(
    `insert into assessment.referential_versions (tenant_id, referential_id, number, status, csv_columns)
     values ($1, $2, 1, 'draft', '{identifiant,nom}') returning id`,
    [tenantId, referentialId],
  );
  await owner.query(
    `insert into assessment.referential_nodes (tenant_id, version_id, code, parent_code, position, title, points)
     select $1, $2, code, parent, row_number() over (order by sort), 'Nœud ' || code, points from (
       select d::text as code, null as parent, array[d, 0, 0] as sort, 10 as points from generate_series(1, 10) d
       union all
       select d || '.' || s, d::text, array[d, s, 0], null from generate_series(1, 10) d, generate_series(1, 10) s
       union all
       select d || '.' || s || '.' || c, d || '.' || s, array[d, s, c], null
         from generate_series(1, 10) d, generate_series(1, 10) s, generate_series(1, 9) c) n`,
    [tenantId, versionId],
  );
  await owner.query(
    `insert into assessment.maturity_levels (tenant_id, version_id, level, label, score)
     select $1, $2, l, 'Niveau ' || l, l * 25 from generate_series(0, 4) l`,
    [tenantId, versionId],
  );
  await owner.query(
    `update assessment.referential_versions set status = 'published', published_at = now() where id = $1`,
    [versionId],
  );
  const [{ id: assessmentId }] = await owner.query(
    `insert into assessment.self_assessments (tenant_id, version_id, referential_id, organisation_id, organisation_type,
       sector, author_user_id, status) values ($1, $2, $3, $4, 'ENTREPRISES', 'INDUSTRIE', $4, 'draft') returning id`,
    [tenantId, versionId, referentialId, randomUUID()],
  );
  // Every tenth criterion not concerned, the others at a level spread over the scale.
  await owner.query(
    `insert into assessment.answers (tenant_id, assessment_id, criterion_code, level, not_concerned)
     select $1, $2, code, case when position % 10 = 0 then null else position % 5 end, position % 10 = 0
       from assessment.referential_nodes where version_id = $3 and code ~ '^\\d+\\.\\d+\\.\\d+$'`,
    [tenantId, assessmentId, versionId],
  );
  const domainCodes = Array.from({ length: 10 }, (_, i) => String(i + 1));
  await owner.query(
    `insert into assessment.self_assessments (tenant_id, version_id, referential_id, organisation_id, organisation_type,
       sector, author_user_id, status, submitted_at, overall_score, node_scores)
     select $1, $2, $3, gen_random_uuid(), 'ENTREPRISES', ($4::text[])[1 + i % 8], gen_random_uuid(), 'submitted',
            now() - (i || ' minutes')::interval, (i * 37) % 100,
            (select jsonb_object_agg(d::text, (i * d * 13) % 100) from generate_series(1, 10) d)
       from generate_series(1, 2000) i`,
    [tenantId, versionId, referentialId, SECTORS],
  );
  return { owner, runtime, tenantId, referentialId, versionId, assessmentId, domainCodes };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) await run();
  return Number(process.hrtime.bigint() - started) / 1e6 / ITERATIONS;
}

export const assessmentScoringCase: BenchCase = {
  name: 'assessment-scoring',
  summary:
    'A = scoring one organisation on a 1,010-node referential as submission does (the published tree and scale, read once per process; the answers; roll up by weights); B = one SQL aggregate over the same answers.',
  ratioName: 'scoring/aggregate',
  metrics: [{ key: 'ms', label: 'per scoring', unit: 'ms' }],
  rounds: 7,
  async prepare(): Promise<PreparedCase> {
    const world = await buildWorld();
    const { UnitOfWork, AuditLog } = await import('@alliance/platform');
    const a = await import('@alliance/assessment');
    const uow = new UnitOfWork(world.runtime);
    const service = new a.SelfAssessmentService(
      new a.SelfAssessmentRepository(uow),
      new a.AnswerRepository(uow),
      new a.ReferentialVersionRepository(uow),
      new a.ReferentialNodeRepository(uow),
      new a.MaturityLevelRepository(uow),
      new AuditLog(uow),
      new a.RepresentativeRepository(uow),
    );
    const assessments = new a.SelfAssessmentRepository(uow);
    const score = () =>
      uow.run(world.tenantId, async () => {
        const assessment = await assessments.findById(world.assessmentId);
        return service.score(assessment!);
      });
    const aggregate = () =>
      uow.run(world.tenantId, (m) =>
        m.query(
          `select sum(l.score) / nullif(count(*) filter (where not a.not_concerned), 0) as mean
             from assessment.answers a
             left join assessment.maturity_levels l on l.tenant_id = a.tenant_id and l.version_id = $2 and l.level = a.level
            where a.tenant_id = $3 and a.assessment_id = $1`,
          [world.assessmentId, world.versionId, world.tenantId],
        ),
      );
    const overall = (await score()).overall;
    return {
      notes: [
        `database ${BENCH_DATABASE} (recreated); 1,010 nodes, 900 criteria answered (90 not concerned); overall ${overall} %`,
        `each round: mean of ${ITERATIONS} scorings, each in its own transaction; goal: A under 20 ms`,
      ],
      a: { label: 'tree scoring', measure: async () => ({ ms: await timed(score) }) },
      b: { label: 'one SQL aggregate', measure: async () => ({ ms: await timed(aggregate) }) },
      warmUp: async () => {
        await timed(score);
        await timed(aggregate);
      },
      teardown: async () => {
        await world.runtime.destroy();
        await world.owner.destroy();
      },
    };
  },
};

export const assessmentSectorBenchmarkCase: BenchCase = {
  name: 'assessment-sector-benchmark',
  summary:
    'A = the sector benchmark over 2,000 organisations (latest submission each; median overall and per domain); B = one SQL aggregate (median overall) over the same submissions.',
  ratioName: 'benchmark/aggregate',
  metrics: [{ key: 'ms', label: 'per benchmark', unit: 'ms' }],
  rounds: 7,
  async prepare(): Promise<PreparedCase> {
    const world = await buildWorld();
    const { UnitOfWork } = await import('@alliance/platform');
    const { BenchmarkRepository } = await import('@alliance/assessment');
    const uow = new UnitOfWork(world.runtime);
    const benchmarks = new BenchmarkRepository(uow);
    const benchmark = () =>
      uow.run(world.tenantId, () =>
        benchmarks.group(world.referentialId, 'sector', 'INDUSTRIE', world.domainCodes),
      );
    const aggregate = () =>
      uow.run(world.tenantId, (m) =>
        m.query(
          `select percentile_cont(0.5) within group (order by overall_score) as median
             from assessment.self_assessments
            where tenant_id = $1 and referential_id = $2 and status = 'submitted' and sector = 'INDUSTRIE'`,
          [world.tenantId, world.referentialId],
        ),
      );
    const sample = await benchmark();
    return {
      notes: [
        `database ${BENCH_DATABASE} (recreated); 2,000 organisations over ${SECTORS.length} sectors; INDUSTRIE has ${sample.contributors}`,
        `each round: mean of ${ITERATIONS} benchmarks, each in its own transaction`,
      ],
      a: { label: 'sector benchmark', measure: async () => ({ ms: await timed(benchmark) }) },
      b: { label: 'one SQL median', measure: async () => ({ ms: await timed(aggregate) }) },
      warmUp: async () => {
        await timed(benchmark);
        await timed(aggregate);
      },
      teardown: async () => {
        await world.runtime.destroy();
        await world.owner.destroy();
      },
    };
  },
};
