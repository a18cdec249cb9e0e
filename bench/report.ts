import type { BudgetCheck } from './budgets.js';
import type { KindResult } from './okr-api-bench.js';
import { KIND_LABELS } from './okr-api-bench.js';
import type { World } from './okr-world-generator.js';

const f = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '-');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatWorld(world: World): string {
  const { counts, timings } = world;
  const objectives = counts.objectives.company + counts.objectives.team + counts.objectives.individual;
  return [
    `World "${world.spec.name}": ${counts.people} people, ${counts.teams} teams, ${objectives} objectives ` +
      `(${counts.objectives.company} company, ${counts.objectives.team} team, ${counts.objectives.individual} individual), ` +
      `${counts.keyResults} key results, ${counts.checkIns} check-ins`,
    `  generated in ${(timings.totalMs / 1000).toFixed(1)} s: build ${(timings.buildMs / 1000).toFixed(1)} s, ` +
      `directory ${(timings.directoryMs / 1000).toFixed(1)} s, objectives ${(timings.objectivesMs / 1000).toFixed(1)} s ` +
      `(${Math.round(objectives / (timings.objectivesMs / 1000))}/s), check-ins ${(timings.checkInsMs / 1000).toFixed(1)} s`,
  ].join('\n');
}

/** The figures table: latency in ms, our own time, Cosmos time, round trips and wire requests. */
export function formatResults(results: readonly KindResult[]): string {
  const header = ['world', 'request', 'n', 'e2e p50', 'e2e p95', 'own p50', 'own p95', 'app p95', 'cosmos p50', 'cosmos p95', 'non-cosmos p95', 'round trips', 'http to cosmos'];
  const rows = results.map((r) => [
    r.world,
    KIND_LABELS[r.kind],
    String(r.samples),
    f(r.e2eMs.p50),
    f(r.e2eMs.p95),
    f(r.ownMs.p50),
    f(r.ownMs.p95),
    f(r.appMs.p95),
    f(r.cosmosMs.p50),
    f(r.cosmosMs.p95),
    f(r.outsideCosmosMs.p95),
    r.roundTrips.min === r.roundTrips.max ? String(r.roundTrips.min) : `${r.roundTrips.min}-${r.roundTrips.max}`,
    r.wire.min === r.wire.max ? String(r.wire.min) : `${r.wire.min}-${r.wire.max}`,
  ]);
  const patterns = results.map((r) => {
    const kinds = Object.entries(r.patterns)
      .sort(([, a], [, b]) => b - a)
      .map(([pattern, n]) => `${pattern} (${n})`)
      .join('; ');
    const w = r.wire.mean;
    return `  ${r.world} / ${KIND_LABELS[r.kind]}: ${kinds}\n    http to cosmos per request (mean): ${f(w.plan)} query plan, ${f(w.query)} query, ${f(w.read)} read, ${f(w.write)} write\n    e.g. ${r.example}`;
  });
  return [
    table(header, rows),
    '',
    'Times in ms. own = our time in the server: Server-Timing total minus wall-clock time in store calls.',
    'app = Server-Timing app (total minus the SUM of Cosmos call times: too low when calls run in parallel).',
    'non-cosmos = end to end minus summed Cosmos time (own + HTTP + response serialization + client read).',
    'round trips = Cosmos SDK calls per request (Server-Timing); http to cosmos = requests the local server received.',
    '',
    'Round trip kinds per request (number of requests):',
    ...patterns,
  ].join('\n');
}

export function formatBudgets(checks: readonly BudgetCheck[]): string {
  return checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  [${c.world}] ${c.budget}: ${c.measured}`).join('\n');
}
