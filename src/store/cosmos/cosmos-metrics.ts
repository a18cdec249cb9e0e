import { AsyncLocalStorage } from 'node:async_hooks';

export type CosmosCallKind = 'point-read' | 'single-partition-query' | 'cross-partition-query' | 'write';

export interface CosmosCall {
  readonly kind: CosmosCallKind;
  readonly ms: number;
}

/** The Cosmos round trips of one request, for benchmarks and the Server-Timing header. */
export class CosmosTrace {
  readonly calls: CosmosCall[] = [];
  get totalMs(): number {
    return this.calls.reduce((sum, c) => sum + c.ms, 0);
  }
}

const current = new AsyncLocalStorage<CosmosTrace>();

export const runWithCosmosTrace = <T>(trace: CosmosTrace, fn: () => T): T => current.run(trace, fn);

/** Times one round trip and records it on the request's trace, when there is one. */
export async function measured<T>(kind: CosmosCallKind, call: () => Promise<T>): Promise<T> {
  const trace = current.getStore();
  if (!trace) return call();
  const started = performance.now();
  try {
    return await call();
  } finally {
    trace.calls.push({ kind, ms: performance.now() - started });
  }
}
