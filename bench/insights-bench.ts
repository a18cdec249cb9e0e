/**
 * OKR insights benchmark: the analytics endpoints over a generated tenant (5,000 people, 20,000
 * objectives in the full run). Measures the cold path once (the first request builds the cycle's
 * aggregate: the bulk reads plus the build), what another server instance pays once per generation
 * (point reads of the stored chunks plus parsing), a background rebuild, and then the warm
 * endpoints end to end with their Cosmos round trips (Server-Timing). Run from bench/run.ts (on
 * the worlds it generates) or alone: `npx tsx bench/insights-bench.ts [--quick]`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InsightsSnapshots } from '../src/app/insights/insights-snapshots.js';
import { encodeSnapshot } from '../src/domain/okr/insights/snapshot-codec.js';
import { CONTOSO } from '../src/app/demo/demo-org.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startTandem, type RunningTandem } from '../src/server.js';
import { generateWorld, type World, type WorldSpec } from './okr-world-generator.js';
import { parseServerTiming } from './server-timing.js';
import { summarize, type Summary } from './stats.js';

export const INSIGHT_VIEWS = ['participation', 'progress', 'at-risk', 'grades', 'dependencies'] as const;
export type InsightView = (typeof INSIGHT_VIEWS)[number];

export interface InsightsViewResult {
  readonly world: string;
  readonly view: InsightView;
  readonly example: string;
  readonly samples: number;
  readonly e2eMs: Summary;
  /** Server-Timing total: the request inside the server. */
  readonly serverMs: Summary;
  readonly cosmosMs: Summary;
  readonly roundTrips: { readonly min: number; readonly max: number };
  readonly callKinds: readonly string[];
  readonly responseKb: Summary;
  readonly errors: number;
  readonly firstError: string | null;
}

export interface InsightsBenchOutcome {
  readonly world: string;
  readonly people: number;
  readonly objectives: number;
  readonly keyResults: number;
  /** The first request of the cycle: builds the aggregate, stores it, answers. */
  readonly coldRequestMs: number;
  /** A rebuild on its own (what runs in the background when the aggregate is stale). */
  readonly rebuildMs: number;
  /** Another instance's first read: head and chunks by point reads, then parsing and indexing. */
  readonly storedReadMs: number;
  readonly aggregate: { readonly chars: number; readonly chunks: number };
  readonly results: InsightsViewResult[];
}

export interface InsightsBenchOptions {
  /** Warm requests per view. */
  readonly samples: number;
}

interface Planned {
  readonly path: string;
  readonly actor: string;
  readonly verify: (status: number, body: any) => string | null;
}

/** Who asks: the CEO (OKR admin, the whole tenant), VPs (a tenth each), team leads (their team). */
function planner(world: World, view: InsightView): (i: number) => Planned {
  const ceo = world.people[0]!;
  const teamsOf = (p: number) => world.teams.filter((t) => t.leadId === world.people[p]!.id);
  const vps = world.teams.slice(1, 9).map((t) => world.people.findIndex((p) => p.id === t.leadId)).filter((i) => i >= 0);
  const leads = world.teams.slice(9).map((t) => world.people.findIndex((p) => p.id === t.leadId)).filter((i) => i >= 0 && world.people.some((p) => p.managerId === world.people[i]!.id));
  const owners = new Set(world.activeKeyResults.map((kr) => kr.ownerId));
  const activeObjectives = new Set(world.activeKeyResults.map((kr) => kr.id.slice(0, kr.id.lastIndexOf('.kr'))));
  const base = `/api/v1/cycles/${world.cycleId}/insights/${view}`;
  const ok = (status: number, body: any) => (status === 200 ? null : `status ${status}: ${JSON.stringify(body).slice(0, 200)}`);
  return (i) => {
    const kind = i % 4;
    if (kind === 0) {
      // The heaviest: the whole tenant, checked against the generated world.
      const verify = (status: number, body: any): string | null => {
        const bad = ok(status, body);
        if (bad) return bad;
        if (body.scope?.people !== world.people.length) return `scope of ${body.scope?.people} people, expected ${world.people.length}`;
        if (view === 'participation' && body.weeks.some((w: any) => w.owners !== owners.size)) return `owners ${body.weeks[0]?.owners}, expected ${owners.size}`;
        if (view === 'progress' && body.progress.count !== activeObjectives.size) return `progress over ${body.progress.count} objectives, expected ${activeObjectives.size}`;
        return null;
      };
      return { path: base, actor: ceo.id, verify };
    }
    if (kind === 1) {
      const vp = vps[i % vps.length]!;
      return { path: base, actor: world.people[vp]!.id, verify: ok };
    }
    const lead = leads[(i * 7919) % leads.length]!;
    const team = teamsOf(lead)[0];
    // Every other lead request narrows to the lead's team.
    return { path: kind === 3 && team ? `${base}?team=${team.id}` : base, actor: world.people[lead]!.id, verify: ok };
  };
}

async function send(url: string, planned: Planned) {
  const started = performance.now();
  const response = await fetch(`${url}${planned.path}`, { headers: { 'x-tandem-user': planned.actor } });
  const text = await response.text();
  const e2eMs = performance.now() - started;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  const timing = parseServerTiming(response.headers.get('server-timing'));
  return { e2eMs, timing, kb: text.length / 1024, error: timing ? planned.verify(response.status, body) : `no Server-Timing (status ${response.status})` };
}

/** Measures the insights endpoints on a running Tandem holding a generated world. */
export async function benchInsights(tandem: RunningTandem, world: World, options: InsightsBenchOptions): Promise<InsightsBenchOutcome> {
  const tenantId = world.spec.tenantId;
  const cycle = (await tandem.okr.goals.getCycle(tenantId, world.cycleId))!.value;
  const participation = planner(world, 'participation');

  // Cold: the first request builds the aggregate.
  const cold = await send(tandem.url, participation(0));
  if (cold.error) throw new Error(`insights cold request failed: ${cold.error}`);

  // A rebuild on its own, and another instance's first read of what is stored.
  const other = new InsightsSnapshots(tandem.okr);
  let started = performance.now();
  await other.rebuild(tenantId, cycle);
  const rebuildMs = performance.now() - started;
  const head = await new InsightsSnapshots(tandem.okr).readHead(tenantId, world.cycleId);
  const reader = new InsightsSnapshots(tandem.okr);
  started = performance.now();
  const loaded = await reader.load(tenantId, cycle, await reader.readHead(tenantId, world.cycleId));
  const storedReadMs = performance.now() - started;

  const results: InsightsViewResult[] = [];
  for (const view of INSIGHT_VIEWS) {
    const next = planner(world, view);
    for (let i = 0; i < 4; i++) await send(tandem.url, next(i)); // warm-up: one of each kind
    const samples: Awaited<ReturnType<typeof send>>[] = [];
    for (let i = 0; i < options.samples; i++) samples.push(await send(tandem.url, next(i)));
    const calls = samples.map((s) => s.timing?.calls ?? []);
    const errors = samples.filter((s) => s.error !== null);
    results.push({
      world: world.spec.name,
      view,
      example: next(0).path,
      samples: samples.length,
      e2eMs: summarize(samples.map((s) => s.e2eMs)),
      serverMs: summarize(samples.map((s) => s.timing?.totalMs ?? Number.NaN)),
      cosmosMs: summarize(samples.map((s) => s.timing?.cosmosMs ?? Number.NaN)),
      roundTrips: { min: Math.min(...calls.map((c) => c.length)), max: Math.max(...calls.map((c) => c.length)) },
      callKinds: [...new Set(calls.flat())].sort(),
      responseKb: summarize(samples.map((s) => s.kb)),
      errors: errors.length,
      firstError: errors[0]?.error ?? null,
    });
  }
  return {
    world: world.spec.name,
    people: world.counts.people,
    objectives: world.counts.objectives.company + world.counts.objectives.team + world.counts.objectives.individual,
    keyResults: world.counts.keyResults,
    coldRequestMs: cold.e2eMs,
    rebuildMs,
    storedReadMs,
    aggregate: { chars: JSON.stringify(encodeSnapshot(loaded.snapshot)).length, chunks: head?.chunks ?? 0 },
    results,
  };
}

const f = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '-');

/** The figures as a table, plus the one-off costs of each world. */
export function formatInsights(outcomes: readonly InsightsBenchOutcome[]): string {
  const header = ['world', 'endpoint', 'n', 'e2e p50', 'e2e p95', 'e2e max', 'server p95', 'cosmos p95', 'round trips', 'kinds', 'KB p50'];
  const rows = outcomes.flatMap((o) =>
    o.results.map((r) => [r.world, r.view, String(r.samples), f(r.e2eMs.p50), f(r.e2eMs.p95), f(r.e2eMs.max), f(r.serverMs.p95), f(r.cosmosMs.p95), r.roundTrips.min === r.roundTrips.max ? String(r.roundTrips.min) : `${r.roundTrips.min}-${r.roundTrips.max}`, r.callKinds.join(','), f(r.responseKb.p50)]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 || i === 9 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const once = outcomes.map(
    (o) =>
      `  ${o.world}: ${o.people} people, ${o.objectives} objectives, ${o.keyResults} key results; aggregate ${(o.aggregate.chars / 1024 / 1024).toFixed(2)} MB in ${o.aggregate.chunks || 'no'} chunk(s) ` +
      `(inline in the head when small). Cold first request ${(o.coldRequestMs / 1000).toFixed(1)} s, rebuild ${(o.rebuildMs / 1000).toFixed(1)} s, ` +
      `another instance's first read ${f(o.storedReadMs)} ms.`,
  );
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    'Times in ms; warm requests as the CEO (whole tenant), VPs (about a tenth each) and team leads (with and without ?team=).',
    'One-off costs (not in the percentiles):',
    ...once,
  ].join('\n');
}

// ---- standalone --------------------------------------------------------------------------------

const LARGE_SPEC: WorldSpec = { name: 'large', tenantId: CONTOSO.tenantId, people: 5000, teamSize: 10, objectives: 20_000, companyObjectives: 5, teamObjectivesPerTeam: 3, checkInEvery: 100, seed: 20_000 };
const SMALL_SPEC: WorldSpec = { name: 'small', tenantId: CONTOSO.tenantId, people: 150, teamSize: 10, objectives: 500, companyObjectives: 5, teamObjectivesPerTeam: 3, checkInEvery: 20, seed: 500 };

async function standalone(): Promise<void> {
  const { INSIGHTS_P95_MS, checkInsightsBudgets } = await import('./budgets.js');
  const quick = process.argv.includes('--quick');
  const specs = quick ? [SMALL_SPEC] : [SMALL_SPEC, LARGE_SPEC];
  const outcomes: InsightsBenchOutcome[] = [];
  for (const spec of specs) {
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-insights-bench-'));
    const config = loadConfig({ TANDEM_MODE: 'local', PORT: '0', TANDEM_DATA_DIR: dataDir, TANDEM_PERSIST: 'false', TANDEM_SEED: 'false', TANDEM_EXPOSE_TIMINGS: 'true', LOG_LEVEL: 'silent', NOTIFICATIONS_ENABLED: 'false' });
    const tandem = await startTandem(config, { logger: createLogger('silent') });
    try {
      console.log(`Generating world "${spec.name}"...`);
      const world = await generateWorld(tandem.okr, spec, tandem.okr.clock.now());
      console.log(`  measuring insights on "${spec.name}"...`);
      outcomes.push(await benchInsights(tandem, world, { samples: 100 }));
    } finally {
      await tandem.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log(`\nInsights (Node ${process.version}, ${cpus().length} cores):\n${formatInsights(outcomes)}\n`);
  const budgets = checkInsightsBudgets(outcomes);
  console.log(budgets.map((b) => `${b.pass ? 'PASS' : 'FAIL'}  [${b.world}] ${b.budget}: ${b.measured}`).join('\n'));
  console.log(`(budget: e2e p95 <= ${INSIGHTS_P95_MS} ms per endpoint)`);
  await mkdir('bench-output', { recursive: true });
  await writeFile(join('bench-output', 'insights.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, outcomes, budgets }, null, 2)}\n`);
  console.log('Wrote bench-output/insights.json');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  standalone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
