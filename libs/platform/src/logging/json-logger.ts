import type { LoggerService } from '@nestjs/common';
import { RequestContext } from '../tenancy/request-context';

type Level = 'error' | 'warn' | 'info' | 'debug' | 'verbose' | 'fatal';

/** One JSON object a line, with the tenant and user of the current context when there is one. */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly quiet = process.env.ALLIANCE_LOG_LEVEL === 'silent',
  ) {}

  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string) {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    if (process.env.ALLIANCE_LOG_LEVEL === 'debug') this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    if (process.env.ALLIANCE_LOG_LEVEL === 'debug') this.write('verbose', message, context);
  }
  fatal(message: unknown, context?: string) {
    this.write('fatal', message, context);
  }

  private write(level: Level, message: unknown, context?: string, trace?: string) {
    if (this.quiet && level !== 'error' && level !== 'fatal') return;
    const state = RequestContext.current();
    const line = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      context,
      tenantId: state?.tenantId,
      userId: state?.claims?.userId,
      message: message instanceof Error ? message.message : message,
      trace,
    };
    (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(
      `${JSON.stringify(line)}\n`,
    );
  }
}
