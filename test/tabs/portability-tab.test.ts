/**
 * OKR import and export in the admin area (Quarter), in headless Chromium: the export buttons
 * download the files the API serves; choosing a file runs a dry run that shows every problem as a
 * table (row, column, code, message) and imports nothing; a clean file shows what it would do, and
 * "Import" applies it. axe runs on each state; screenshots land in test-output/screenshots.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser.js';
import { tabSuite } from './tab-suite.js';

const NAMES = { olivia: 'Olivia Chen', priya: 'Priya Nair' } as const;
type User = keyof typeof NAMES;

describe('Tandem tab: OKR import and export', function () {
  this.timeout(60_000);
  const { t, browser, newPage, noPageErrors, openAs, axe } = tabSuite({ tempPrefix: 'tandem-transfer-tab-' });
  let activeCycle: string;

  before(async () => {
    activeCycle = await t().cycleId('active');
  });

  const open = (page: Page, hash: string, user: User) => openAs(page, hash, NAMES[user]);

  async function openTransfer(page: Page): Promise<void> {
    await open(page, '/quarter', 'olivia');
    await page.getByRole('heading', { name: 'Quarter management' }).waitFor();
    await page.getByRole('heading', { name: 'Import and export' }).waitFor();
  }

  /** The import and export card alone: the Quarter page below it is long. */
  const shootCard = (page: Page, name: string) => page.locator('[data-okr-transfer]').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

  const objectives = async (): Promise<any[]> => (await t().request('GET', `/cycles/${activeCycle}/objectives?limit=500`, { as: 'olivia' })).body.items;
  async function exportCsv(): Promise<string[][]> {
    const res = await fetch(`${t().url}/api/v1/cycles/${activeCycle}/export?format=csv`, { headers: { 'x-tandem-user': t().person('olivia') } });
    assert.equal(res.status, 200);
    return parse(await res.text(), { bom: true });
  }
  const csvFile = (name: string, records: string[][]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(stringify(records, { record_delimiter: 'windows' })) });

  it('the export buttons download the cycle as CSV and as an Excel workbook', async () => {
    const page = await newPage();
    await openTransfer(page);
    await browser().screenshot(page, 'transfer-01-quarter');
    await axe(page, 'Quarter with import and export');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    assert.match(csv.suggestedFilename(), /^tandem-okrs-.+\.csv$/);
    const text = await readFile((await csv.path())!, 'utf8');
    const records = parse(text, { bom: true }) as string[][];
    assert.equal(records[0]![0], 'objective_id');
    assert.equal(new Set(records.slice(1).map((r) => r[0])).size, (await objectives()).length);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Excel' }).click()]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    assert.ok(workbook.getWorksheet('OKRs'));
    noPageErrors(page);
  });

  it('a file with problems shows them row by row, and nothing is imported', async () => {
    const before = await objectives();
    const records = await exportCsv();
    const [header, ...rows] = records;
    const at = (name: string) => header!.indexOf(name);
    // One problem in each of three objectives (objective columns on all their rows), then two broken new objectives.
    const firstRows = [...new Set(rows.map((r) => r[at('objective_id')]))].map((id) => rows.findIndex((r) => r[at('objective_id')] === id));
    const [a, b, c] = [firstRows[0]!, firstRows[1]!, firstRows[2]!];
    const everyRowOf = (first: number, name: string, value: string) => {
      for (const row of rows.filter((r) => r[at('objective_id')] === rows[first]![at('objective_id')])) row[at(name)] = value;
    };
    rows[a]![at('weight')] = 'heavy';
    everyRowOf(b, 'owner_email', 'nobody@contoso.example');
    everyRowOf(c, 'aligned_to', `${activeCycle}.obnowhere`);
    const extra = header!.map(() => '');
    extra[at('objective_title')] = 'Lost objective';
    extra[at('level')] = 'galactic';
    extra[at('owner_email')] = 'arjun.mehta@contoso.example';

    const page = await newPage();
    await openTransfer(page);
    await page.locator('input[data-import-file]').setInputFiles(csvFile('okrs-with-problems.csv', [header!, ...rows, extra, ['', 'x']]));
    const table = page.getByRole('table', { name: 'Problems in the file' });
    await table.waitFor();
    await page.getByText(/problems to fix\. Nothing has been imported\./).waitFor();
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim())));
    assert.deepEqual(cells, [
      [String(a + 2), 'weight', 'IMPORT.BAD_NUMBER'],
      [String(b + 2), 'owner_email', 'IMPORT.UNKNOWN_OWNER'],
      [String(c + 2), 'aligned_to', 'IMPORT.BAD_ALIGNMENT'],
      [String(rows.length + 2), 'level', 'IMPORT.BAD_VALUE'],
      [String(rows.length + 3), 'level', 'IMPORT.MISSING_VALUE'],
    ].sort((x, y) => Number(x[0]) - Number(y[0])));
    assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled(), true, 'nothing can be imported while problems remain');
    await shootCard(page, 'transfer-02-dry-run-errors');
    await axe(page, 'Import dry run with problems');
    assert.deepEqual((await objectives()).map((o) => [o.id, o.revision]), before.map((o) => [o.id, o.revision]));

    // On a phone-sized screen the table scrolls inside its own box instead of the page.
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
    await shootCard(page, 'transfer-03-dry-run-errors-phone');
    noPageErrors(page);
  });

  it('a clean file shows what it would do, and Import applies it', async () => {
    const records = await exportCsv();
    const [header, ...rows] = records;
    const at = (name: string) => header!.indexOf(name);
    const target = rows[0]![at('objective_id')]!;
    const oldTitle = rows[0]![at('objective_title')]!;
    for (const row of rows.filter((r) => r[at('objective_id')] === target)) row[at('objective_title')] = `${oldTitle} (imported)`;
    const added = header!.map(() => '');
    added[at('objective_title')] = 'Onboard partners in a day';
    added[at('level')] = 'individual';
    added[at('owner_email')] = 'arjun.mehta@contoso.example';
    added[at('key_result_title')] = 'Partner onboarding time from 10 to 1 days';
    added[at('metric_type')] = 'decrease-to';
    added[at('start')] = '10';
    added[at('target')] = '1';

    const page = await newPage();
    await openTransfer(page);
    await page.locator('input[data-import-file]').setInputFiles(csvFile('okrs-edited.csv', [header!, ...rows, added]));
    await page.getByText('Ready to import').waitFor();
    const changes = page.locator('[data-import-changes] li');
    assert.deepEqual(await changes.allTextContents(), [`Update “${oldTitle} (imported)”: objective_title`, 'Create “Onboard partners in a day” with 1 key result']);
    await shootCard(page, 'transfer-04-dry-run-ready');
    await axe(page, 'Import dry run ready');
    assert.ok(!(await objectives()).some((o) => o.title === 'Onboard partners in a day'), 'a dry run imports nothing');

    await page.getByRole('button', { name: 'Import 2 objectives' }).click();
    await page.locator('[data-import-done]').waitFor();
    await page.getByText('Imported', { exact: true }).waitFor();
    const after = await objectives();
    assert.equal(after.find((o) => o.id === target).title, `${oldTitle} (imported)`);
    const created = after.find((o) => o.title === 'Onboard partners in a day');
    assert.ok(created);
    assert.deepEqual(created.keyResults[0].spec, { type: 'decrease-to', start: 10, target: 1, unit: 'number' });
    await shootCard(page, 'transfer-05-imported');
    await axe(page, 'Import done');

    // The same file again: nothing left to do.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.locator('input[data-import-file]').setInputFiles(csvFile('okrs-edited.csv', [header!, ...rows, added]));
    await page.getByText('Nothing to import: the cycle already matches the file.').waitFor();
    noPageErrors(page);
  });

  it('people who are not OKR admins see no import or export', async () => {
    const page = await newPage();
    await open(page, '/quarter', 'priya');
    await page.getByText('Only OKR admins manage quarters.').waitFor();
    assert.equal(await page.locator('[data-okr-transfer]').count(), 0);
    noPageErrors(page);
  });
});
