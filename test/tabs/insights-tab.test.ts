/**
 * The Insights page in headless Chromium: only managers and OKR admins get the tab; every chart
 * renders and has a table twin one toggle away whose numbers are the API's; the at-risk list,
 * dependency health and the grade distribution with its coaching note; axe on each view; 320 px.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tabSuite } from './tab-suite.js';

const NAMES = { priya: 'Priya Nair', arjun: 'Arjun Mehta', olivia: 'Olivia Chen' } as const;
type User = keyof typeof NAMES;

describe('Tandem tab: Insights', function () {
  this.timeout(60_000);
  const { t, browser, newPage, noPageErrors, openAs, axe } = tabSuite({ tempPrefix: 'tandem-insights-tab-' });
  let activeCycle: string;
  let closedCycle: string;

  before(async () => {
    activeCycle = await t().cycleId('active');
    closedCycle = await t().cycleId('closed');
  });


  const open = (page: Page, hash: string, user: User) => openAs(page, hash, NAMES[user]);


  const api = async <T = any>(path: string, as: User): Promise<T> => {
    const res = await t().request<T>('GET', path, { as });
    assert.equal(res.status, 200, `GET ${path}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const panel = (page: Page, id: string) => page.locator(`[data-insights-panel="${id}"]`);
  /** The rows of a panel's table view, as cell texts. */
  const tableRows = (page: Page, id: string) =>
    panel(page, id).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));

  it('the Insights tab is there for managers and OKR admins, not for other members', async () => {
    const page = await newPage();
    await open(page, '/my', 'arjun');
    await page.getByRole('tab', { name: 'My OKRs' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Insights' }).count(), 0);
    await open(page, '/my', 'priya');
    await page.getByRole('tab', { name: 'Insights' }).waitFor();
    await open(page, '/my', 'olivia');
    await page.getByRole('tab', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    noPageErrors(page);
  });

  it('priya: participation of her reports as a chart, then as a table with the API\'s numbers', async () => {
    const expected = await api(`/cycles/${activeCycle}/insights/participation`, 'priya');
    const page = await newPage(1280, 1800);
    await open(page, '/insights', 'priya');
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    const participation = panel(page, 'participation');
    await participation.locator('svg').first().waitFor();
    // One bar per week so far.
    await page.waitForFunction(() => document.querySelectorAll('[data-insights-panel="participation"] svg rect[role="img"], [data-insights-panel="participation"] svg path[role="img"], [data-insights-panel="participation"] svg rect[aria-label]').length > 0);
    assert.equal(await page.getByText(`${expected.scope.people} people`).count(), 1);
    await page.locator('[data-built-at]').waitFor();
    // Wait for every section before the screenshot and axe.
    for (const id of ['timeline', 'progress', 'confidence', 'at-risk', 'dependencies', 'grades']) await panel(page, id).waitFor();
    await browser().screenshot(page, 'insights-01-manager', { fullPage: true });
    await axe(page, 'Insights (manager, charts)');

    const toggle = participation.getByRole('button', { name: 'Table view' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await participation.locator('table').first().waitFor();
    assert.equal(await participation.locator('[data-view="chart"]').count(), 0);
    const rows = await tableRows(page, 'participation');
    // The first table is the weekly one; the by-team table (if shown) follows it.
    const weekly = rows.slice(0, expected.weeks.length);
    assert.equal(weekly.length, expected.weeks.length);
    expected.weeks.forEach((w: any, i: number) => {
      assert.match(weekly[i]![0]!, new RegExp(`^Week ${w.week + 1} `));
      assert.equal(weekly[i]![1], String(w.owners));
      assert.equal(weekly[i]![2], String(w.checkedIn));
    });
    await browser().screenshot(page, 'insights-02-manager-table', { fullPage: true });
    await axe(page, 'Insights (manager, table)');
    // And back to the chart.
    await toggle.click();
    await participation.locator('[data-view="chart"] svg').first().waitFor();

    // What is at risk is what the API says, and it names only her reports' work.
    const atRisk = await api(`/cycles/${activeCycle}/insights/at-risk?limit=20`, 'priya');
    const shown = await panel(page, 'at-risk').locator('[data-at-risk="key-results"] li').count();
    assert.equal(shown, atRisk.keyResults.items.length);
    assert.ok(shown > 0);
    noPageErrors(page);
  });

  it('olivia: progress against expected, for the whole organisation, as a table matching the API', async () => {
    const expected = await api(`/cycles/${activeCycle}/insights/progress`, 'olivia');
    const page = await newPage(1280, 1800);
    await open(page, '/insights', 'olivia');
    const timeline = panel(page, 'timeline');
    await timeline.locator('svg').first().waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Whose OKRs' }).inputValue(), 'all');
    await timeline.getByRole('button', { name: 'Table view' }).click();
    const rows = await tableRows(page, 'timeline');
    assert.equal(rows.length, expected.timeline.length);
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    expected.timeline.forEach((p: any, i: number) => {
      assert.equal(rows[i]![1], pct(p.expected));
      assert.equal(rows[i]![2], p.actual === null ? '–' : pct(p.actual));
    });
    // The progress histogram's table has its ten bars.
    await panel(page, 'progress').getByRole('button', { name: 'Table view' }).click();
    const bars = await tableRows(page, 'progress');
    assert.deepEqual(bars.map((r) => Number(r[1])), expected.progress.buckets.map((b: any) => b.count));
    await browser().screenshot(page, 'insights-03-admin-tables', { fullPage: true });
    await axe(page, 'Insights (admin, tables)');

    // Narrowing to a team reloads with that scope.
    await page.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Platform' });
    const platform = await api(`/cycles/${activeCycle}/insights/participation?team=${t().team('platform')}`, 'olivia');
    await page.getByText(`${platform.scope.people} people`, { exact: true }).waitFor();
    noPageErrors(page);
  });

  it('the closed quarter: grades against 0.7 and the note that coaching prompts are never a performance signal', async () => {
    const expected = await api(`/cycles/${closedCycle}/insights/grades`, 'olivia');
    const page = await newPage(1280, 1800);
    await open(page, '/insights', 'olivia');
    await page.getByRole('combobox', { name: 'Cycle' }).selectOption(closedCycle);
    const grades = panel(page, 'grades');
    await grades.getByText(`${expected.distribution.count} graded`, { exact: false }).waitFor();
    await grades.getByText('never a performance signal', { exact: false }).waitFor();
    await grades.getByRole('button', { name: 'Table view' }).click();
    const rows = await tableRows(page, 'grades');
    assert.deepEqual(rows.map((r) => Number(r[1])), expected.distribution.buckets.map((b: any) => b.count));
    await browser().screenshot(page, 'insights-04-grades', { fullPage: true });
    await axe(page, 'Insights (closed quarter)');
    noPageErrors(page);
  });

  it('works on a phone-sized screen (320 px) without sideways scrolling', async () => {
    const page = await newPage(320, 900);
    await open(page, '/insights', 'priya');
    await panel(page, 'participation').locator('svg').first().waitFor();
    await panel(page, 'grades').waitFor();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await browser().screenshot(page, 'insights-05-phone', { fullPage: true });
    assert.ok(scrollWidth <= 321, `scrollWidth ${scrollWidth}`);
    await axe(page, 'Insights (320 px)');
    noPageErrors(page);
  });
});
