/**
 * The Privacy section of the Reviews area in headless Chromium: HR picks a person, downloads their
 * personal data as a JSON file, and erases them through a dialog that only enables its button once
 * the name is typed; erasing a manager with reports is refused with a clear message; nobody but HR
 * gets the section. axe on every view, screenshots, and a phone-sized screen.
 */
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tabSuite } from './tab-suite.js';

const NAMES = { hannah: 'Hannah Lee', priya: 'Priya Nair' } as const;
type User = keyof typeof NAMES;

describe('Personal data requests in the tab (headless Chromium)', function () {
  this.timeout(90_000);
  const { t: tandem, browser: currentBrowser, newPage, noPageErrors, openAs, axe } = tabSuite({ tempPrefix: 'tandem-privacy-tab-', failureScreenshots: 'privacy' });

  const open = (page: Page, hash: string, user: User) => openAs(page, hash, NAMES[user]);

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
    assert.deepEqual([exported.format, exported.person.displayName, exported.person.id], ['tandem.personal-data.v1', 'Kenji Tanaka', tandem().person('kenji')]);
    await page.getByText(`Downloaded ${file.suggestedFilename()}.`).waitFor();
    await currentBrowser().screenshot(page, 'privacy-01-export');
    await axe(page, 'Privacy (export)');
    noPageErrors(page);
  });

  it('erases only once the name is typed, then shows the tombstone', async () => {
    const page = await newPage();
    await open(page, `/reviews/privacy/${tandem().person('kenji')}`, 'hannah');
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
    await currentBrowser().screenshot(page, 'privacy-02-erase-dialog');
    await axe(page, 'Privacy (erase dialog)');
    await submit.click();
    await page.getByText('Erased. Running it again changes nothing.').waitFor();
    await page.locator('[data-privacy-person-id]').getByRole('heading', { name: 'Former colleague' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Erase…' }).count(), 0);
    const person = (await tandem().request('GET', `/people/${tandem().person('kenji')}`, { as: 'priya' })).body;
    assert.deepEqual([person.displayName, person.email], ['Former colleague', '']);
    await currentBrowser().screenshot(page, 'privacy-03-erased');
    await axe(page, 'Privacy (erased)');
    noPageErrors(page);
  });

  it('says why a manager with reports cannot be erased yet, and changes nothing', async () => {
    const page = await newPage(390, 900);
    await open(page, `/reviews/privacy/${tandem().person('tom')}`, 'hannah');
    await page.getByRole('button', { name: 'Erase…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('textbox', { name: /Type their name/ }).fill('Tom Becker');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await dialog.getByRole('alert').getByText('People still report to them: move their reports to another manager first.').waitFor();
    assert.ok(await dialog.getByRole('button', { name: 'Erase for good' }).isEnabled(), 'HR can try again once the reports have moved');
    await page.mouse.move(0, 0);
    await currentBrowser().screenshot(page, 'privacy-04-phone-refused');
    await axe(page, 'Privacy (refused, phone)');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 391, `no sideways scrolling on a phone (${width}px)`);
    assert.equal((await tandem().request('GET', `/people/${tandem().person('tom')}`, { as: 'priya' })).body.displayName, 'Tom Becker');
    noPageErrors(page);
  });

  it('is HR’s alone: a manager has no Privacy section, even by its address', async () => {
    const page = await newPage();
    await open(page, `/reviews/privacy/${tandem().person('arjun')}`, 'priya');
    await page.getByRole('tab', { name: 'My reviews' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Privacy' }).count(), 0);
    assert.equal(await page.locator('[data-privacy-page]').count(), 0);
    noPageErrors(page);
  });
});
