import type { CosmosCallKind } from '../src/store/cosmos/cosmos-metrics.js';
import { CosmosWireCounter, type WireCounts } from './cosmos-wire-counter.js';
import { checkInValue, type World } from './okr-world-generator.js';
import { parseServerTiming } from './server-timing.js';
import { summarize, type Summary } from './stats.js';
import type { StoreProbe } from './store-probe.js';

export const REQUEST_KINDS = ['team-board', 'my-okrs', 'company-tree', 'check-in'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const KIND_LABELS: Record<RequestKind, string> = {
  'team-board': 'team board',
  'my-okrs': 'my OKRs',
  'company-tree': 'company tree',
  'check-in': 'create check-in',
};

/** The API's default page size: a board shows at most this many objectives per request. */
const PAGE_LIMIT = 100;

export interface SamplePlan {
  readonly warmup: number;
  /** Stop after this many samples... */
  readonly maxSamples: number;
  /** ...or once this much time has passed, but never before minSamples. */
  readonly timeBudgetMs: number;
  readonly minSamples: number;
}

export interface KindResult {
  readonly world: string;
  readonly kind: RequestKind;
  readonly example: string;
  readonly samples: number;
  readonly e2eMs: Summary;
  /** Our own time inside the server as Server-Timing reports it (`app`; too low when calls overlap). */
  readonly appMs: Summary;
  /** Our own time inside the server: Server-Timing total minus the wall-clock time in store calls. */
  readonly ownMs: Summary;
  readonly cosmosMs: Summary;
  /** End to end minus Cosmos: our time plus HTTP, response serialization and the client's read. */
  readonly outsideCosmosMs: Summary;
  readonly roundTrips: { readonly min: number; readonly max: number };
  /** Distinct call patterns ("point-read×2 write×2") and how many requests had each. */
  readonly patterns: Readonly<Record<string, number>>;
  readonly callKinds: readonly CosmosCallKind[];
  /** HTTP requests the local Cosmos server received per API request. */
  readonly wire: { readonly min: number; readonly max: number; readonly mean: WireCounts };
  readonly errors: number;
  readonly firstError: string | null;
}

interface PlannedRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly actor: string;
  readonly body?: unknown;
  /** Null when the response is what the generated world says it must be; else why not. */
  readonly verify: (status: number, body: any) => string | null;
}

function random(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state * 1103515245 + 12345) | 0;
    return ((state >>> 8) & 0xffffff) / 0x1000000;
  };
}

const expectPage = (expectedTotal: number) => (status: number, body: any): string | null => {
  if (status !== 200) return `status ${status}: ${JSON.stringify(body).slice(0, 200)}`;
  const expected = Math.min(PAGE_LIMIT, expectedTotal);
  if (!Array.isArray(body?.items) || body.items.length !== expected) return `expected ${expected} objectives, got ${body?.items?.length}`;
  if ((expectedTotal > PAGE_LIMIT) !== (typeof body.continuationToken === 'string')) return 'continuation token does not match the page';
  return null;
};

/** Builds the i-th request of a kind, varying the team, person or key result. */
function planner(world: World, kind: RequestKind, rand: () => number): () => PlannedRequest {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const base = `/api/v1/cycles/${world.cycleId}`;
  switch (kind) {
    case 'team-board':
      return () => {
        const team = pick(world.teams);
        return { method: 'GET', path: `${base}/objectives?team=${team.id}`, actor: pick(world.members.get(team.id)!), verify: expectPage(world.boardSize.get(team.id) ?? 0) };
      };
    case 'my-okrs':
      return () => {
        const person = pick(world.people);
        return { method: 'GET', path: `${base}/objectives?participant=me`, actor: person.id, verify: expectPage(world.participantSize.get(person.id) ?? 0) };
      };
    case 'company-tree':
      return () => ({
        method: 'GET',
        path: `${base}/tree?levels=company,team`,
        actor: pick(world.people).id,
        verify: (status, body) =>
          status !== 200 ? `status ${status}` : body?.objectiveCount !== world.treeSize ? `expected ${world.treeSize} objectives in the tree, got ${body?.objectiveCount}` : null,
      });
    case 'check-in':
      return () => {
        const kr = pick(world.activeKeyResults);
        return {
          method: 'POST',
          path: `/api/v1/key-results/${kr.id}/check-ins`,
          actor: kr.ownerId,
          body: { value: checkInValue(kr.spec, rand), confidence: 7 },
          verify: (status, body) => (status === 201 && body?.created === true ? null : `status ${status}: ${JSON.stringify(body).slice(0, 200)}`),
        };
      };
  }
}

export interface Probes {
  readonly wire: CosmosWireCounter;
  readonly store: StoreProbe;
}

interface Sample {
  readonly e2eMs: number;
  readonly appMs: number;
  readonly ownMs: number;
  readonly cosmosMs: number;
  readonly calls: readonly CosmosCallKind[];
  readonly wire: WireCounts;
  readonly error: string | null;
}

async function send(url: string, request: PlannedRequest, { wire, store }: Probes): Promise<Sample> {
  const headers: Record<string, string> = { 'x-tandem-user': request.actor };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const before = wire.snapshot();
  store.take();
  const started = performance.now();
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers,
    ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
  });
  const text = await response.text();
  const e2eMs = performance.now() - started;
  const wireCounts = CosmosWireCounter.diff(wire.snapshot(), before);
  const storeMs = store.take();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Keep the text for the error message.
  }
  const timing = parseServerTiming(response.headers.get('server-timing'));
  const error = timing ? request.verify(response.status, body) : `no Server-Timing header (status ${response.status}); is TANDEM_EXPOSE_TIMINGS on?`;
  return { e2eMs, appMs: timing?.appMs ?? Number.NaN, ownMs: timing ? Math.max(0, timing.totalMs - storeMs) : Number.NaN, cosmosMs: timing?.cosmosMs ?? Number.NaN, calls: timing?.calls ?? [], wire: wireCounts, error };
}

const patternOf = (calls: readonly CosmosCallKind[]): string => {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `${kind}×${n}`).join(' ') || '(none)';
};

function aggregate(world: World, kind: RequestKind, example: string, samples: readonly Sample[]): KindResult {
  const pick = (f: (s: Sample) => number) => samples.map(f);
  const trips = pick((s) => s.calls.length);
  const wireTotals = pick((s) => CosmosWireCounter.total(s.wire));
  const mean = (f: (w: WireCounts) => number) => samples.reduce((sum, s) => sum + f(s.wire), 0) / Math.max(1, samples.length);
  const patterns: Record<string, number> = {};
  for (const s of samples) {
    const pattern = patternOf(s.calls);
    patterns[pattern] = (patterns[pattern] ?? 0) + 1;
  }
  const errors = samples.filter((s) => s.error !== null);
  return {
    world: world.spec.name,
    kind,
    example,
    samples: samples.length,
    e2eMs: summarize(pick((s) => s.e2eMs)),
    appMs: summarize(pick((s) => s.appMs)),
    ownMs: summarize(pick((s) => s.ownMs)),
    cosmosMs: summarize(pick((s) => s.cosmosMs)),
    outsideCosmosMs: summarize(pick((s) => s.e2eMs - s.cosmosMs)),
    roundTrips: { min: Math.min(...trips), max: Math.max(...trips) },
    patterns,
    callKinds: [...new Set(samples.flatMap((s) => s.calls))].sort(),
    wire: {
      min: Math.min(...wireTotals),
      max: Math.max(...wireTotals),
      mean: { plan: mean((w) => w.plan), query: mean((w) => w.query), read: mean((w) => w.read), write: mean((w) => w.write) },
    },
    errors: errors.length,
    firstError: errors[0]?.error ?? null,
  };
}

/** Warms up, then sends sequential requests of one kind and summarizes them. */
export async function benchKind(url: string, world: World, kind: RequestKind, plan: SamplePlan, probes: Probes): Promise<KindResult> {
  const next = planner(world, kind, random(world.spec.seed + REQUEST_KINDS.indexOf(kind) + 1));
  for (let i = 0; i < plan.warmup; i++) {
    const warm = await send(url, next(), probes);
    if (warm.error) throw new Error(`${world.spec.name} ${kind} warm-up failed: ${warm.error}`);
  }
  const samples: Sample[] = [];
  const started = performance.now();
  let example = '';
  while (samples.length < plan.maxSamples && (samples.length < plan.minSamples || performance.now() - started < plan.timeBudgetMs)) {
    const request = next();
    example ||= `${request.method} ${request.path}`;
    samples.push(await send(url, request, probes));
  }
  return aggregate(world, kind, example, samples);
}
