/** Waits `ms`; rejects with an AbortError as soon as the signal aborts. Tests pass a virtual one. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const abortError = (): Error => Object.assign(new Error('aborted'), { name: 'AbortError' });

export const isAbortError = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
