/**
 * `npm run bench [-- --quick]`: generates OKR tenants on the local Cosmos-compatible server, measures
 * the API's hot requests over HTTP and checks them against the budgets. Prints a table, writes
 * bench-output/okr-api.json, and exits 0 even when a budget fails (it is a report).
 * `--quick` or BENCH_QUICK=1 runs the small world only.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTOSO } from '../src/app/demo/demo-org.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startTandem } from '../src/server.js';
import { checkBudgets } from './budgets.js';
import { CosmosWireCounter } from './cosmos-wire-counter.js';
import { benchKind, KIND_LABELS, REQUEST_KINDS, type KindResult, type RequestKind, type SamplePlan } from './okr-api-bench.js';
import { StoreProbe } from './store-probe.js';
import { generateWorld, type World, type WorldSpec } from './okr-world-generator.js';
import { formatBudgets, formatResults, formatWorld } from './report.js';
import { benchInsights, formatInsights, type InsightsBenchOutcome } from './insights-bench.js';
import { checkInsightsBudgets } from './budgets.js';

interface Suite {
  readonly spec: WorldSpec;
  readonly plans: Record<RequestKind, SamplePlan>;
  /** The end-to-end latency budgets apply to this world. */
  readonly latencyBudgets: boolean;
}

/*
 * Each world runs on its own Tandem and local Cosmos server, so both can use Contoso's tenant id:
 * the dev identity resolves only demo tenants, and Contoso is the one it tries first (no misses).
 */
const SMALL: Suite = {
  spec: { name: 'small', tenantId: CONTOSO.tenantId, people: 150, teamSize: 10, objectives: 500, companyObjectives: 5, teamObjectivesPerTeam: 3, checkInEvery: 20, seed: 500 },
  plans: {
    'team-board': { warmup: 20, minSamples: 200, maxSamples: 200, timeBudgetMs: 60_000 },
    'my-okrs': { warmup: 20, minSamples: 200, maxSamples: 200, timeBudgetMs: 60_000 },
    'company-tree': { warmup: 20, minSamples: 200, maxSamples: 200, timeBudgetMs: 60_000 },
    'check-in': { warmup: 20, minSamples: 200, maxSamples: 200, timeBudgetMs: 60_000 },
  },
  latencyBudgets: true,
};

/*
 * On the local server every query scans the whole container twice (plan, then query), and its scan
 * grows faster than linearly (about 5 s per scan at 20,000 documents here): the query kinds get one
 * warm-up and the minimum 20 samples. "A few" check-ins (1 objective in 100) keep the container lean.
 */
const LARGE: Suite = {
  spec: { name: 'large', tenantId: CONTOSO.tenantId, people: 5000, teamSize: 10, objectives: 20_000, companyObjectives: 5, teamObjectivesPerTeam: 3, checkInEvery: 100, seed: 20_000 },
  plans: {
    'team-board': { warmup: 1, minSamples: 20, maxSamples: 100, timeBudgetMs: 30_000 },
    'my-okrs': { warmup: 1, minSamples: 20, maxSamples: 100, timeBudgetMs: 30_000 },
    'company-tree': { warmup: 1, minSamples: 20, maxSamples: 50, timeBudgetMs: 30_000 },
    'check-in': { warmup: 20, minSamples: 200, maxSamples: 200, timeBudgetMs: 60_000 },
  },
  latencyBudgets: false,
};

const insightsOutcomes: InsightsBenchOutcome[] = [];

interface SuiteOutcome {
  readonly world: World;
  readonly results: KindResult[];
}

async function runSuite(suite: Suite, wire: CosmosWireCounter): Promise<SuiteOutcome> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  const config = loadConfig({
    TANDEM_MODE: 'local',
    PORT: '0',
    TANDEM_DATA_DIR: dataDir,
    TANDEM_PERSIST: 'false',
    TANDEM_SEED: 'false',
    TANDEM_EXPOSE_TIMINGS: 'true',
    LOG_LEVEL: 'silent',
  });
  const tandem = await startTandem(config, { logger: createLogger('silent') });
  try {
    console.log(`\nGenerating world "${suite.spec.name}"...`);
    const world = await generateWorld(tandem.okr, suite.spec, tandem.okr.clock.now());
    console.log(formatWorld(world));
    // The routes and the dev identity hold these same repository objects: time their calls.
    const store = new StoreProbe();
    store.wrap(tandem.okr.goals);
    store.wrap(tandem.okr.directory);
    const results: KindResult[] = [];
    for (const kind of REQUEST_KINDS) {
      const started = performance.now();
      process.stdout.write(`  measuring ${KIND_LABELS[kind]}... `);
      const result = await benchKind(tandem.url, world, kind, suite.plans[kind], { wire, store });
      console.log(`${result.samples} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      results.push(result);
    }
    // OKR insights on the same world (`--no-insights` skips): the cold build once, then the warm endpoints.
    if (!process.argv.includes('--no-insights')) {
      process.stdout.write('  measuring insights... ');
      const started = performance.now();
      insightsOutcomes.push(await benchInsights(tandem, world, { samples: 100 }));
      console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return { world, results };
  } finally {
    await tandem.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const suites = quick ? [SMALL] : [SMALL, LARGE];
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  console.log(`Tandem OKR API benchmark${quick ? ' (quick: small world only)' : ''}: Node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)}`);

  const wire = new CosmosWireCounter();
  const outcomes: SuiteOutcome[] = [];
  try {
    for (const suite of suites) outcomes.push(await runSuite(suite, wire));
  } finally {
    wire.close();
  }

  const results = outcomes.flatMap((o) => o.results);
  const budgets = checkBudgets(results, new Set(suites.filter((s) => s.latencyBudgets).map((s) => s.spec.name)));
  console.log(`\n${formatResults(results)}\n\nBudgets:\n${formatBudgets(budgets)}`);
  const failed = budgets.filter((b) => !b.pass).length;
  const loadAfter = loadavg()[0]!;
  if (Math.max(loadBefore, loadAfter) > cpus().length) {
    console.log(`\nWARNING: the machine was busy (load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, ${cpus().length} cores): latency tails are inflated by other processes.`);
  }
  console.log(`\n${failed === 0 ? 'All budgets PASS' : `${failed} budget line(s) FAIL`}; whole run ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (suites.includes(LARGE)) {
    console.log('Note: the large world\'s end-to-end figures for queries mostly measure the local server, which scans the whole container per query (plan, then query); judge Tandem by round trips and own time there.');
  }

  await mkdir('bench-output', { recursive: true });
  const output = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { before: loadBefore, after: loadAfter },
    quick,
    worlds: outcomes.map(({ world }) => ({ spec: world.spec, counts: world.counts, treeSize: world.treeSize, generation: world.timings })),
    results,
    budgets,
  };
  await writeFile(join('bench-output', 'okr-api.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log('Wrote bench-output/okr-api.json');
  if (insightsOutcomes.length > 0) {
    const insightsBudgets = checkInsightsBudgets(insightsOutcomes);
    console.log(`\nOKR insights:\n${formatInsights(insightsOutcomes)}\n\n${insightsBudgets.map((b) => `${b.pass ? 'PASS' : 'FAIL'}  [${b.world}] ${b.budget}: ${b.measured}`).join('\n')}`);
    await writeFile(join('bench-output', 'insights.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), outcomes: insightsOutcomes, budgets: insightsBudgets }, null, 2)}\n`);
    console.log('Wrote bench-output/insights.json');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

// The tab benchmark (bench/tab-bench.ts) runs once the API benchmark above has finished and the event
// loop drained, so the two never compete for the CPU. `--no-tab` skips it.
let tabBenchStarted = false;
process.on('beforeExit', () => {
  if (tabBenchStarted || process.argv.includes('--no-tab')) return;
  tabBenchStarted = true;
  void import('./tab-bench.js')
    .then(({ runTabBench }) => runTabBench({ runs: process.argv.includes('--quick') || process.env.BENCH_QUICK === '1' ? 3 : 5 }))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
});

// The notification send pipeline benchmark (bench/notifications-bench.ts) runs last: after the tab
// benchmark (which starts at the first beforeExit and ends with another) or, with `--no-tab`, at once.
// `--no-notifications` skips it; `--large` sends 100,000 instead of 10,000.
let beforeExitCount = 0;
let notificationsBenchStarted = false;
process.on('beforeExit', () => {
  beforeExitCount++;
  if (notificationsBenchStarted || process.argv.includes('--no-notifications')) return;
  if (!process.argv.includes('--no-tab') && beforeExitCount < 2) return;
  notificationsBenchStarted = true;
  void import('./notifications-bench.js')
    .then(({ runNotificationsBench }) => runNotificationsBench({ large: process.argv.includes('--large') }))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
});
