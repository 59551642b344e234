import { Client } from 'pg';
import { loadConfig, PlatformFoundation1763800000000, runMigrations } from '@alliance/platform';
import { recreateDatabase } from '@alliance/testing';
import { indicatorsMigrations } from './index';

const BEFORE_SERIES = indicatorsMigrations.filter((m) => /17638003\d{5}$/.test(m.name));
const TENANT_A = '0a0a0a0a-0000-4000-8000-00000000000a';
const TENANT_B = '0b0b0b0b-0000-4000-8000-00000000000b';
const PERSON = '0c0c0c0c-0000-4000-8000-00000000000c';

/** Values entered before they were stored by series survive the change, each tenant still seeing only its own. */
describe('moving values to series', () => {
  let ownerUrl: string;
  let runtimeUrl: string;
  let owner: Client;

  beforeAll(async () => {
    const shared = new URL(process.env.DATABASE_URL ?? '');
    const server = `${shared.protocol}//${shared.username}${shared.password ? `:${shared.password}` : ''}@${shared.host}`;
    ownerUrl = await recreateDatabase(server, `${decodeURIComponent(shared.pathname.slice(1))}_series`);
    runtimeUrl = loadConfig({ ...process.env, DATABASE_URL: ownerUrl }).runtimeDatabaseUrl;
    await runMigrations(ownerUrl, runtimeUrl, [PlatformFoundation1763800000000, ...BEFORE_SERIES]);
    owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(
      `insert into indicators.indicator_values
         (tenant_id, indicator_code, year, kind, sector, value, computed, missing_reason, source, entered_by)
       values ($1, 'cae_1.c', 2019, 'observed', '', 3210.5, false, null, 'ATMO', $3),
              ($1, 'cae_1.c', 2015, 'observed', '', 3300, false, null, 'OREGES', $3),
              ($1, 'cae_1.c', 2019, 'observed', 'transport', 900, false, null, null, $3),
              ($1, 'cae_1.a', 2019, 'observed', '', null, true, 'valeur manquante : cae_1.k', 'calcul', null),
              ($2, 'cae_1.c', 2019, 'observed', '', 10, false, null, null, null)`,
      [TENANT_A, TENANT_B, PERSON],
    );
  });

  afterAll(async () => {
    await owner.end();
  });

  it('keeps every value with its year, source and author, and each tenant sees only its own', async () => {
    await runMigrations(ownerUrl, runtimeUrl, [PlatformFoundation1763800000000, ...indicatorsMigrations]);
    const { rows } = await owner.query(
      `select tenant_id, indicator_code, year, sector, value::float as value, computed, missing_reason, source,
              entered_by, right(id::text, 4) as id_year
         from indicators.indicator_values order by tenant_id, indicator_code, sector, year`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ tenant_id: TENANT_A, indicator_code: 'cae_1.a', year: 2019, value: null }),
      expect.objectContaining({ indicator_code: 'cae_1.c', year: 2015, value: 3300, source: 'OREGES' }),
      expect.objectContaining({ indicator_code: 'cae_1.c', year: 2019, value: 3210.5, source: 'ATMO' }),
      expect.objectContaining({ indicator_code: 'cae_1.c', year: 2019, sector: 'transport', value: 900 }),
      expect.objectContaining({ tenant_id: TENANT_B, indicator_code: 'cae_1.c', year: 2019, value: 10 }),
    ]);
    expect(rows[0]).toMatchObject({
      computed: true,
      missing_reason: 'valeur manquante : cae_1.k',
      entered_by: null,
    });
    expect(rows[2]).toMatchObject({
      computed: false,
      entered_by: PERSON,
      id_year: (2019).toString(16).padStart(4, '0'),
    });

    const runtime = new Client({ connectionString: runtimeUrl });
    await runtime.connect();
    try {
      await runtime.query('begin');
      await runtime.query(`select set_config('app.tenant_id', $1, true)`, [TENANT_B]);
      const seen = await runtime.query(`select value::float as value from indicators.indicator_values`);
      expect(seen.rows).toEqual([{ value: 10 }]);
      await runtime.query('rollback');
    } finally {
      await runtime.end();
    }
  });
});
