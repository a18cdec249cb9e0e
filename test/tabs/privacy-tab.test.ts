/**
 * The Privacy section of the Reviews area in headless Chromium: HR picks a person, downloads their
 * personal data as a JSON file, and erases them through a dialog that only enables its button once
 * the name is typed; erasing a manager with reports is refused with a clear message; nobody but HR
 * gets the section. axe on every view, screenshots, and a phone-sized screen.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';
import { blocking, describeViolations, launchBrowser, runAxe, trackPages, type TestBrowser } from './browser.js';

const run = promisify(execFile);
const NAMES = { hannah: 'Hannah Lee', priya: 'Priya Nair' } as const;
type User = keyof typeof NAMES;

describe('Personal data requests in the tab (headless Chromium)', function () {
  this.timeout(90_000);
  let t: TestTandem;
  let browser: TestBrowser;
  let tabDir: string;
  const axeFindings: Record<string, string[]> = {};

  before(async function () {
    this.timeout(180_000);
    await run('node', ['scripts/build.mjs']);
    tabDir = await mkdtemp(join(tmpdir(), 'tandem-privacy-tab-'));
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
    for (const [i, page] of browser.context.pages().entries()) await browser.screenshot(page, `privacy-failed-${i}`, { fullPage: true }).catch(() => undefined);
  });
  const { newPage, noPageErrors } = trackPages(() => browser);
  const switcher = (page: Page) => page.locator('select[data-user-switcher]');

  async function open(page: Page, hash: string, user: User): Promise<void> {
    await page.goto(`${t.url}/#${hash}`);
    await switcher(page).waitFor();
    const shown = await switcher(page).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    if (shown.startsWith(`${NAMES[user]} —`)) return;
    const value = await switcher(page).evaluate((el, name) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(`${name} —`))?.value ?? '', NAMES[user]);
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

  async function choosePerson(page: Page, name: string): Promise<void> {
    const box = page.getByRole('combobox', { name: 'Person' });
    await box.click();
    await box.fill(name.split(' ')[0]!);
    await page.getByRole('listbox').getByRole('option', { name: new RegExp(name) }).click();
    await page.locator('[data-privacy-person-id]').getByRole('heading', { name }).waitFor();
  }

  it('HR picks a person and downloads everything held about them as JSON', async () => {
    const page = await newPage();
    await open(page, '/reviews/privacy', 'hannah');
    await page.getByRole('heading', { name: 'Personal data', level: 1 }).waitFor();
    await page.getByText('Pick a person to export or erase their data.').waitFor();
    await axe(page, 'Privacy (no one picked)');
    await choosePerson(page, 'Kenji Tanaka');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download personal data' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^tandem-personal-data-.+\.json$/);
    const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
    assert.deepEqual([exported.format, exported.person.displayName, exported.person.id], ['tandem.personal-data.v1', 'Kenji Tanaka', t.person('kenji')]);
    await page.getByText(`Downloaded ${file.suggestedFilename()}.`).waitFor();
    await browser.screenshot(page, 'privacy-01-export');
    await axe(page, 'Privacy (export)');
    noPageErrors(page);
  });

  it('erases only once the name is typed, then shows the tombstone', async () => {
    const page = await newPage();
    await open(page, `/reviews/privacy/${t.person('kenji')}`, 'hannah');
    await page.locator('[data-privacy-person-id]').getByRole('heading', { name: 'Kenji Tanaka' }).waitFor();
    await page.getByRole('button', { name: 'Erase…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: 'Erase Kenji Tanaka?' }).waitFor();
    const submit = dialog.getByRole('button', { name: 'Erase for good' });
    assert.ok(await submit.isDisabled(), 'disabled before anything is typed');
    await dialog.getByRole('textbox', { name: /Type their name/ }).fill('Kenji');
    assert.ok(await submit.isDisabled(), 'disabled for a partial name');
    await dialog.getByRole('textbox', { name: /Type their name/ }).fill('kenji tanaka');
    assert.ok(await submit.isEnabled(), 'enabled once the name is typed');
    await browser.screenshot(page, 'privacy-02-erase-dialog');
    await axe(page, 'Privacy (erase dialog)');
    await submit.click();
    await page.getByText('Erased. Running it again changes nothing.').waitFor();
    await page.locator('[data-privacy-person-id]').getByRole('heading', { name: 'Former colleague' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Erase…' }).count(), 0);
    const person = (await t.request('GET', `/people/${t.person('kenji')}`, { as: 'priya' })).body;
    assert.deepEqual([person.displayName, person.email], ['Former colleague', '']);
    await browser.screenshot(page, 'privacy-03-erased');
    await axe(page, 'Privacy (erased)');
    noPageErrors(page);
  });

  it('says why a manager with reports cannot be erased yet, and changes nothing', async () => {
    const page = await newPage(390, 900);
    await open(page, `/reviews/privacy/${t.person('tom')}`, 'hannah');
    await page.getByRole('button', { name: 'Erase…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('textbox', { name: /Type their name/ }).fill('Tom Becker');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await dialog.getByRole('alert').getByText('People still report to them: move their reports to another manager first.').waitFor();
    assert.ok(await dialog.getByRole('button', { name: 'Erase for good' }).isEnabled(), 'HR can try again once the reports have moved');
    await page.mouse.move(0, 0);
    await browser.screenshot(page, 'privacy-04-phone-refused');
    await axe(page, 'Privacy (refused, phone)');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 391, `no sideways scrolling on a phone (${width}px)`);
    assert.equal((await t.request('GET', `/people/${t.person('tom')}`, { as: 'priya' })).body.displayName, 'Tom Becker');
    noPageErrors(page);
  });

  it('is HR’s alone: a manager has no Privacy section, even by its address', async () => {
    const page = await newPage();
    await open(page, `/reviews/privacy/${t.person('arjun')}`, 'priya');
    await page.getByRole('tab', { name: 'My reviews' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Privacy' }).count(), 0);
    assert.equal(await page.locator('[data-privacy-page]').count(), 0);
    noPageErrors(page);
  });
});
