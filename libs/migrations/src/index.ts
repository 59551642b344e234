import { PlatformFoundation1763800000000 } from '@alliance/platform';
import { identityMigrations } from '@alliance/identity';
import { indicatorsMigrations } from '@alliance/indicators';
import { territoryMigrations } from '@alliance/territory';
import { assessmentMigrations } from '@alliance/assessment';
import { communityMigrations } from '@alliance/community';

/** Every context's migrations, run together in timestamp order; a new context adds its list here. */
export const allMigrations = [
  PlatformFoundation1763800000000,
  ...identityMigrations,
  ...territoryMigrations,
  ...assessmentMigrations,
  ...indicatorsMigrations,
  ...communityMigrations,
];
