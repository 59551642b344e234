import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '@alliance/platform';

const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Counts failed logins per account and per client address. Failures are written on their own
 * connection, outside the request's transaction, because the failed login rolls that one back.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async check(email: string, address: string | undefined): Promise<void> {
    const keys = [`account:${email}`, ...(address ? [`address:${address}`] : [])];
    const rows: { key: string; failures: string }[] = await this.dataSource.query(
      `select key, count(*) as failures from identity.login_failures
        where key = any($1) and at > now() - make_interval(mins => $2) group by key`,
      [keys, WINDOW_MINUTES],
    );
    for (const row of rows) {
      const limit = row.key.startsWith('account:') ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
      if (Number(row.failures) >= limit) {
        throw new DomainError(
          ErrorCode.TooManyRequests,
          `Trop de tentatives de connexion : réessayez dans ${WINDOW_MINUTES} minutes ou réinitialisez votre mot de passe.`,
        );
      }
    }
  }

  async recordFailure(email: string, address: string | undefined): Promise<void> {
    const keys = [`account:${email}`, ...(address ? [`address:${address}`] : [])];
    await this.dataSource.query(`insert into identity.login_failures (key) select unnest($1::text[])`, [
      keys,
    ]);
  }

  async clear(email: string): Promise<void> {
    await this.dataSource.query(`delete from identity.login_failures where key = $1`, [`account:${email}`]);
  }
}
