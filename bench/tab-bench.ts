/**
 * The tab's weight and speed in headless Chromium (the Debian package, driven by playwright-core):
 * - gzip size of the entry chunk (dist/tab/main.js) and of all JavaScript the board needs before it
 *   can render (main + its static imports, from esbuild's metafile, cross-checked against the
 *   scripts Chromium actually fetched while loading the board);
 * - time from navigation start until the board is interactive (cards visible, the Team filter
 *   enabled, and the main thread free to take input);
 * - time to render a 1,000-objective alignment tree once its data arrived (the /tree response is
 *   replaced by a generated tree; measured in the page from "body read" to "rows in the DOM and
 *   painted").
 * Budgets: entry chunk <= 180 KB gzip, board interactive <= 1.5 s, 1,000-objective tree <= 500 ms.
 *
 * `npx tsx bench/tab-bench.ts [--no-build] [--runs=N]`; `npm run bench` calls it after the API
 * benchmark. Writes bench-output/tab.json. Like the API benchmark it reports, it does not fail.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startTestTandem } from '../test/support/tandem-harness.js';
import { launchBrowser } from '../test/tabs/browser.js';

const KB = 1024;
export const TAB_BUDGETS = { entryGzipBytes: 180 * KB, boardInteractiveMs: 1500, tree1000RenderMs: 500 } as const;

interface Metafile {
  outputs: Record<string, { bytes: number; imports: { path: string; kind: string }[]; inputs: Record<string, { bytesInOutput: number }>; entryPoint?: string }>;
}

export interface TabBudgetLine {
  readonly budget: string;
  readonly measured: string;
  readonly pass: boolean;
}

export interface TabBenchResult {
  readonly entry: { file: string; bytes: number; gzipBytes: number };
  /** main.js and every chunk it imports statically: what loads before anything renders (the board is in it). */
  readonly initial: { files: string[]; bytes: number; gzipBytes: number };
  /** The scripts Chromium fetched while the board loaded. */
  readonly boardLoaded: { files: string[]; bytes: number; gzipBytes: number };
  /** The biggest packages in the initial JavaScript, by minified bytes. */
  readonly heaviest: { module: string; bytes: number }[];
  readonly boardInteractiveMs: { cold: number[]; warm: number[] };
  readonly tree1000: { nodes: number; renderMs: number[]; clickToRowsMs: number[] };
  readonly budgets: TabBudgetLine[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const ms = (n: number): string => `${Math.round(n)} ms`;
const gzipBytes = (data: Buffer): number => gzipSync(data, { level: 9 }).length;

async function sizeOf(files: readonly string[], tabDir: string): Promise<{ bytes: number; gzipBytes: number }> {
  let bytes = 0;
  let gz = 0;
  for (const file of files) {
    const data = await readFile(join(tabDir, file));
    bytes += data.length;
    gz += gzipBytes(data);
  }
  return { bytes, gzipBytes: gz };
}

/** main.js and the chunks reachable from it through static imports, from the metafile. */
function staticClosure(meta: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imp of meta.outputs[path]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  return [...seen];
}

function heaviestModules(meta: Metafile, outputs: readonly string[]): { module: string; bytes: number }[] {
  const byModule = new Map<string, number>();
  for (const out of outputs) {
    for (const [input, { bytesInOutput }] of Object.entries(meta.outputs[out]?.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.replace(/.*node_modules\//, 'node_modules/'));
      const key = m ? m[1]! : input.startsWith('tabs/') ? 'tabs/src (our code)' : input;
      byModule.set(key, (byModule.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...byModule.entries()].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 8);
}

/** A balanced tree of `total` objectives: company roots, teams under them, individuals under teams. */
export function generateTree(total = 1000, cycleId = 'cybench') {
  let n = 0;
  const node = (level: 'company' | 'team' | 'individual', children: unknown[] = []) => {
    n += 1;
    const progress = ((n * 37) % 100) / 100;
    return { objectiveId: `${cycleId}.ob${String(n).padStart(6, '0')}`, level, title: `${level[0]!.toUpperCase()}${level.slice(1)} objective ${n}: make something measurably better`, viaKeyResultId: null, progress, rolledUpProgress: progress, children };
  };
  const roots: unknown[] = [];
  const unalignedIds: string[] = [];
  // 10 company objectives x 9 team objectives x 10 individual ones = 1,000; a few unaligned team roots.
  while (n < total) {
    const teams: unknown[] = [];
    const company = node('company', teams);
    roots.push(company);
    for (let t = 0; t < 9 && n < total; t++) {
      const individuals: unknown[] = [];
      teams.push(node('team', individuals));
      for (let i = 0; i < 10 && n < total; i++) individuals.push(node('individual'));
    }
  }
  for (let i = 0; i < 3; i++) {
    const loose = node('team');
    roots.push(loose);
    unalignedIds.push((loose as { objectiveId: string }).objectiveId);
  }
  return { cycleId, expectedProgress: 0.57, objectiveCount: n, roots, unalignedIds };
}

/**
 * Runs in the page before the app: records when the board became interactive, and tree timings.
 * Plain JavaScript text on purpose: tsx compiles functions with helpers (__name) the page lacks.
 */
export const PROBES = `(() => {
  const bench = { interactive: null, tree: [], lastClick: 0 };
  window.__bench = bench;
  const ready = () => {
    if (!document.querySelector('[data-objective-id]')) return false;
    const team = Array.from(document.querySelectorAll('[role="search"] select, [role="search"] [role="combobox"]'))[0];
    return !!team && !team.hasAttribute('disabled') && team.getAttribute('aria-disabled') !== 'true';
  };
  let pendingTree = null;
  const observer = new MutationObserver(() => {
    if (bench.interactive === null && ready()) {
      // Interactive = the next task runs, i.e. the main thread is free to handle a click.
      bench.interactive = -1;
      setTimeout(() => { bench.interactive = performance.now(); }, 0);
    }
    if (pendingTree !== null && document.querySelector('[data-tree-objective]')) {
      const data = pendingTree;
      pendingTree = null;
      requestAnimationFrame(() => setTimeout(() => bench.tree.push({ data, rendered: performance.now(), click: bench.lastClick }), 0));
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('click', () => { bench.lastClick = performance.now(); }, true);
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!(url.includes('/cycles/') && url.split('?')[0].endsWith('/tree'))) return response;
    const body = await response.text();
    pendingTree = performance.now();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
})();`;

async function boardInteractive(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${url}/#/board`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => {
    const v = (window as unknown as { __bench?: { interactive: number | null } }).__bench?.interactive;
    return typeof v === 'number' && v > 0 ? v : false;
  }, undefined, { timeout: 30_000, polling: 50 });
  const value = (await handle.jsonValue()) as number;
  // Really usable: the Team filter takes a choice.
  const team = page.getByRole('combobox', { name: 'Team' });
  await team.selectOption({ index: 1 });
  await team.selectOption({ index: 0 });
  return value;
}

export interface TabBenchOptions {
  /** Build the tab first (default true). */
  readonly build?: boolean;
  /** Samples per measurement (default 5). */
  readonly runs?: number;
  readonly tabDir?: string;
  readonly log?: (line: string) => void;
}

export async function runTabBench(options: TabBenchOptions = {}): Promise<TabBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const runs = options.runs ?? 5;
  const tabDir = resolve(options.tabDir ?? 'dist/tab');
  log(`\nTandem tab benchmark: headless Chromium, Node ${process.version}, ${cpus().length} cores, ${runs} runs per figure`);
  if (options.build ?? true) {
    const started = performance.now();
    await promisify(execFile)('node', ['scripts/build.mjs']);
    log(`  built the tab in ${ms(performance.now() - started)}`);
  }

  // Sizes.
  const meta = JSON.parse(await readFile(join(tabDir, 'meta.json'), 'utf8')) as Metafile;
  const prefix = Object.keys(meta.outputs).find((k) => meta.outputs[k]!.entryPoint === 'tabs/src/main.tsx')!.replace(/main\.js$/, '');
  const entryOut = `${prefix}main.js`;
  const entryData = await readFile(join(tabDir, 'main.js'));
  const entry = { file: 'main.js', bytes: entryData.length, gzipBytes: gzipBytes(entryData) };
  const closure = staticClosure(meta, entryOut);
  const initialFiles = closure.map((p) => p.slice(prefix.length));
  const initial = { files: initialFiles, ...(await sizeOf(initialFiles, tabDir)) };
  const heaviest = heaviestModules(meta, closure);

  const t = await startTestTandem({ TAB_DIR: tabDir });
  // No request interception while timing: foreign hosts simply do not resolve.
  const browser = await launchBrowser({ block: 'resolver' });
  try {
    await browser.context.addInitScript({ content: PROBES });

    // Board interactive, cold (cache cleared) and warm.
    const cold: number[] = [];
    const warm: number[] = [];
    let boardFiles: string[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      const scripts = new Set<string>();
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script' && r.url().includes('/tab/')) scripts.add(basename(new URL(r.url()).pathname));
      });
      cold.push(await boardInteractive(page, t.url));
      if (i === 0) boardFiles = [...scripts].sort();
      warm.push(await boardInteractive(page, t.url));
      await cdp.detach();
      await page.close();
    }
    const boardLoaded = { files: boardFiles, ...(await sizeOf(boardFiles, tabDir)) };

    // The 1,000-objective tree.
    const tree = generateTree(1000);
    const treeBody = JSON.stringify(tree);
    const page = await browser.newPage();
    await page.route(/\/api\/v1\/cycles\/[^/]+\/tree/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: treeBody }));
    await page.goto(`${t.url}/#/board`);
    await page.locator('[data-objective-id]').first().waitFor();
    const renderMs: number[] = [];
    const clickToRowsMs: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      await page.getByRole('tab', { name: 'Alignment tree' }).click();
      await page.waitForFunction((n) => (window as unknown as { __bench: { tree: unknown[] } }).__bench.tree.length >= n, i + 1, { polling: 50 });
      const rows = await page.locator('[data-tree-objective]').count();
      if (rows === 0) throw new Error('The tree rendered no rows');
      await page.getByRole('tab', { name: 'List' }).click();
      await page.locator('[data-tree-objective]').first().waitFor({ state: 'detached' });
    }
    const samples = await page.evaluate(() => (window as unknown as { __bench: { tree: { data: number; rendered: number; click: number }[] } }).__bench.tree);
    // The first sample warms up the code paths; keep the rest.
    for (const s of samples.slice(1)) {
      renderMs.push(s.rendered - s.data);
      clickToRowsMs.push(s.rendered - s.click);
    }
    await page.close();

    const budgets: TabBudgetLine[] = [
      { budget: `entry chunk main.js <= ${kb(TAB_BUDGETS.entryGzipBytes)} gzip`, measured: kb(entry.gzipBytes), pass: entry.gzipBytes <= TAB_BUDGETS.entryGzipBytes },
      {
        budget: `initial JS (main.js + static imports, what the board waits for) <= ${kb(TAB_BUDGETS.entryGzipBytes)} gzip`,
        measured: kb(initial.gzipBytes),
        pass: initial.gzipBytes <= TAB_BUDGETS.entryGzipBytes,
      },
      { budget: `board interactive (cold cache, median) <= ${ms(TAB_BUDGETS.boardInteractiveMs)}`, measured: `${ms(median(cold))} (warm ${ms(median(warm))})`, pass: median(cold) <= TAB_BUDGETS.boardInteractiveMs },
      {
        budget: `1,000-objective tree render after data (median) <= ${ms(TAB_BUDGETS.tree1000RenderMs)}`,
        measured: `${ms(median(renderMs))} (max ${ms(Math.max(...renderMs))})`,
        pass: median(renderMs) <= TAB_BUDGETS.tree1000RenderMs,
      },
    ];
    const result: TabBenchResult = { entry, initial, boardLoaded, heaviest, boardInteractiveMs: { cold, warm }, tree1000: { nodes: tree.objectiveCount + tree.unalignedIds.length, renderMs, clickToRowsMs }, budgets };
    log(formatTabBench(result));
    await mkdir('bench-output', { recursive: true });
    await writeFile(join('bench-output', 'tab.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, ...result }, null, 2)}\n`);
    log('Wrote bench-output/tab.json');
    return result;
  } finally {
    await browser.close();
    await t.close();
  }
}

export function formatTabBench(r: TabBenchResult): string {
  const list = (values: readonly number[]) => values.map((v) => Math.round(v)).join(', ');
  return [
    '',
    'Sizes (gzip -9; the server sends them uncompressed today):',
    `  entry chunk main.js                 ${kb(r.entry.bytes).padStart(9)} raw  ${kb(r.entry.gzipBytes).padStart(9)} gzip`,
    `  initial JS (main + static imports)  ${kb(r.initial.bytes).padStart(9)} raw  ${kb(r.initial.gzipBytes).padStart(9)} gzip  (${r.initial.files.length} files)`,
    `  JS Chromium fetched for the board   ${kb(r.boardLoaded.bytes).padStart(9)} raw  ${kb(r.boardLoaded.gzipBytes).padStart(9)} gzip  (${r.boardLoaded.files.join(', ')})`,
    `  heaviest in the initial JS (minified): ${r.heaviest.map((h) => `${h.module} ${kb(h.bytes)}`).join(', ')}`,
    '',
    'Times (ms):',
    `  board interactive, cold cache: ${list(r.boardInteractiveMs.cold)}  median ${ms(median(r.boardInteractiveMs.cold))}`,
    `  board interactive, warm cache: ${list(r.boardInteractiveMs.warm)}  median ${ms(median(r.boardInteractiveMs.warm))}`,
    `  ${r.tree1000.nodes}-objective tree, data -> rows painted: ${list(r.tree1000.renderMs)}  median ${ms(median(r.tree1000.renderMs))}`,
    `  ${r.tree1000.nodes}-objective tree, click -> rows painted (incl. request): ${list(r.tree1000.clickToRowsMs)}  median ${ms(median(r.tree1000.clickToRowsMs))}`,
    '',
    'Tab budgets:',
    ...r.budgets.map((b) => `  ${b.pass ? 'PASS' : 'FAIL'}  ${b.budget}: ${b.measured}`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runsArg = process.argv.find((a) => a.startsWith('--runs='));
  runTabBench({ build: !process.argv.includes('--no-build'), ...(runsArg ? { runs: Number(runsArg.slice('--runs='.length)) } : {}) }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
