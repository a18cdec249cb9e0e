import { useCallback, useEffect, useRef, useState } from 'react';

export interface RefreshingLoad<T> {
  /** The last value loaded; kept on screen while a refresh runs, so edits do not flash a skeleton. */
  readonly value: T | null;
  readonly error: unknown;
  readonly loading: boolean;
  readonly refresh: () => Promise<void>;
}

/** Loads when the dependencies change and on refresh(); answers to superseded loads are dropped. */
export function useRefreshingLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): RefreshingLoad<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (clear: boolean) => {
    const ticket = ++latest.current;
    setLoading(true);
    if (clear) setValue(null);
    try {
      const next = await loadRef.current();
      if (ticket === latest.current) {
        setValue(next);
        setError(null);
      }
    } catch (e) {
      if (ticket === latest.current) setError(e);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void run(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return { value, error, loading, refresh: useCallback(() => run(false), [run]) };
}
