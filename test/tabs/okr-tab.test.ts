/**
 * The tab end to end in headless Chromium: standalone in a plain browser (local mode, the user
 * switcher picks who we are) and inside a test page that speaks the Teams host protocol.
 * The cases share one Tandem and run in order: the objective arjun creates is approved by priya and
 * checked in by arjun.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { blocking, describeViolations, runAxe } from './browser.js';
import { switchUser as switchTo, tabSuite } from './tab-suite.js';
import { openInTeamsHost } from './teams-host-page.js';

interface ObjectiveJson {
  id: string;
  title: string;
  level: string;
  state: string;
  progress: number;
  owner: { kind: string; id: string };
  alignments: unknown[];
  keyResults: { id: string; title: string; progress: number; current: number | null; lastCheckIn: unknown }[];
}
interface TreeNode {
  objectiveId: string;
  title: string;
  children: TreeNode[];
}

const NAMES = { priya: 'Priya Nair', arjun: 'Arjun Mehta', olivia: 'Olivia Chen' } as const;
type User = keyof typeof NAMES;

describe('Tandem tab in headless Chromium', function () {
  this.timeout(60_000);
  const { t, browser, newPage, noPageErrors, openAs, axe } = tabSuite();
  let activeCycle: string;

  before(async () => {
    activeCycle = await t().cycleId('active');
  });

  // ---- helpers -------------------------------------------------------------------------------

  /** Opens the tab at a hash, as the given user (through the user switcher when not the default). */
  const open = (page: Page, hash: string, user: User = 'priya') => openAs(page, hash, NAMES[user]);
  const switchUser = (page: Page, user: User) => switchTo(page, NAMES[user]);
  const headerUser = (page: Page) => page.locator('select[data-user-switcher]');
  /** The name shown by a native select: its selected option's text. */
  const selectedText = (select: ReturnType<Page['locator']>) => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

  const cardIds = (page: Page) => page.locator('[data-objective-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-objective-id')!));
  const api = async <T>(path: string, as: string = 'priya'): Promise<T> => {
    const response = await t().request<T>('GET', path, { as });
    assert.equal(response.status, 200, `GET ${path}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const listObjectives = async (query: string, as: string = 'priya') => (await api<{ items: ObjectiveJson[] }>(`/cycles/${activeCycle}/objectives?limit=500&${query}`, as)).items;

  async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
    const select = page.getByRole('combobox', { name: label });
    const value = await select.evaluate(
      (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => (typeof wanted === 'string' ? o.text === wanted : new RegExp(wanted).test(o.text)))?.value,
      typeof option === 'string' ? option : option.source,
    );
    assert.notEqual(value, undefined, `no option ${String(option)} in ${label}`);
    await select.selectOption(value!);
  }


  // ---- standalone ----------------------------------------------------------------------------

  it('standalone: My OKRs shows the default user\'s cards, and a plain browser never loads teams-js or leaves the machine', async () => {
    const page = await newPage();
    const blockedBefore = browser().blocked.length;
    await page.goto(`${t().url}/`);
    await page.getByRole('heading', { name: 'My OKRs' }).waitFor();
    await page.locator('[data-objective-id]').first().waitFor();
    assert.match(await selectedText(headerUser(page)), /Priya Nair/);
    const expected = await listObjectives('participant=me');
    assert.ok(expected.length > 0);
    assert.deepEqual((await cardIds(page)).sort(), expected.map((o) => o.id).sort());
    // The FluentProvider root carries the theme; a plain browser without prefers-color-scheme: dark is light.
    assert.equal(await page.locator('[data-theme]').first().getAttribute('data-theme'), 'default');
    // teams-js (and its CDN domain-list fetch) only load when the tab is hosted by Teams.
    assert.deepEqual(browser().blocked.slice(blockedBefore), []);
    await browser().screenshot(page, '01-my-okrs');
    await axe(page, 'My OKRs');
    noPageErrors(page);
  });

  it('board: filters by team and by level', async () => {
    const page = await newPage();
    await open(page, '/board');
    await page.getByRole('heading', { name: 'Board' }).waitFor();
    await page.locator('[data-objective-id]').first().waitFor();
    const all = await listObjectives('');
    await page.getByText(`${all.length} objectives`).waitFor();
    await browser().screenshot(page, '02-board-list');
    await axe(page, 'Board list');

    await pick(page, 'Team', 'Platform');
    const platform = await listObjectives(`team=${t().team('platform')}`);
    assert.ok(platform.length > 0 && platform.length < all.length, `platform ${platform.length} of ${all.length}`);
    await page.getByText(`${platform.length} objectives`).waitFor();
    assert.deepEqual((await cardIds(page)).sort(), platform.map((o) => o.id).sort());

    await pick(page, 'Team', 'Whole company');
    await pick(page, 'Level', 'Company');
    const company = all.filter((o) => o.level === 'company');
    assert.ok(company.length > 0);
    await page.getByText(`${company.length} objectives`).waitFor();
    assert.deepEqual((await cardIds(page)).sort(), company.map((o) => o.id).sort());
    noPageErrors(page);
  });

  it('board: the alignment tree nests objectives and flags the unaligned one', async () => {
    const tree = await api<{ roots: TreeNode[]; unalignedIds: string[] }>(`/cycles/${activeCycle}/tree`);
    assert.ok(tree.unalignedIds.length > 0, 'the demo world has an unaligned team objective');
    const page = await newPage(1280, 2400);
    await open(page, '/board');
    await page.getByRole('tab', { name: 'Alignment tree' }).click();
    await page.locator('[data-tree-objective]').first().waitFor();

    // A company objective, one of its children and a grandchild, each one level deeper.
    const parent = tree.roots.find((r) => r.children.some((c) => c.children.length > 0))!;
    const child = parent.children.find((c) => c.children.length > 0)!;
    const grandchild = child.children[0]!;
    // The level is announced on the row's listitem (aria-level).
    const level = (id: string) => page.locator(`[data-tree-objective="${id}"]`).first().evaluate((el) => Number(el.closest('[role="listitem"]')?.getAttribute('aria-level')));
    assert.equal(await level(parent.objectiveId), 1);
    assert.equal(await level(child.objectiveId), 2);
    assert.equal(await level(grandchild.objectiveId), 3);
    const order = await page.locator('[data-tree-objective]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tree-objective')));
    assert.ok(order.indexOf(parent.objectiveId) < order.indexOf(child.objectiveId) && order.indexOf(child.objectiveId) < order.indexOf(grandchild.objectiveId));

    for (const id of tree.unalignedIds) {
      const row = page.locator(`[data-tree-objective="${id}"]`).first();
      await row.getByText('Not aligned').waitFor();
    }
    assert.equal(await page.locator(`[data-tree-objective="${parent.objectiveId}"]`).first().getByText('Not aligned').count(), 0);
    await browser().screenshot(page, '03-board-tree', { fullPage: true });
    await axe(page, 'Board tree');

    // Collapsing the parent hides its subtree.
    await page.locator(`[data-tree-objective="${parent.objectiveId}"] button`).first().click();
    await page.locator(`[data-tree-objective="${child.objectiveId}"]`).waitFor({ state: 'detached' });
    noPageErrors(page);
  });

  it('opens an objective page from a card', async () => {
    const page = await newPage();
    await open(page, '/my');
    const first = page.locator('[data-objective-id]').first();
    const id = await first.getAttribute('data-objective-id');
    const title = (await first.getByRole('link').first().textContent())!.trim();
    await first.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/#/objective/${id}`);
    await page.getByRole('region', { name: title }).waitFor();
    await page.getByText('Check-in history').waitFor();
    await page.getByText('Aligned to').waitFor();
    await browser().screenshot(page, '04-objective-page', { fullPage: true });
    await axe(page, 'Objective page');
    noPageErrors(page);
  });

  // ---- the proposal flow ------------------------------------------------------------------------

  const NEW_TITLE = 'Make deploys boring';
  let createdId = '';

  it('arjun creates an objective with two key results and proposes it', async () => {
    const page = await newPage();
    await open(page, '/my', 'arjun');
    await page.getByRole('button', { name: 'New objective' }).first().click();
    await page.getByRole('heading', { name: 'New objective' }).waitFor();
    await page.getByRole('textbox', { name: 'Objective' }).fill(NEW_TITLE);
    await page.getByRole('textbox', { name: 'Why it matters' }).fill('Releases should never be an event.');
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Deploys per week from 2 to 10');
    await page.getByRole('spinbutton', { name: 'Start' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Target' }).fill('10');
    await page.getByRole('button', { name: 'Add key result' }).click();
    await page.getByRole('textbox', { name: 'Key result 2' }).fill('Rollback time from 30 to 5 minutes');
    // Two "Type" dropdowns now: the second key result's.
    await page.getByRole('combobox', { name: 'Type' }).nth(1).selectOption({ label: 'Decrease to' });
    const starts = page.getByRole('spinbutton', { name: 'Start' });
    const targets = page.getByRole('spinbutton', { name: 'Target' });
    await starts.nth(1).fill('30');
    await targets.nth(1).fill('5');
    await browser().screenshot(page, '05-form', { fullPage: true });
    await axe(page, 'Objective form');

    await page.getByRole('button', { name: 'Save and propose' }).click();
    await page.waitForURL('**/#/objective/**');
    createdId = decodeURIComponent(page.url().split('#/objective/')[1]!);
    const mine = await listObjectives('participant=me', 'arjun');
    const created = mine.find((o) => o.id === createdId);
    assert.ok(created, 'the new objective is listed');
    assert.equal(created.title, NEW_TITLE);
    assert.equal(created.state, 'proposed');
    assert.equal(created.level, 'individual');
    assert.deepEqual(created.keyResults.map((k) => k.title), ['Deploys per week from 2 to 10', 'Rollback time from 30 to 5 minutes']);
    noPageErrors(page);
  });

  it('priya (arjun\'s manager) switches user, finds it in Approvals and approves it', async () => {
    assert.ok(createdId, 'needs the objective of the previous case');
    const page = await newPage();
    await open(page, '/my', 'arjun');
    await switchUser(page, 'priya');
    await page.getByRole('tab', { name: 'Approvals' }).click();
    await page.getByRole('heading', { name: 'Waiting for your approval' }).waitFor();
    const card = page.locator(`[data-objective-id="${createdId}"]`);
    await card.waitFor();
    await browser().screenshot(page, '06-approvals');
    await axe(page, 'Approvals');
    await card.getByRole('link', { name: NEW_TITLE }).click();
    await page.waitForURL(`**/#/objective/${createdId}`);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Approve' }).waitFor({ state: 'detached' });
    const after = await listObjectives('state=active', 'priya');
    assert.ok(after.some((o) => o.id === createdId), 'approved objectives are active');
    noPageErrors(page);
  });

  it('arjun checks in through the dialog, sees the progress change, then "No change this week"', async () => {
    assert.ok(createdId, 'needs the approved objective');
    const page = await newPage();
    await open(page, '/my', 'arjun');
    const card = page.locator(`[data-objective-id="${createdId}"]`);
    await card.waitFor();
    // The objective's own progress bar is labelled "Progress: n%".
    const progressLabel = () => card.getByRole('progressbar', { name: /^Progress:/ }).getAttribute('aria-label');
    assert.equal(await progressLabel(), 'Progress: 0%');

    await card.getByRole('button', { name: 'Check in' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('spinbutton', { name: 'Current value' }).fill('6');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Pipeline now deploys on merge');
    await browser().screenshot(page, '07-check-in-dialog');
    await axe(page, 'Check-in dialog');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.waitFor({ state: 'detached' });
    // KR 1 goes 2 -> 6 of 2 -> 10: 50 %; KR 2 is untouched: 0 %; equal weights: 25 %.
    await page.waitForFunction((id) => document.querySelector(`[data-objective-id="${id}"] [role="progressbar"]`)?.getAttribute('aria-label') === 'Progress: 25%', createdId);
    assert.equal(await card.getByRole('progressbar', { name: /^Deploys per week/ }).getAttribute('aria-label'), 'Deploys per week from 2 to 10: 50%');

    const kr1 = (await listObjectives('participant=me', 'arjun')).find((o) => o.id === createdId)!.keyResults[0]!;
    const before = await api<{ items: unknown[] }>(`/key-results/${encodeURIComponent(kr1.id)}/check-ins`, 'arjun');
    await card.getByRole('button', { name: 'No change this week' }).first().click();
    await page.waitForFunction(
      async ([url, path, user, count]) => {
        const r = await fetch(`${url}/api/v1${path}`, { headers: { 'X-Tandem-User': user } });
        return ((await r.json()) as { items: unknown[] }).items.length > count;
      },
      [t().url, `/key-results/${encodeURIComponent(kr1.id)}/check-ins`, t().person('arjun'), before.items.length] as const,
    );
    const afterNoChange = (await listObjectives('participant=me', 'arjun')).find((o) => o.id === createdId)!;
    assert.equal(afterNoChange.keyResults[0]!.current, 6, 'same value again');
    assert.equal(await progressLabel(), 'Progress: 25%');
    noPageErrors(page);
  });

  // ---- phone width ------------------------------------------------------------------------------

  for (const [view, hash, ready] of [
    ['My OKRs', '/my', '[data-objective-id]'],
    ['Board', '/board', '[data-objective-id]'],
  ] as const) {
    it(`fits a 320 px phone screen without horizontal scrolling: ${view}`, async () => {
      const page = await newPage(320, 640);
      await open(page, hash);
      await page.locator(ready).first().waitFor();
      const { scrollWidth, widest } = await page.evaluate(() => {
        const root = document.scrollingElement!;
        let widestEl = '';
        let max = 0;
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          const right = el.getBoundingClientRect().right;
          if (right > max) {
            max = right;
            widestEl = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} (${Math.round(right)} px)`;
          }
        }
        return { scrollWidth: root.scrollWidth, widest: widestEl };
      });
      await browser().screenshot(page, `08-phone-${view.toLowerCase().replace(/\W+/g, '-')}`);
      assert.ok(scrollWidth <= 321, `${view} at 320 px scrolls sideways: scrollWidth ${scrollWidth}; widest element ${widest}`);
      noPageErrors(page);
    });
  }

  // ---- quarter management -----------------------------------------------------------------------

  it('olivia runs a new cycle: create, start, grade and close its objectives, close it', async () => {
    const page = await newPage();
    await open(page, '/quarter', 'olivia');
    await page.getByRole('heading', { name: 'Quarter management' }).waitFor();
    await browser().screenshot(page, '09-quarter');
    await axe(page, 'Quarter');

    const NAME = 'Winter sprint 2026';
    await page.getByRole('textbox', { name: 'Name' }).fill(NAME);
    await page.getByLabel('Start date').fill('2026-11-01');
    await page.getByLabel('End date').fill('2027-01-31');
    await page.getByRole('button', { name: 'New cycle' }).click();
    await page.getByText(`${NAME}: Planning`).waitFor();
    const cycles = await api<{ items: { id: string; name: string; state: string }[] }>('/cycles', 'olivia');
    const cycle = cycles.items.find((c) => c.name === NAME);
    assert.ok(cycle, 'the cycle exists');

    // Two objectives in it, set up through the API: proposed and approved by olivia (an OKR admin).
    const ids: string[] = [];
    for (const [title, kr, spec] of [
      ['Ship the winter release', 'Features shipped from 0 to 8', { type: 'increase-to', start: 0, target: 8, unit: 'number' }],
      ['Close the year cleanly', 'Open incidents from 12 to 0', { type: 'decrease-to', start: 12, target: 0, unit: 'number' }],
    ] as const) {
      const created: { status: number; body: ObjectiveJson } = await t().request<ObjectiveJson>('POST', `/cycles/${cycle.id}/objectives`, {
        as: 'olivia',
        body: { level: 'company', owner: { kind: 'person', id: t().person('olivia') }, title, keyResults: [{ title: kr, ownerId: t().person('olivia'), weight: 1, spec }] },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      ids.push(created.body.id);
      for (const step of ['propose', 'approve']) {
        const r = await t().request('POST', `/objectives/${encodeURIComponent(created.body.id)}/${step}`, { as: 'olivia' });
        assert.equal(r.status, 200, `${step}: ${JSON.stringify(r.body)}`);
      }
    }

    await page.getByRole('button', { name: 'Start the cycle' }).click();
    await page.getByText(`${NAME}: Active`).waitFor();
    const checkIn = await t().request('POST', `/key-results/${encodeURIComponent((await api<{ objective: ObjectiveJson }>(`/objectives/${encodeURIComponent(ids[0]!)}`, 'olivia')).objective.keyResults[0]!.id)}/check-ins`, {
      as: 'olivia',
      body: { value: 6, confidence: 7, note: 'Six of eight', blockers: '' },
    });
    assert.equal(checkIn.status, 201, JSON.stringify(checkIn.body));

    await page.getByRole('button', { name: 'Move to grading' }).click();
    await page.getByText(`${NAME}: Grading`).waitFor();
    await page.getByText('2 objectives still need a grade').waitFor();
    await page.locator(`[data-grade-objective="${ids[0]}"]`).waitFor();

    // Closing the cycle with ungraded objectives is refused, with the reason shown.
    await page.getByRole('button', { name: 'Close the cycle' }).click();
    await page.getByRole('alert').getByText('Some objectives still need a grade.').waitFor();

    // The first keeps its measured grade (0.75); the second is adjusted, which needs a reason.
    const first = page.locator(`[data-grade-objective="${ids[0]}"]`);
    await first.getByRole('textbox', { name: /^Reflection/ }).fill('Six features shipped; two moved to Q1.');
    await first.getByRole('button', { name: 'Grade and close' }).click();
    await first.waitFor({ state: 'detached' });
    const second = page.locator(`[data-grade-objective="${ids[1]}"]`);
    await second.getByRole('spinbutton', { name: 'Grade' }).fill('0.5');
    await second.getByRole('textbox', { name: 'Reason for a different grade' }).fill('Half the incidents were closed outside the tracker.');
    await second.getByRole('textbox', { name: /^Reflection/ }).fill('We underestimated the backlog.');
    await browser().screenshot(page, '10-quarter-grading');
    await second.getByRole('button', { name: 'Grade and close' }).click();
    await second.waitFor({ state: 'detached' });
    await page.getByText('0 objectives still need a grade').waitFor();
    await page.getByText('0.7 and above: 1').waitFor();
    await page.getByText('0.4 – 0.69: 1').waitFor();

    await page.getByRole('button', { name: 'Close the cycle' }).click();
    await page.getByText(`${NAME}: Closed`).waitFor();
    const closed = (await api<{ items: { id: string; state: string }[] }>('/cycles', 'olivia')).items.find((c) => c.id === cycle.id);
    assert.equal(closed?.state, 'closed');
    const graded = await api<{ objective: { state: string; grade: number; reflection: string } }>(`/objectives/${encodeURIComponent(ids[1]!)}`, 'olivia');
    assert.equal(graded.objective.state, 'closed');
    assert.equal(graded.objective.grade, 0.5);
    assert.equal(graded.objective.reflection, 'We underestimated the backlog.');
    await browser().screenshot(page, '11-quarter-closed');
    noPageErrors(page);
  });

  // ---- inside the Teams test host ---------------------------------------------------------------

  it('inside Teams (content, dark theme): follows the host theme and calls notifySuccess', async () => {
    const page = await newPage();
    const host = await openInTeamsHost(page, t().url, { frameContext: 'content', theme: 'dark', tabPath: '/?host=teams#/my' });
    await host.waitForMessage('initialize');
    await host.waitForMessage('getContext');
    await host.waitForMessage('appInitialization.success');
    const tab = host.frame();
    await tab.locator('[data-objective-id]').first().waitFor();
    const root = tab.locator('[data-theme]').first();
    assert.equal(await root.getAttribute('data-theme'), 'dark');
    // teamsDarkTheme's colorNeutralBackground1 is #292929.
    assert.equal(await root.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(41, 41, 41)');
    assert.equal(await tab.evaluate(() => document.documentElement.lang), 'en-US');
    const calls = (await host.messages()).map((m) => m.func);
    assert.ok(calls.indexOf('initialize') < calls.indexOf('appInitialization.success'));
    assert.ok(calls.includes('registerHandler'), 'registers for theme changes');
    await browser().screenshot(page, '12-teams-dark');
    const violations = blocking(await runAxe(tab));
    assert.equal(violations.length, 0, `axe in the dark theme:\n${describeViolations(violations)}`);

    // Teams switches theme: the tab follows without a reload.
    await host.pushTheme('default');
    await tab.waitForFunction(() => document.querySelector('[data-theme]')?.getAttribute('data-theme') === 'default');
    assert.equal(await root.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 255, 255)');
    noPageErrors(page);
  });

  it('inside Teams (settings): the configuration page offers the team boards and saves a board URL', async () => {
    const page = await newPage();
    const host = await openInTeamsHost(page, t().url, { frameContext: 'settings', theme: 'default', tabPath: '/?host=teams' });
    await host.waitForMessage('settings.setValidityState', (args) => args[0] === true);
    const tab = host.frame();
    await tab.getByRole('heading', { name: 'Choose the board for this tab' }).waitFor();
    const dropdown = tab.getByRole('combobox', { name: 'Team board' });
    await dropdown.waitFor();
    assert.equal(await dropdown.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent), 'Company board');
    const options = await dropdown.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.text));
    assert.ok(options.includes('Platform') && options.includes('Company board'), options.join(', '));
    await dropdown.selectOption({ label: 'Platform' });
    await browser().screenshot(page, '13-teams-config');
    const violations = blocking(await runAxe(tab));
    assert.equal(violations.length, 0, `axe on the configuration page:\n${describeViolations(violations)}`);

    await host.pressSave();
    const saved = await host.waitForMessage('settings.setSettings');
    const settings = saved.args[0] as { contentUrl: string; entityId: string; suggestedDisplayName: string };
    assert.equal(settings.contentUrl, `${t().url}/?host=teams&team=${t().team('platform')}#/board`);
    assert.equal(settings.entityId, `board-${t().team('platform')}`);
    assert.equal(settings.suggestedDisplayName, 'Platform');
    await host.waitForMessage('settings.save.success');
    noPageErrors(page);
  });

  for (const frameContext of ['sidePanel', 'meetingStage'] as const) {
    it(`inside Teams (${frameContext}): loads and calls notifySuccess`, async () => {
      const page = await newPage(frameContext === 'sidePanel' ? 320 : 1280, 800);
      const host = await openInTeamsHost(page, t().url, { frameContext, theme: 'default', tabPath: '/?host=teams#/my' });
      await host.waitForMessage('appInitialization.success');
      await host.frame().locator('[data-objective-id]').first().waitFor();
      await browser().screenshot(page, `14-teams-${frameContext}`);
      noPageErrors(page);
    });
  }
});
