import { useEffect, useRef, useState } from 'react';

/** Imports of a few thousand rows take a second or two: poll twice a second. */
const POLL_MS = 500;

/**
 * A background job the page started (an import), read again every half second until it finishes, so that
 * the page can show its progress and then its report. A failed read stops the polling with its message.
 */
export function usePolledJob<J extends { id: string }>(
  read: (id: string, signal: AbortSignal) => Promise<J>,
  isFinished: (job: J) => boolean,
  describeError: (error: unknown) => string | undefined,
) {
  const [job, setJob] = useState<J>();
  const [failure, setFailure] = useState<string>();
  // The callbacks change identity on every render; the polling only needs their latest version.
  const latest = useRef({ read, describeError });
  latest.current = { read, describeError };
  const finished = job !== undefined && isFinished(job);

  useEffect(() => {
    if (!job || finished) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        void latest.current.read(job.id, controller.signal).then(setJob, (error: unknown) => {
          if (!controller.signal.aborted) setFailure(latest.current.describeError(error));
        }),
      POLL_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [job, finished]);

  /** Forgets the previous job and its failure, before starting another. */
  function reset() {
    setJob(undefined);
    setFailure(undefined);
  }

  return { job, setJob, failure, finished, reset };
}
