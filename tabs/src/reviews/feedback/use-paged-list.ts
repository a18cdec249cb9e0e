import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../../app-context.js';

export type PagedList<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly state: 'ready'; readonly items: readonly T[]; readonly more: (() => void) | null; readonly loadingMore: boolean; readonly moreError: unknown };

const PAGE = 20;

/** A list the API pages with continuation tokens: the first page, then more on demand; reloads on changes. */
export function usePagedList<T>(path: string): PagedList<T> {
  const app = useApp();
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | undefined>();
  const [state, setState] = useState<'loading' | 'error' | 'ready'>('loading');
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  const fetchPage = useCallback(
    (continuation?: string) => {
      const separator = path.includes('?') ? '&' : '?';
      return app.api.get<{ items: T[]; continuationToken?: string }>(`${path}${separator}limit=${PAGE}${continuation ? `&continuation=${encodeURIComponent(continuation)}` : ''}`);
    },
    [app.api, path],
  );

  useEffect(() => {
    let current = true;
    setState('loading');
    fetchPage().then(
      (page) => {
        if (!current) return;
        setItems(page.items);
        setNext(page.continuationToken);
        setMoreError(null);
        setState('ready');
      },
      (e: unknown) => {
        if (!current) return;
        setError(e);
        setState('error');
      },
    );
    return () => {
      current = false;
    };
  }, [fetchPage, app.version, attempt]);

  const more = useCallback(() => {
    if (!next) return;
    setLoadingMore(true);
    fetchPage(next).then(
      (page) => {
        setItems((before) => [...before, ...page.items]);
        setNext(page.continuationToken);
        setMoreError(null);
        setLoadingMore(false);
      },
      (e: unknown) => {
        setMoreError(e);
        setLoadingMore(false);
      },
    );
  }, [fetchPage, next]);

  if (state === 'loading') return { state };
  if (state === 'error') return { state, error, retry: () => setAttempt((n) => n + 1) };
  return { state, items, more: next ? more : null, loadingMore, moreError };
}
