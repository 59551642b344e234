import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export type PagedState<T> =
  | { status: 'loading'; items: T[] }
  | {
      status: 'ready' | 'loadingMore';
      items: T[];
      totalCount: number;
      hasNextPage: boolean;
      endCursor: string | null;
    }
  | { status: 'failed'; items: T[]; error: unknown };

/**
 * A cursor-paginated list: first page on mount (and when `key` changes), "load more" after. `fetchPage`
 * gets the cursor and an abort signal.
 */
export function usePagedList<T>(
  key: string,
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<Page<T>>,
) {
  const [state, setState] = useState<PagedState<T>>({ status: 'loading', items: [] });
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', items: [] });
    fetchRef.current(null, controller.signal).then(
      (page) => setState({ status: 'ready', ...page }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', items: [], error });
      },
    );
    return () => controller.abort();
  }, [key, reloads]);

  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.hasNextPage) return;
    const previous = state;
    setState({ ...previous, status: 'loadingMore' });
    try {
      const page = await fetchRef.current(previous.endCursor, new AbortController().signal);
      setState({ ...page, status: 'ready', items: [...previous.items, ...page.items] });
    } catch (error) {
      setState({ status: 'failed', items: previous.items, error });
    }
  }, [state]);

  /** Applies a local change (an item added, replaced or removed) without reloading. */
  const update = useCallback((change: (items: T[]) => T[], countDelta = 0) => {
    setState((current) =>
      current.status === 'ready' || current.status === 'loadingMore'
        ? { ...current, items: change(current.items), totalCount: current.totalCount + countDelta }
        : current,
    );
  }, []);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return { state, loadMore, update, reload };
}
