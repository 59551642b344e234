import { randomUUID } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { BenchCase, PreparedCase } from '../harness';

const BENCH_DATABASE = 'alliance_bench_indicators';
const IMPORT_ROWS = 100_000;
const YEARS = 30;
const SECTORS = ['', 'residentiel', 'tertiaire', 'transport', 'industrie', 'agriculture'];

interface World {
  owner: DataSource;
  runtime: DataSource;
  tenantId: string;
  leafCodes: string[];
  close(): Promise<void>;
}

/** A database of its own, migrated, with one tenant following the whole national catalogue. */
async function prepareWorld(): Promise<World> {
  const { locateServices, recreateDatabase, Factories } = await import('@alliance/testing');
  const { loadConfig, createDataSource, UnitOfWork } = await import('@alliance/platform');
  const { migrateAndSeed } = await import('../../apps/migrate/src/migrate-and-seed');
  const { serverUrl } = await locateServices();
  const databaseUrl = await recreateDatabase(serverUrl, BENCH_DATABASE);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' };
  delete env.RUNTIME_DATABASE_URL;
  const config = loadConfig(env);
  await migrateAndSeed(config, { seed: false });
  const owner = await createDataSource(config.ownerDatabaseUrl, []).initialize();
  const { indicatorsEntities } = await import('@alliance/indicators');
  const runtime = await createDataSource(config.runtimeDatabaseUrl, indicatorsEntities).initialize();
  const tenant = await new Factories(runtime).tenant('Territoire du banc d’essai');
  await new UnitOfWork(runtime).run(tenant.id, (m) =>
    m.query(
      `insert into indicators.selections (tenant_id, indicator_code) select $1, code from indicators.catalogue`,
      [tenant.id],
    ),
  );
  const leaves: { code: string }[] = await owner.query(
    `select code from indicators.catalogue where formula is null order by code`,
  );
  return {
    owner,
    runtime,
    tenantId: tenant.id,
    leafCodes: leaves.map((l) => l.code),
    async close() {
      await runtime.destroy();
      await owner.destroy();
    },
  };
}

function valueFile(codes: string[], rows: number): string {
  const lines = ['code;annee;valeur;secteur'];
  outer: for (const sector of SECTORS) {
    for (const code of codes) {
      for (let y = 0; y < YEARS; y++) {
        if (lines.length > rows) break outer;
        lines.push(`${code};${1995 + y};${(100 + ((y * 7 + code.length) % 50)).toString()},5;${sector}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

export const indicatorImportCase: BenchCase = {
  name: 'indicator-import',
  summary: `importing ${IMPORT_ROWS.toLocaleString('en')} values (parse, check, write) against a plain COPY of the same file into a staging table`,
  ratioName: 'import/COPY',
  metrics: [{ key: 'rowsPerSecond', label: 'rows/s', unit: 'rows/s' }],
  rounds: 5,
  async prepare(): Promise<PreparedCase> {
    const world = await prepareWorld();
    const { UnitOfWork } = await import('@alliance/platform');
    const { importValuesJob, IMPORT_JOB } = await import('@alliance/indicators');
    const csv = valueFile(world.leafCodes, IMPORT_ROWS);
    // Stored as the API stores an uploaded file, gzipped as it arrives: the job starts from there.
    const file = gzipSync(Buffer.from(csv, 'utf8'));
    // COPY reads the file on the database server, which the bench runs beside.
    const path = join(tmpdir(), `alliance-bench-${randomUUID()}.csv`);
    writeFileSync(path, csv);
    const uow = new UnitOfWork(world.runtime);
    const job = importValuesJob(uow);
    await world.owner.query(
      `create unlogged table public.bench_staging (code text, annee text, valeur text, secteur text)`,
    );
    return {
      notes: [
        `${IMPORT_ROWS.toLocaleString('en')} rows, ${world.leafCodes.length} indicators × ${YEARS} years × sectors`,
      ],
      a: {
        label: 'indicators.import job',
        async measure() {
          await world.owner.query(`truncate indicators.value_series`);
          const [row]: { id: string }[] = await uow.run(world.tenantId, (m) =>
            m.query(
              `insert into indicators.imports (tenant_id, file_name, content_gzip) values ($1, 'bench.csv', $2) returning id`,
              [world.tenantId, file],
            ),
          );
          const started = performance.now();
          await job({
            id: randomUUID(),
            type: IMPORT_JOB,
            tenantId: world.tenantId,
            payload: { importId: row!.id },
          });
          const seconds = (performance.now() - started) / 1000;
          const [{ status }]: { status: string }[] = await world.owner.query(
            `select status from indicators.imports where id = $1`,
            [row!.id],
          );
          if (status !== 'succeeded') throw new Error(`The bench import ended ${status}.`);
          return { rowsPerSecond: IMPORT_ROWS / seconds };
        },
      },
      b: {
        label: 'COPY into a staging table',
        async measure() {
          await world.owner.query(`truncate public.bench_staging`);
          const started = performance.now();
          await world.owner.query(
            `copy public.bench_staging from '${path}' with (format csv, header true, delimiter ';')`,
          );
          return { rowsPerSecond: IMPORT_ROWS / ((performance.now() - started) / 1000) };
        },
      },
      async teardown() {
        unlinkSync(path);
        await world.close();
      },
    };
  },
};

export const indicatorRecomputeCase: BenchCase = {
  name: 'indicator-recompute',
  summary: `recomputing every computed indicator of a tenant following all 730 over ${YEARS} years, against writing the same rows with one plain INSERT … SELECT`,
  ratioName: 'recompute/insert',
  metrics: [{ key: 'rowsPerSecond', label: 'rows/s', unit: 'rows/s' }],
  rounds: 5,
  async prepare(): Promise<PreparedCase> {
    const world = await prepareWorld();
    const { UnitOfWork } = await import('@alliance/platform');
    const { recomputeIndicatorsJob, RECOMPUTE_JOB } = await import('@alliance/indicators');
    const uow = new UnitOfWork(world.runtime);
    await uow.run(world.tenantId, (m) =>
      m.query(
        `insert into indicators.value_series (tenant_id, indicator_code, kind, years, vals)
         select $1, code, 'observed', array_agg(1995 + y order by y), array_agg(100 + y order by y)
           from unnest($2::text[]) as code, generate_series(0, $3 - 1) as y group by code`,
        [world.tenantId, world.leafCodes, YEARS],
      ),
    );
    const job = recomputeIndicatorsJob(uow);
    let written = 0;
    return {
      notes: [`${world.leafCodes.length} entered indicators × ${YEARS} years as inputs`],
      a: {
        label: 'indicators.recompute job (every computed indicator)',
        async measure() {
          await world.owner.query(
            `delete from indicators.value_series where indicator_code in (select code from indicators.catalogue where formula is not null)`,
          );
          const started = performance.now();
          await job({
            id: randomUUID(),
            type: RECOMPUTE_JOB,
            tenantId: world.tenantId,
            payload: { codes: [], years: null },
          });
          const seconds = (performance.now() - started) / 1000;
          const [{ count }]: { count: string }[] = await world.owner.query(
            `select count(*) from indicators.indicator_values where computed`,
          );
          written = Number(count);
          return { rowsPerSecond: written / seconds };
        },
      },
      b: {
        label: 'one INSERT … SELECT of as many rows',
        async measure() {
          await world.owner.query(`drop table if exists public.bench_written`);
          await world.owner.query(
            `create unlogged table public.bench_written (id uuid, tenant_id uuid, indicator_code text, year int,
               kind text, sector text, value numeric, computed boolean, created_at timestamptz, updated_at timestamptz)`,
          );
          const rows = written || 2_000;
          const started = performance.now();
          await world.owner.query(
            `insert into public.bench_written (id, tenant_id, indicator_code, year, kind, sector, value, computed, created_at, updated_at)
             select gen_random_uuid(), $1, 'code_' || (i % 80), 1995 + (i % 30), 'observed', '', i, true, now(), now()
               from generate_series(1, $2) as i`,
            [world.tenantId, rows],
          );
          return { rowsPerSecond: rows / ((performance.now() - started) / 1000) };
        },
      },
      async teardown() {
        await world.close();
      },
    };
  },
};
