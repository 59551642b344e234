import { createDataSource, type AllianceConfig, runMigrations } from '@alliance/platform';
import { DEMO_TENANTS, seedDemo } from '@alliance/identity';
import { seedConfigurationTemplates, seedFoundingConfigurations } from '@alliance/territory';
import { seedAssessment } from '@alliance/assessment';
import { seedIndicatorObjectives } from '@alliance/indicators';
import { allMigrations } from '@alliance/migrations';

/** Brings a database up to date (as the owner) and seeds the founding territories (as the runtime role). */
export async function migrateAndSeed(config: AllianceConfig, options: { seed: boolean }): Promise<string[]> {
  const ran = await runMigrations(config.ownerDatabaseUrl, config.runtimeDatabaseUrl, allMigrations);
  if (options.seed) {
    const dataSource = await createDataSource(config.runtimeDatabaseUrl, []).initialize();
    try {
      await seedDemo(dataSource, { withAccounts: config.nodeEnv !== 'production' });
      // Each founding territory's configuration, from its own seed document.
      const founding: { id: string; slug: string }[] = await dataSource.query(
        `select id, slug from identity.tenants where slug = any($1)`,
        [DEMO_TENANTS.map((t) => t.slug)],
      );
      await seedFoundingConfigurations(dataSource, Object.fromEntries(founding.map((t) => [t.slug, t.id])));
      await seedConfigurationTemplates(dataSource);
      await seedAssessment(dataSource, Object.fromEntries(founding.map((t) => [t.slug, t.id])));
      await seedIndicatorObjectives(dataSource, founding);
    } finally {
      await dataSource.destroy();
    }
  }
  return ran;
}
