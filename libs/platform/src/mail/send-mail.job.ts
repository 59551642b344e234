import type { DataSource } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { claimEffect } from '../queue/idempotent-effect';
import type { JobHandler } from '../queue/job';
import type { Mailer, MailMessage } from './mailer';

export const SEND_MAIL_JOB = 'mail.send';

export interface SendMailPayload extends Record<string, unknown> {
  /** Unique per message (e.g. `invitation-<id>`): a redelivered job sends nothing more. */
  key: string;
  message: MailMessage;
}

/**
 * Sends inside the transaction that claims the effect: if the worker dies mid-send, nothing was
 * committed, the job comes back and sends again under the same key (one message in the mailbox);
 * once committed, a second delivery finds the key and does nothing.
 */
export function sendMailJob(dataSource: DataSource, mailer: Mailer): JobHandler<SendMailPayload> {
  const uow = new UnitOfWork(dataSource);
  return async (job) => {
    await uow.run(job.tenantId, async (manager) => {
      if (!(await claimEffect(manager, `mail:${job.payload.key}`, SEND_MAIL_JOB, job.tenantId))) return;
      await mailer.send(job.payload.message, job.payload.key);
    });
  };
}
