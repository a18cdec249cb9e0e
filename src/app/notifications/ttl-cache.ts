/** Loads a value at most once per `ttlMs` per key (on the injected time); concurrent callers share one load. */
export class TtlCache {
  private readonly entries = new Map<string, { readonly until: number; readonly value: Promise<unknown> }>();

  constructor(private readonly ttlMs: number) {}

  get<T>(key: string, nowMs: number, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > nowMs) return entry.value as Promise<T>;
    const value = load();
    this.entries.set(key, { until: nowMs + this.ttlMs, value });
    // A failed load is not kept: the next caller tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
