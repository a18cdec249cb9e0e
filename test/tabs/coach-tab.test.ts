/**
 * The writing coach in the tab, in headless Chromium: hints in place as the person types
 * (debounced), the templates picker, offline "Suggest key results" and "Improve" landing in the
 * form for the person to edit and confirm, friendly drafting failures, the buttons hidden when
 * drafting is off, and the coach code loaded only with the form.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';
import { blocking, describeViolations, runAxe } from './browser.js';
import { tabSuite } from './tab-suite.js';

const NAMES = { priya: 'Priya Nair', arjun: 'Arjun Mehta', fatima: 'Fatima Zahra' } as const;
type User = keyof typeof NAMES;

describe('Tandem tab: the writing coach', function () {
  this.timeout(60_000);
  const { t, browser, tabDir, newPage, noPageErrors, openAs } = tabSuite({ tempPrefix: 'tandem-coach-tab-' });
  let off: TestTandem;
  let activeCycle: string;

  before(async function () {
    this.timeout(120_000);
    off = await startTestTandem({ TAB_DIR: tabDir(), AI_DRAFTING: 'off' });
    activeCycle = await t().cycleId('active');
  });

  after(async () => {
    await off?.close();
  });

  /** Opens the tab at a hash as the given user (switching through the user switcher when needed). */
  const open = (page: Page, hash: string, user: User = 'arjun', server: TestTandem = t()) => openAs(page, hash, NAMES[user], server);

  async function openForm(page: Page, server: TestTandem = t()): Promise<void> {
    await open(page, '/new', 'arjun', server);
    await page.getByRole('heading', { name: 'New objective' }).waitFor();
    await page.locator('form[data-coach-ready]:not([data-coach-ready="loading"])').waitFor();
  }

  const hint = (page: Page, code: string, field?: string) => page.locator(`[data-coach-code="${code}"]${field ? `[data-coach-field="${field}"]` : ''}`);

  /** The hint is the control's accessible description (aria-describedby) and sits right under it. */
  async function assertInPlace(page: Page, control: Locator, code: string): Promise<void> {
    const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
    assert.ok(describedBy, `${code}: the control has no description`);
    const described = await page.evaluate(
      ([ids, wanted]) => ids.split(/\s+/).some((id) => document.getElementById(id)?.querySelector(`[data-coach-code="${wanted}"]`) !== null),
      [describedBy, code] as const,
    );
    assert.ok(described, `${code} is not part of the control's description`);
    const box = (await control.boundingBox())!;
    const hintBox = (await hint(page, code).first().boundingBox())!;
    assert.ok(hintBox.y >= box.y + box.height - 1 && hintBox.y - (box.y + box.height) < 40, `${code} is not right under its control: ${JSON.stringify({ box, hintBox })}`);
  }

  it('shows hints in place as the person types, debounced, and takes them away once fixed', async () => {
    const page = await newPage();
    const checkRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/coach/check')) checkRequests.push(r.postData() ?? '');
    });
    await openForm(page);

    const title = page.getByRole('textbox', { name: 'Objective' });
    const typedTitle = 'Increase deploys by 300%';
    const before = checkRequests.length;
    await title.pressSequentially(typedTitle, { delay: 30 });
    await hint(page, 'COACH.OBJECTIVE_IS_A_NUMBER', 'title').waitFor();
    await assertInPlace(page, title, 'COACH.OBJECTIVE_IS_A_NUMBER');
    // 24 keystrokes at 30 ms apart are one pause: one request (two if the machine stalls), not 24.
    const duringTitle = checkRequests.length - before;
    assert.ok(duringTitle >= 1 && duringTitle <= 2, `${duringTitle} check requests while typing the title`);
    assert.ok(JSON.parse(checkRequests.at(-1)!).title === typedTitle, 'the last check carries the whole title');

    const kr1 = page.getByRole('textbox', { name: 'Key result 1' });
    await kr1.pressSequentially('Launch the new pipeline', { delay: 20 });
    await hint(page, 'COACH.KR_TASK_WORDING', 'keyResults.0.title').waitFor();
    await assertInPlace(page, kr1, 'COACH.KR_TASK_WORDING');
    const target = page.getByRole('spinbutton', { name: 'Target' });
    await hint(page, 'COACH.KR_NOT_MEASURABLE', 'keyResults.0.target').waitFor();
    await assertInPlace(page, target, 'COACH.KR_NOT_MEASURABLE');
    await page.locator('[data-coach-section="keyResults"]').locator('[data-coach-code="COACH.TOO_FEW_KEY_RESULTS"]').waitFor();
    const alignTo = page.getByRole('combobox', { name: 'Aligns to' });
    await hint(page, 'COACH.NOT_ALIGNED', 'alignments').waitFor();
    await assertInPlace(page, alignTo, 'COACH.NOT_ALIGNED');
    await browser().screenshot(page, 'coach-01-hints', { fullPage: true });
    const violations = blocking(await runAxe(page));
    assert.equal(violations.length, 0, `axe on the form with hints:\n${describeViolations(violations)}`);

    // Fixing each thing takes its hint away.
    await target.fill('20');
    await hint(page, 'COACH.KR_NOT_MEASURABLE').waitFor({ state: 'detached' });
    await kr1.fill('Deploys per week from 3 to 20');
    await hint(page, 'COACH.KR_TASK_WORDING').waitFor({ state: 'detached' });
    await title.fill('Make deploys boring');
    await hint(page, 'COACH.OBJECTIVE_IS_A_NUMBER').waitFor({ state: 'detached' });
    const parent = await alignTo.evaluate((el) => [...(el as HTMLSelectElement).options].find((o) => o.text === 'Run a platform nobody has to think about')?.value ?? '');
    await alignTo.selectOption(parent);
    await hint(page, 'COACH.NOT_ALIGNED').waitFor({ state: 'detached' });
    assert.equal(await hint(page, 'COACH.TOO_FEW_KEY_RESULTS').count(), 1, 'one key result is still one');
    noPageErrors(page);
  });

  it('a duplicate of an objective in the cycle links to it', async () => {
    const page = await newPage();
    await openForm(page);
    await page.getByRole('textbox', { name: 'Objective' }).fill('Database failover becomes boring!');
    const duplicate = hint(page, 'COACH.POSSIBLE_DUPLICATE', 'title');
    await duplicate.waitFor();
    const link = duplicate.getByRole('link', { name: 'Open “Database failover becomes boring”' });
    assert.match((await link.getAttribute('href'))!, /^#\/objective\//);
    noPageErrors(page);
  });

  it('an untouched form gets no advice; editing an objective lists its key results’ hints together', async () => {
    const page = await newPage();
    const checks: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/coach/check')) checks.push(r.url());
    });
    await openForm(page);
    await page.waitForTimeout(800);
    assert.equal(checks.length, 0);
    assert.equal(await page.locator('[data-coach-code]').count(), 0);

    const mine = (await t().request('GET', `/cycles/${activeCycle}/objectives?participant=me&limit=500`, { as: 'fatima' })).body.items as { id: string; title: string }[];
    const draft = mine.find((o) => o.title === 'Preview environments people actually use')!;
    await open(page, `/edit/${encodeURIComponent(draft.id)}`, 'fatima');
    await page.getByRole('heading', { name: 'Edit objective' }).waitFor();
    const section = page.locator('section[data-coach-section="keyResults"]');
    await section.locator('[data-coach-code="COACH.TOO_FEW_KEY_RESULTS"]').waitFor();
    await section.locator('[data-coach-code="COACH.KR_NOT_MEASURABLE"][data-coach-field="keyResults.0.type"]').getByText(/Key result 1: Done/).waitFor();
    assert.equal(await hint(page, 'COACH.POSSIBLE_DUPLICATE').count(), 0, 'not its own duplicate');
    await browser().screenshot(page, 'coach-06-edit', { fullPage: true });
    noPageErrors(page);
  });

  it('templates: browse by function and copy one into the form', async () => {
    const page = await newPage();
    await openForm(page);
    await page.getByRole('button', { name: 'Start from a template' }).click();
    const dialog = page.getByRole('dialog', { name: 'OKR templates' });
    await dialog.locator('[data-template-id]').first().waitFor();
    const all = await dialog.locator('[data-template-id]').count();
    await dialog.getByRole('combobox', { name: 'Function' }).selectOption({ label: 'Customer support' });
    const support = await dialog.locator('[data-template-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id')));
    assert.ok(support.length >= 2 && support.length < all && support.every((id) => id!.startsWith('support-')), support.join(', '));
    await browser().screenshot(page, 'coach-02-templates');
    const violations = blocking(await runAxe(page));
    assert.equal(violations.length, 0, `axe on the templates dialog:\n${describeViolations(violations)}`);
    await dialog.getByRole('button', { name: 'Use this template: Getting help feels effortless' }).click();
    await dialog.waitFor({ state: 'detached' });

    assert.equal(await page.getByRole('textbox', { name: 'Objective' }).inputValue(), 'Getting help feels effortless');
    assert.equal(await page.getByRole('textbox', { name: 'Why it matters' }).inputValue(), 'Every support conversation is a chance to earn loyalty.');
    const krTitles = await page.getByRole('textbox', { name: /^Key result \d+$/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    assert.deepEqual(krTitles, ['Customer satisfaction from 82% to 92%', 'First response time from 8 hours to 1 hour', 'Tickets solved in the first reply from 35% to 55%']);
    assert.deepEqual(await page.getByRole('spinbutton', { name: 'Target' }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), ['92', '1', '55']);
    await page.locator('[data-template-copied]').waitFor();
    noPageErrors(page);
  });

  it('offline drafting: suggested key results land in the form labelled as offline examples, "Improve" proposes a rewrite, the person edits and saves', async () => {
    const page = await newPage();
    await openForm(page);
    const suggest = page.getByRole('button', { name: 'Suggest key results' });
    assert.ok(await suggest.isDisabled(), 'needs an objective first');
    await page.getByRole('textbox', { name: 'Objective' }).fill('Make deploys boring');
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Do more deploys');
    await suggest.click();
    await page.locator('[data-drafts-provider="offline"]').getByText(/drafted offline without AI/).waitFor();
    const badges = page.locator('[data-draft-origin="offline"]');
    const drafted = await badges.count();
    assert.ok(drafted >= 3 && drafted <= 5, `${drafted} drafts`);
    assert.equal(await badges.first().textContent(), 'Offline example');
    const titles = () => page.getByRole('textbox', { name: /^Key result \d+$/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const afterSuggest = await titles();
    assert.equal(afterSuggest[0], 'Do more deploys', 'what the person wrote stays first');
    assert.equal(afterSuggest.length, drafted + 1);

    // "Improve" the vague one: a proposal, used only when the person says so.
    await page.getByRole('button', { name: 'Improve: Key result 1' }).click();
    const rewrite = page.locator('[data-rewrite-provider="offline"]');
    await rewrite.waitFor();
    await rewrite.getByText('An example from the templates (offline, not AI).').waitFor();
    const proposed = (await rewrite.locator('span').nth(1).textContent())!;
    assert.equal((await titles())[0], 'Do more deploys', 'nothing changes before the person confirms');
    // The drafts are checked like anything the person types.
    await hint(page, 'COACH.KR_NOT_MEASURABLE', 'keyResults.0.target').waitFor();
    await browser().screenshot(page, 'coach-03-drafts', { fullPage: true });
    const violations = blocking(await runAxe(page));
    assert.equal(violations.length, 0, `axe with drafts:\n${describeViolations(violations)}`);
    await rewrite.getByRole('button', { name: 'Use this' }).click();
    await rewrite.waitFor({ state: 'detached' });
    assert.equal((await titles())[0], proposed);

    // Editing a draft makes it the person's own: the label goes.
    const second = page.getByRole('textbox', { name: 'Key result 2' });
    const before = await page.locator('[data-draft-origin]').count();
    await second.fill(`${await second.inputValue()} (our numbers)`);
    assert.equal(await page.locator('[data-draft-origin]').count(), before - 1);

    // Keep three and save: what is saved is what the form shows.
    while ((await titles()).length > 3) await page.getByRole('button', { name: 'Remove' }).last().click();
    const final = await titles();
    await page.getByRole('button', { name: 'Save and propose' }).click();
    await page.waitForURL('**/#/objective/**');
    const id = decodeURIComponent(page.url().split('#/objective/')[1]!);
    const saved = await t().request('GET', `/objectives/${encodeURIComponent(id)}`, { as: 'arjun' });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.objective.keyResults.map((k: { title: string }) => k.title), final);
    assert.equal(saved.body.objective.state, 'proposed');
    noPageErrors(page);
  });

  it('drafting failures are shown as friendly messages', async () => {
    const page = await newPage();
    await page.route('**/api/v1/coach/suggest-key-results', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'AI.BUSY', message: 'x', details: {} } }) }),
    );
    await page.route('**/api/v1/coach/improve-key-result', (route) =>
      route.fulfill({ status: 504, contentType: 'application/json', body: JSON.stringify({ error: { code: 'AI.TIMEOUT', message: 'x', details: {} } }) }),
    );
    await openForm(page);
    await page.getByRole('textbox', { name: 'Objective' }).fill('Make deploys boring');
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Do more deploys');
    await page.getByRole('button', { name: 'Suggest key results' }).click();
    await page.locator('[data-drafting-error]').getByText('The drafting service is busy right now. Try again in a minute.').waitFor();
    await page.getByRole('button', { name: 'Improve: Key result 1' }).click();
    await page.getByRole('alert').getByText('The drafting service took too long to answer. Try again in a moment.').waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Key result 1' }).inputValue(), 'Do more deploys', 'nothing in the form changed');
    await browser().screenshot(page, 'coach-04-drafting-failed');
    noPageErrors(page);
  });

  it('with drafting off, "Suggest key results" and "Improve" are not shown, and the hints still are', async () => {
    const page = await newPage();
    await openForm(page, off);
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Write the runbook');
    await hint(page, 'COACH.KR_TASK_WORDING').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Suggest key results' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Improve/ }).count(), 0);
    assert.equal(await page.locator('form[data-coach-ready="off"]').count(), 1);
    noPageErrors(page);
  });

  it('fits a 320 px phone screen with hints showing', async () => {
    const page = await newPage(320, 640);
    await openForm(page);
    await page.getByRole('textbox', { name: 'Objective' }).fill('Increase deploys by 300%');
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Launch the new pipeline');
    await hint(page, 'COACH.KR_TASK_WORDING').waitFor();
    const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    await browser().screenshot(page, 'coach-05-phone', { fullPage: true });
    assert.ok(scrollWidth <= 321, `the form scrolls sideways at 320 px: ${scrollWidth}`);
    noPageErrors(page);
  });

  it('the coach loads with the form, not with the tab', async () => {
    const meta = JSON.parse(await readFile(join(tabDir(), 'meta.json'), 'utf8')) as { outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string }[] }> };
    const coachInputs = (inputs: Record<string, unknown>) => Object.keys(inputs).filter((i) => i.startsWith('tabs/src/coach/') || i.endsWith('coach-hints.tsx') || i.startsWith('src/domain/okr/coach/'));
    const main = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === 'tabs/src/main.tsx')!;
    // The main bundle and every chunk it imports statically (what every visit downloads).
    const initial = new Set<string>([main[0]]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const path of [...initial]) for (const imported of meta.outputs[path]?.imports ?? []) if (!initial.has(imported.path) && (imported as { kind?: string }).kind === 'import-statement') (initial.add(imported.path), (grew = true));
    }
    for (const path of initial) assert.deepEqual(coachInputs(meta.outputs[path]!.inputs), [], `${path} carries coach code`);
    const form = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === 'tabs/src/views/objective-form.tsx')!;
    assert.ok(coachInputs(form[1].inputs).length >= 4, 'the form chunk carries the coach');

    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await open(page, '/my');
    await page.locator('[data-objective-id]').first().waitFor();
    const formChunk = form[0].replace(/^dist\/tab\//, '');
    assert.ok(!scripts.some((s) => s.endsWith(formChunk)), 'My OKRs does not download the form and coach');
    await page.getByRole('button', { name: 'New objective' }).first().click();
    await page.getByRole('heading', { name: 'New objective' }).waitFor();
    assert.ok(scripts.some((s) => s.endsWith(formChunk)), 'the form (with the coach) loads on demand');
    assert.ok(activeCycle);
  });
});
