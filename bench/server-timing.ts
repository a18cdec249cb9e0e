import type { CosmosCallKind } from '../src/store/cosmos/cosmos-metrics.js';

/** What Tandem reports in its Server-Timing header (TANDEM_EXPOSE_TIMINGS=true). */
export interface ServerTiming {
  /** Summed duration of the Cosmos calls (parallel calls add up). */
  readonly cosmosMs: number;
  /** Our own time: total minus the Cosmos calls. */
  readonly appMs: number;
  readonly totalMs: number;
  /** One entry per Cosmos round trip, in completion order. */
  readonly calls: readonly CosmosCallKind[];
}

interface Metric {
  readonly dur?: number;
  readonly desc?: string;
}

/** Splits a Server-Timing value into metrics; commas and semicolons inside quotes are kept. */
function parseMetrics(header: string): Map<string, Metric> {
  const metrics = new Map<string, Metric>();
  for (const entry of header.match(/(?:[^,"]|"(?:[^"\\]|\\.)*")+/g) ?? []) {
    const [name, ...params] = entry.match(/(?:[^;"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
    if (!name) continue;
    const metric: { dur?: number; desc?: string } = {};
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq < 0) continue;
      const key = param.slice(0, eq).trim();
      const raw = param.slice(eq + 1).trim();
      const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
      if (key === 'dur') metric.dur = Number(value);
      if (key === 'desc') metric.desc = value;
    }
    metrics.set(name.trim(), metric);
  }
  return metrics;
}

/** Parses `cosmos;dur=..;desc="<n> <kind> ...", app;dur=.., total;dur=..`; null when absent or malformed. */
export function parseServerTiming(header: string | null): ServerTiming | null {
  if (!header) return null;
  const metrics = parseMetrics(header);
  const cosmos = metrics.get('cosmos');
  const app = metrics.get('app');
  const total = metrics.get('total');
  if (cosmos?.dur === undefined || app?.dur === undefined || total?.dur === undefined) return null;
  const [count, ...kinds] = (cosmos.desc ?? '0').trim().split(/\s+/);
  const calls = kinds.filter((k) => k.length > 0) as CosmosCallKind[];
  if (Number(count) !== calls.length) return null;
  return { cosmosMs: cosmos.dur, appMs: app.dur, totalMs: total.dur, calls };
}
