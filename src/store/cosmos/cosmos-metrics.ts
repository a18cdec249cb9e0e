import { AsyncLocalStorage } from 'node:async_hooks';

export type CosmosCallKind = 'point-read' | 'single-partition-query' | 'cross-partition-query' | 'write';

export interface CosmosCall {
  readonly kind: CosmosCallKind;
  readonly startedAt: number;
  readonly ms: number;
}

/** The Cosmos round trips of one request, for benchmarks and the Server-Timing header. */
export class CosmosTrace {
  readonly calls: CosmosCall[] = [];
  /** Wall-clock time spent waiting on Cosmos: calls made in parallel count once. */
  get totalMs(): number {
    const spans = this.calls.map((c) => [c.startedAt, c.startedAt + c.ms] as const).sort((a, b) => a[0] - b[0]);
    let total = 0;
    let end = -Infinity;
    for (const [from, to] of spans) {
      if (to <= end) continue;
      total += to - Math.max(from, end);
      end = to;
    }
    return total;
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
    trace.calls.push({ kind, startedAt: started, ms: performance.now() - started });
  }
}
