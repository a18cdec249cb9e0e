/**
 * The Analytics section of the Reviews area in headless Chromium: HR sees the whole organisation,
 * a manager the people below them, a manager of one person only "too few to show" markers, and
 * someone who manages nobody does not get the section at all. Charts with their table twins (the
 * numbers checked against the API), axe on every view, screenshots, and a phone-sized screen.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tabSuite } from './tab-suite.js';

const NAMES = { hannah: 'Hannah Lee', priya: 'Priya Nair', olivia: 'Olivia Chen', lena: 'Lena Fischer' } as const;
type User = keyof typeof NAMES;

describe('Review analytics in the tab (headless Chromium)', function () {
  this.timeout(90_000);
  const { t: tandem, browser: currentBrowser, newPage, noPageErrors, openAs, axe } = tabSuite({ tempPrefix: 'tandem-analytics-tab-', failureScreenshots: 'analytics' });

  const open = (page: Page, hash: string, user: User) => openAs(page, hash, NAMES[user]);

  const panel = (page: Page, id: string) => page.locator(`[data-analytics-panel="${id}"]`);

  /** The number in a table row (by its first cells) of a panel in table view. */
  async function cellNumber(page: Page, panelId: string, rowKey: string, column: number): Promise<number> {
    const text = await panel(page, panelId).locator(`[data-analytics-row="${rowKey}"] td`).nth(column).textContent();
    return Number(text);
  }

  it('HR: completion, ratings and feedback for the organisation, charts and tables with the API’s numbers', async () => {
    const cycles = (await tandem().request('GET', '/review-cycles', { as: 'hannah' })).body.items;
    const cycleId = cycles[0].id;
    const api = (await tandem().request('GET', `/performance-analytics/review-cycles/${cycleId}`, { as: 'hannah' })).body;
    const page = await newPage(1280, 1400);
    await open(page, `/reviews/analytics/${cycleId}`, 'hannah');
    await page.getByRole('tab', { name: 'Analytics' }).waitFor();
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    await page.getByText('The whole organisation: 32 people.').waitFor();
    await panel(page, 'completion').locator('svg').first().waitFor();
    await panel(page, 'ratings').locator('svg').first().waitFor();
    await panel(page, 'feedback').locator('svg').first().waitFor();
    await currentBrowser().screenshot(page, 'analytics-01-hr', { fullPage: true });
    await axe(page, 'Analytics (HR, charts)');

    for (const id of ['completion', 'ratings', 'feedback']) await panel(page, id).getByRole('button', { name: 'Table view' }).click();
    const submitted = api.completion.overall.stages.find((s: any) => s.stage === 'self-review').counts.find((c: any) => c.status === 'submitted').count;
    assert.equal(await cellNumber(page, 'completion', 'self-review.submitted', 2), submitted);
    assert.equal(await cellNumber(page, 'ratings', '_all', 1), api.ratings.overall.people);
    const feedback = (await tandem().request('GET', '/performance-analytics/feedback?months=6', { as: 'hannah' })).body;
    const month = feedback.months[feedback.months.length - 1];
    assert.equal(await cellNumber(page, 'feedback', month, 1), feedback.overall.months.find((m: any) => m.month === month).given);
    await currentBrowser().screenshot(page, 'analytics-02-hr-tables', { fullPage: true });
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
    await currentBrowser().screenshot(page, 'analytics-03-manager-phone', { fullPage: true });
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
    await currentBrowser().screenshot(page, 'analytics-04-too-few', { fullPage: true });
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
