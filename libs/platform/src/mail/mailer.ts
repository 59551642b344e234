import { mkdir, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'mailbox';
  /** `key` names the message so that sending it twice leaves one message where the transport allows it. */
  send(message: MailMessage, key: string): Promise<void>;
}

/** Without SMTP, each message is one JSON file in a local folder, which the demo shows and tests read. */
export class MailboxMailer implements Mailer {
  readonly kind = 'mailbox' as const;
  constructor(
    private readonly dir: string,
    private readonly delayMs = Number(process.env.MAIL_DELAY_MS ?? 0),
  ) {}

  async send(message: MailMessage, key: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // A slow transport, so that tests can interrupt a worker in the middle of a send.
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const name = `${key.replace(/[^a-zA-Z0-9_-]/g, '_')}.json`;
    const temp = join(this.dir, `.${name}.tmp`);
    await writeFile(temp, JSON.stringify({ ...message, sentAt: new Date().toISOString() }, null, 2));
    await rename(temp, join(this.dir, name));
  }
}

export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(url);
  }

  async send(message: MailMessage, key: string): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message, messageId: `<${key}@alliance>` });
  }
}

export function createMailer(options: { smtpUrl?: string; mailFrom: string; mailboxDir: string }): Mailer {
  return options.smtpUrl
    ? new SmtpMailer(options.smtpUrl, options.mailFrom)
    : new MailboxMailer(options.mailboxDir);
}
