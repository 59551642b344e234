import { useCallback, useEffect, useState } from 'react';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';

export type Load = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready' };

/** A configuration list read whole (these lists are bounded), plus one action at a time with its news. */
export function useSection<T>(fetch: (signal?: AbortSignal) => Promise<T[]>) {
  const { t } = useI18n();
  const [items, setItems] = useState<T[]>([]);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [news, setNews] = useState<string>();
  const [busy, setBusy] = useState(false);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      setLoad({ status: 'loading' });
      try {
        setItems(await fetch(signal));
        setLoad({ status: 'ready' });
      } catch (error) {
        if (!signal?.aborted) setLoad({ status: 'failed', error });
      }
    },
    [fetch],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  const act = useCallback(
    async (action: () => Promise<string>) => {
      setBusy(true);
      setNews(undefined);
      try {
        setNews(await action());
      } catch (error) {
        setNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  return { items, setItems, load, reload, news, setNews, busy, act };
}
