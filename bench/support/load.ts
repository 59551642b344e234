import { Agent as ConnectionPool, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface FixedRateOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  requestsPerSecond: number;
  durationMs: number;
  /** A response is counted as failed unless this returns true. */
  isSuccess?(status: number, body: string): boolean;
}

export interface LoadResult {
  latenciesMs: number[];
  failures: number;
  firstFailure?: string;
}

const defaultSuccess = (status: number, body: string) => status === 200 && !body.includes('"errors"');

/**
 * Open-loop load: requests leave on a fixed schedule whether or not earlier ones have answered, as real
 * clients do, so a slow server shows up as latency rather than as a lower request rate.
 */
export async function fixedRateLoad(pool: ConnectionPool, options: FixedRateOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const total = Math.max(1, Math.round((options.requestsPerSecond * options.durationMs) / 1000));
  const intervalMs = 1000 / options.requestsPerSecond;
  const isSuccess = options.isSuccess ?? defaultSuccess;
  const result: LoadResult = { latenciesMs: [], failures: 0 };
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    'content-length': String(Buffer.byteLength(options.body)),
    ...options.headers,
  };

  const one = () =>
    new Promise<void>((resolveOne) => {
      const started = performance.now();
      const fail = (reason: string) => {
        result.failures++;
        result.firstFailure ??= reason;
        resolveOne();
      };
      const req = request(
        {
          agent: pool,
          hostname: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (isSuccess(res.statusCode ?? 0, text)) {
              result.latenciesMs.push(performance.now() - started);
              resolveOne();
            } else {
              fail(`${res.statusCode}: ${text.slice(0, 300)}`);
            }
          });
          res.on('error', (error) => fail(error.message));
        },
      );
      req.on('error', (error) => fail(error.message));
      req.end(options.body);
    });

  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let index = 0; index < total; index++) {
    const due = start + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolveWait) => setTimeout(resolveWait, wait));
    inFlight.push(one());
  }
  await Promise.all(inFlight);
  return result;
}
