import { useCallback, useEffect, useRef, useState } from 'react';
import { describeFailure } from './conversation-format.js';

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

/**
 * Runs an edit, then reloads what the screen shows whatever happened (someone else may have
 * changed it too); a failure becomes a message in the person's words. `run` answers whether it worked.
 */
export function useRefreshingActions(load: Pick<RefreshingLoad<unknown>, 'refresh'>, errors: Parameters<typeof describeFailure>[1]) {
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setFailure(null);
      try {
        await action();
        await load.refresh();
        return true;
      } catch (e) {
        setFailure(describeFailure(e, errors));
        await load.refresh();
        return false;
      }
    },
    [load, errors],
  );
  return { failure, run };
}
