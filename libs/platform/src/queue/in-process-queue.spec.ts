import { InProcessQueue } from './in-process-queue';
import type { JobEnvelope, JobHandler } from './job';

const job = (id: string): JobEnvelope => ({ id, type: 'demo', tenantId: 't1', payload: {} });

describe('in-process queue', () => {
  it('keeps jobs enqueued before the handlers are known, and runs them', async () => {
    const seen: string[] = [];
    const queue = new InProcessQueue();
    await queue.enqueue(job('a'));
    await queue.consume(new Map<string, JobHandler>([['demo', async (j) => void seen.push(j.id)]]));
    await queue.drain();
    expect(seen).toEqual(['a']);
  });

  it('retries a failing job, then reports it', async () => {
    let attempts = 0;
    const failures: string[] = [];
    const queue = new InProcessQueue(2, (j) => failures.push(j.id));
    await queue.consume(
      new Map<string, JobHandler>([
        [
          'demo',
          async () => {
            attempts++;
            throw new Error('boom');
          },
        ],
      ]),
    );
    await queue.enqueue(job('b'));
    await queue.drain();
    expect(attempts).toBe(2);
    expect(failures).toEqual(['b']);
  });
});
