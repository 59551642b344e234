import { Client } from 'pg';
import type { MigrationInterface } from 'typeorm';
import { RUNTIME_DATABASE_ROLE } from '../config/config';
import { createDataSource } from './data-source.factory';

type MigrationClass = new () => MigrationInterface;

/** Creates the database named in the URL when it does not exist (connecting to the `postgres` database). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * The runtime role is cluster-wide, so it is made here rather than in a migration: it logs in, owns
 * nothing, and can neither bypass row-level security nor create anything.
 */
export async function ensureRuntimeRole(ownerUrl: string, runtimeUrl: string): Promise<void> {
  const password = decodeURIComponent(new URL(runtimeUrl).password || 'alliance_app');
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [RUNTIME_DATABASE_ROLE]);
    const escaped = password.replace(/'/g, "''");
    if (exists.rowCount === 0) {
      await client.query(
        `create role ${RUNTIME_DATABASE_ROLE} login password '${escaped}' nosuperuser nobypassrls nocreatedb nocreaterole`,
      );
    } else {
      await client.query(
        `alter role ${RUNTIME_DATABASE_ROLE} login password '${escaped}' nosuperuser nobypassrls`,
      );
    }
    const db = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
    await client.query(`grant connect on database "${db.replace(/"/g, '""')}" to ${RUNTIME_DATABASE_ROLE}`);
  } finally {
    await client.end();
  }
}

/** Runs every pending migration as the owner, in timestamp order across all contexts. */
export async function runMigrations(
  ownerUrl: string,
  runtimeUrl: string,
  migrations: MigrationClass[],
): Promise<string[]> {
  await ensureDatabase(ownerUrl);
  await ensureRuntimeRole(ownerUrl, runtimeUrl);
  const sorted = [...migrations].sort((a, b) => timestampOf(a) - timestampOf(b));
  const dataSource = createDataSource(ownerUrl, [], {
    migrations: sorted,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
  });
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations();
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

function timestampOf(migration: MigrationClass): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} must end with a 13-digit timestamp.`);
  return Number(match[1]);
}
