import assert from 'node:assert/strict';
/**
 * Headless Chromium for the tab tests and the tab benchmark: the Debian `chromium` package driven by
 * playwright-core, with a fresh profile and no way out of the loopback interface.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
export const SCREENSHOT_DIR = join('test-output', 'screenshots');

export interface TestBrowser {
  readonly context: BrowserContext;
  /** Every request to a host other than 127.0.0.1 that was blocked (teams-js asks a CDN for its domain list). */
  readonly blocked: string[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  /** Saves test-output/screenshots/<name>.png: the viewport, or the whole page with fullPage. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * 'route' (default) aborts foreign requests with a context route, so tests can see what was blocked.
   * 'resolver' makes every host but 127.0.0.1 unresolvable instead: no request interception at all,
   * which keeps timings honest in the benchmark.
   */
  readonly block?: 'route' | 'resolver';
}

const isLoopback = (url: string): boolean => {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1';
  } catch {
    return false;
  }
};

/** Launches Chromium with the project's flags and a throwaway --user-data-dir (mkdtemp). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const block = options.block ?? 'route';
  const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-chromium-'));
  const args: string[] = [...CHROMIUM_FLAGS];
  // Belt and braces in both modes: nothing but loopback resolves.
  args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
  // Playwright takes the profile folder as an argument (it refuses --user-data-dir in args) and passes
  // it to Chromium as --user-data-dir.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const blocked: string[] = [];
  if (block === 'route') {
    await context.route(
      (url) => !isLoopback(url.href),
      (route) => {
        blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
  }
  // The persistent context opens one blank page; close it so every test starts from its own.
  for (const page of context.pages()) await page.close();
  await mkdir(SCREENSHOT_DIR, { recursive: true });

  return {
    context,
    blocked,
    newPage: async ({ width = 1280, height = 900 } = {}) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      return page;
    },
    screenshot: async (page, name, { fullPage = false } = {}) => {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage });
      return path;
    },
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { target: string[]; html: string; failureSummary?: string }[];
}

let axeSource: string | undefined;

/**
 * Fluent UI's focus manager (tabster) adds `<i data-tabster-dummy aria-hidden tabindex=0>` sentinels
 * around focus groups on purpose: they pass focus on at once, and must stay hidden from screen
 * readers. axe's aria-hidden-focus flags them; Accessibility Insights suppresses exactly these nodes
 * (microsoft/accessibility-insights-web#7598, microsoft/tabster#288), and so do we: only those nodes,
 * only for that rule.
 */
const isTabsterSentinel = (ruleId: string, html: string): boolean => ruleId === 'aria-hidden-focus' && /data-tabster-dummy|data-is-focus-trap-zone-bumper/.test(html);

/** Runs axe-core (injected from node_modules) on a page or a frame and returns its violations. */
export async function runAxe(target: Page | Frame, options: { include?: string } = {}): Promise<AxeViolation[]> {
  axeSource ??= await readFile(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const hasAxe = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await target.addScriptTag({ content: axeSource });
  const violations = await target.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(include ? { include: [include] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })) }));
  }, options.include ?? null);
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0);
}

/** Only the violations that block: 'serious' and 'critical'. */
export const blocking = (violations: readonly AxeViolation[]): AxeViolation[] => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export const describeViolations = (violations: readonly AxeViolation[]): string =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} ${n.html}`).join('\n')}`).join('\n');

/**
 * Pages a suite opens, each collecting its page errors, closed after every test. Call inside a
 * describe; `browser` is read lazily because suites launch it in `before`.
 */
export function trackPages(browser: () => TestBrowser): { newPage(width?: number, height?: number): Promise<Page>; noPageErrors(page: Page): void } {
  const pages: Page[] = [];
  afterEach(async () => {
    while (pages.length > 0) await pages.pop()!.close();
  });
  const errorsOf = new WeakMap<Page, string[]>();
  return {
    newPage: async (width = 1280, height = 900) => {
      const page = await browser().newPage({ width, height });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      errorsOf.set(page, errors);
      pages.push(page);
      return page;
    },
    noPageErrors: (page) => assert.deepEqual(errorsOf.get(page) ?? [], []),
  };
}

/**
 * axe for a suite: `axe(target, view)` fails on blocking violations and remembers the minor and
 * moderate ones, printed as one summary line after the suite. Call inside a describe.
 */
export function trackAxe(): { axe(target: Page | Frame, view: string): Promise<void> } {
  const findings: Record<string, string[]> = {};
  after(() => {
    const summary = Object.entries(findings).filter(([, ids]) => ids.length > 0);
    if (summary.length > 0) console.log(`      axe (minor/moderate only): ${summary.map(([view, ids]) => `${view}: ${ids.join(', ')}`).join('; ')}`);
  });
  return {
    axe: async (target, view) => {
      const violations = await runAxe(target);
      findings[view] = violations.filter((v) => !blocking([v]).length).map((v) => `${v.id} (${v.impact})`);
      const bad = blocking(violations);
      assert.equal(bad.length, 0, `axe on ${view}:\n${describeViolations(bad)}`);
    },
  };
}

/**
 * A failing case leaves a picture of where it stopped: test-output/screenshots/<prefix>-failed-….png,
 * one per open page. Call inside a describe, before trackPages (whose afterEach closes the pages).
 */
export function screenshotFailures(browser: () => TestBrowser | undefined, prefix: string): void {
  afterEach(async function () {
    const current = browser();
    if (this.currentTest?.state !== 'failed' || !current) return;
    const name = (this.currentTest.title.split(':')[0] ?? '').replace(/\W+/g, '-').slice(0, 40);
    for (const [i, page] of current.context.pages().entries()) await current.screenshot(page, `${prefix}-failed-${name}-${i}`, { fullPage: true }).catch(() => undefined);
  });
}
