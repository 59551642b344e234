import type { DataSource } from 'typeorm';
import { createDataSource, type AllianceConfig, runMigrations } from '@alliance/platform';
import { DEMO_TENANTS, seedDemo } from '@alliance/identity';
import { seedConfigurationTemplates, seedFoundingConfigurations } from '@alliance/territory';
import { seedAssessment, seedAssessmentDemo } from '@alliance/assessment';
import { seedIndicatorObjectives } from '@alliance/indicators';
import { seedCommunityDemo, seedFoundingCommunities } from '@alliance/community';
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
      await seedFoundingCommunities(dataSource, Object.fromEntries(founding.map((t) => [t.slug, t.id])));
      const grandPoitiers = founding.find((t) => t.slug === 'grand-poitiers');
      if (config.nodeEnv !== 'production' && grandPoitiers) {
        const people = await demoUsers(dataSource, [
          'member@grand-poitiers.demo',
          'animator@grand-poitiers.demo',
        ]);
        const [memberUserId] = people;
        if (people.length === 2 && memberUserId) {
          await seedCommunityDemo(dataSource, grandPoitiers.id, memberUserId);
          await seedAssessmentDemo(dataSource, grandPoitiers.id, {
            memberUserId: people[0],
            animatorUserId: people[1],
          });
        }
      }
      await seedIndicatorObjectives(dataSource, founding);
    } finally {
      await dataSource.destroy();
    }
  }
  return ran;
}

/** Ids of demo accounts, in the order asked; missing ones are left out. */
async function demoUsers(dataSource: DataSource, emails: string[]): Promise<string[]> {
  const rows: { id: string; email: string }[] = await dataSource.query(
    `select id, email from identity.users where email = any($1)`,
    [emails],
  );
  return emails.flatMap((email) => rows.filter((r) => r.email === email).map((r) => r.id));
}
