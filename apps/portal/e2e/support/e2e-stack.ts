// Where the end-to-end stack runs, shared by the e2e global setup, teardown and the browser tests.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface E2eStack {
  /** The gateway's origin, e.g. http://localhost:4100. */
  url: string;
  /** The folder where e-mails are written as JSON files. */
  mailboxDir: string;
  /** Process group of `node scripts/start.mjs`; absent when the tests use a stack started elsewhere. */
  pid?: number;
  /** Temporary folders to remove after the run. */
  tempDirs: string[];
}

export const E2E_PORT = 4100;
/** Several checkouts on one machine each set their own, as with `JEST_DB_SUFFIX` for integration. */
export const E2E_DATABASE = process.env.ALLIANCE_E2E_DATABASE ?? 'alliance_e2e';
export const E2E_STATE_FILE = join(tmpdir(), `${E2E_DATABASE}-stack.json`);

/** The stack the tests run against: from the environment (set by the global setup), else its state file. */
export function e2eStack(): E2eStack {
  const url = process.env.ALLIANCE_E2E_URL;
  const mailboxDir = process.env.ALLIANCE_E2E_MAILBOX;
  if (url && mailboxDir) return { url, mailboxDir, tempDirs: [] };
  if (existsSync(E2E_STATE_FILE)) return JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as E2eStack;
  throw new Error(
    'No end-to-end stack: run the e2e Jest project (its global setup starts one), or set ALLIANCE_E2E_URL and ALLIANCE_E2E_MAILBOX.',
  );
}
