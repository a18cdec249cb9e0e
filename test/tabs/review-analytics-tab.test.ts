/**
 * The Analytics section of the Reviews area in headless Chromium: HR sees the whole organisation,
 * a manager the people below them, a manager of one person only "too few to show" markers, and
 * someone who manages nobody does not get the section at all. Charts with their table twins (the
 * numbers checked against the API), axe on every view, screenshots, and a phone-sized screen.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';
import { blocking, describeViolations, launchBrowser, runAxe, trackPages, type TestBrowser } from './browser.js';

const run = promisify(execFile);
const NAMES = { hannah: 'Hannah Lee', priya: 'Priya Nair', olivia: 'Olivia Chen', lena: 'Lena Fischer' } as const;
type User = keyof typeof NAMES;

describe('Review analytics in the tab (headless Chromium)', function () {
  this.timeout(90_000);
  let t: TestTandem;
  let browser: TestBrowser;
  let tabDir: string;
  const axeFindings: Record<string, string[]> = {};

  before(async function () {
    this.timeout(180_000);
    await run('node', ['scripts/build.mjs']);
    tabDir = await mkdtemp(join(tmpdir(), 'tandem-analytics-tab-'));
    await cp('dist/tab', tabDir, { recursive: true });
    t = await startTestTandem({ TAB_DIR: tabDir });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await t?.close();
    if (tabDir) await rm(tabDir, { recursive: true, force: true });
    const summary = Object.entries(axeFindings).filter(([, ids]) => ids.length > 0);
    if (summary.length > 0) console.log(`      axe (minor/moderate only): ${summary.map(([view, ids]) => `${view}: ${ids.join(', ')}`).join('; ')}`);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    for (const [i, page] of browser.context.pages().entries()) await browser.screenshot(page, `analytics-failed-${i}`, { fullPage: true }).catch(() => undefined);
  });
  const { newPage, noPageErrors } = trackPages(() => browser);
  const switcher = (page: Page) => page.locator('select[data-user-switcher]');

  /** Opens the tab at a hash as the given user, through the user switcher. */
  async function open(page: Page, hash: string, user: User): Promise<void> {
    await page.goto(`${t.url}/#${hash}`);
    await switcher(page).waitFor();
    const shown = await switcher(page).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    if (shown.startsWith(`${NAMES[user]} —`)) return;
    const value = await switcher(page).evaluate((el, name) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(`${name} —`))?.value ?? '', NAMES[user]);
    assert.ok(value, `${NAMES[user]} is in the user switcher`);
    const reloaded = page.waitForEvent('load');
    await switcher(page).selectOption(value);
    await reloaded;
    await page.waitForFunction((name) => (document.querySelector('select[data-user-switcher]') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent?.startsWith(name) ?? false, NAMES[user]);
  }

  async function axe(page: Page, view: string): Promise<void> {
    const violations = await runAxe(page);
    axeFindings[view] = violations.filter((v) => !blocking([v]).length).map((v) => `${v.id} (${v.impact})`);
    const bad = blocking(violations);
    assert.equal(bad.length, 0, `axe on ${view}:\n${describeViolations(bad)}`);
  }

  const panel = (page: Page, id: string) => page.locator(`[data-analytics-panel="${id}"]`);

  /** The number in a table row (by its first cells) of a panel in table view. */
  async function cellNumber(page: Page, panelId: string, rowKey: string, column: number): Promise<number> {
    const text = await panel(page, panelId).locator(`[data-analytics-row="${rowKey}"] td`).nth(column).textContent();
    return Number(text);
  }

  it('HR: completion, ratings and feedback for the organisation, charts and tables with the API’s numbers', async () => {
    const cycles = (await t.request('GET', '/review-cycles', { as: 'hannah' })).body.items;
    const cycleId = cycles[0].id;
    const api = (await t.request('GET', `/performance-analytics/review-cycles/${cycleId}`, { as: 'hannah' })).body;
    const page = await newPage(1280, 1400);
    await open(page, `/reviews/analytics/${cycleId}`, 'hannah');
    await page.getByRole('tab', { name: 'Analytics' }).waitFor();
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    await page.getByText('The whole organisation: 32 people.').waitFor();
    await panel(page, 'completion').locator('svg').first().waitFor();
    await panel(page, 'ratings').locator('svg').first().waitFor();
    await panel(page, 'feedback').locator('svg').first().waitFor();
    await browser.screenshot(page, 'analytics-01-hr', { fullPage: true });
    await axe(page, 'Analytics (HR, charts)');

    for (const id of ['completion', 'ratings', 'feedback']) await panel(page, id).getByRole('button', { name: 'Table view' }).click();
    const submitted = api.completion.overall.stages.find((s: any) => s.stage === 'self-review').counts.find((c: any) => c.status === 'submitted').count;
    assert.equal(await cellNumber(page, 'completion', 'self-review.submitted', 2), submitted);
    assert.equal(await cellNumber(page, 'ratings', '_all', 1), api.ratings.overall.people);
    const feedback = (await t.request('GET', '/performance-analytics/feedback?months=6', { as: 'hannah' })).body;
    const month = feedback.months[feedback.months.length - 1];
    assert.equal(await cellNumber(page, 'feedback', month, 1), feedback.overall.months.find((m: any) => m.month === month).given);
    await browser.screenshot(page, 'analytics-02-hr-tables', { fullPage: true });
    await axe(page, 'Analytics (HR, tables)');
    noPageErrors(page);
  });

  it('a manager sees the people below them, on a phone too', async () => {
    const page = await newPage(390, 1200);
    await open(page, '/reviews/analytics', 'priya');
    await page.getByText('The people below you in your reporting line: 4.').waitFor();
    await panel(page, 'completion').getByRole('button', { name: 'Table view' }).click();
    await panel(page, 'completion').locator('[data-analytics-row="self-review.submitted"]').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390 + 1, `no sideways scrolling on a phone (${width}px)`);
    await browser.screenshot(page, 'analytics-03-manager-phone', { fullPage: true });
    await axe(page, 'Analytics (manager, phone)');
    noPageErrors(page);
  });

  it('a manager of one sees only “too few to show” markers, never a number', async () => {
    const page = await newPage();
    await open(page, '/reviews/analytics', 'olivia');
    await page.getByText('The people below you in your reporting line: 1.').waitFor();
    await panel(page, 'completion').locator('[data-withheld]').waitFor();
    await panel(page, 'feedback').locator('[data-withheld]').waitFor();
    assert.equal(await panel(page, 'completion').locator('svg rect').count(), 0, 'no bars are drawn');
    await panel(page, 'feedback').getByRole('button', { name: 'Table view' }).click();
    await panel(page, 'feedback').getByText('Too few people to show').first().waitFor();
    await browser.screenshot(page, 'analytics-04-too-few', { fullPage: true });
    await axe(page, 'Analytics (too few)');
    noPageErrors(page);
  });

  it('someone who manages nobody has no Analytics section, even by its address', async () => {
    const page = await newPage();
    await open(page, '/reviews/analytics', 'lena');
    await page.getByRole('tab', { name: 'My reviews' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Analytics' }).count(), 0);
    assert.equal(await page.locator('[data-review-analytics]').count(), 0);
    noPageErrors(page);
  });
});
