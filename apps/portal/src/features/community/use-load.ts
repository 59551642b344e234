import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; data: T };

/** Loads one thing on mount (and when `key` changes); `set` replaces it after a mutation returns it. */
export function useLoad<T>(key: string, fetch: (signal: AbortSignal) => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    fetchRef.current(controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [key, reloads]);

  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { state, set, reload };
}
