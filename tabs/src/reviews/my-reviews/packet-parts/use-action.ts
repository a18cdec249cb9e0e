import { useCallback, useRef, useState } from 'react';
import { describeReviewError } from './describe-review-error.js';

export interface Action {
  readonly busy: boolean;
  readonly error: string | null;
  /** Runs one write; a second click while it runs is ignored. Resolves to the result, or undefined on failure. */
  run<T>(write: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
}

/** One write at a time with its failure in plain words: the state every review form shares. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const run = useCallback(async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await write();
    } catch (e) {
      setError(describeReviewError(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
