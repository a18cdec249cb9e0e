/**
 * 1:1s and development plans in headless Chromium, against a real Tandem with the demo world:
 * Priya runs her 1:1 with Arjun from My team (agenda, private note, completing the meeting carries
 * the open points over), Arjun reaches the same 1:1 from his Development plan section and never
 * sees Priya's private note, and both keep Arjun's development plan. Users are picked with the
 * tab's user switcher, as in okr-tab.test.ts. The cases share one Tandem and run in order.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tabSuite } from './tab-suite.js';

const NAMES = { priya: 'Priya Nair', arjun: 'Arjun Mehta', hannah: 'Hannah Lee' } as const;
type User = keyof typeof NAMES;

const NEW_POINT = 'Budget for the reliability offsite';
const PRIVATE = 'PRIYA-ONLY: Arjun is ready for the tech-lead trial';
const REPORT_POINT = 'Conference travel in March';
const NEW_SKILL = 'Public speaking';

describe('1:1s and development plans in headless Chromium', function () {
  this.timeout(90_000);
  const { t, browser, newPage, noPageErrors, openAs, axe } = tabSuite({ tempPrefix: 'tandem-one-on-one-tab-', setupTimeout: 180_000 });
  let arjun = '';

  before(() => {
    arjun = t().person('arjun');
  });

  const open = (page: Page, hash: string, user: User) => openAs(page, hash, NAMES[user]);

  const api = async (path: string, as: User) => {
    const res = await t().request('GET', path, { as });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };
  const agendaIds = (page: Page) => page.locator('[data-agenda] [data-talking-point]').evaluateAll((els) => els.map((e) => e.getAttribute('data-talking-point')));

  it('the manager’s 1:1 from My team: agenda with carried-over points, OKRs as context, a point added and checked, a private note', async () => {
    const page = await newPage(1280, 1400);
    await open(page, `/reviews/team/${arjun}/one-on-one`, 'priya');
    await page.getByRole('heading', { name: '1:1 with Arjun Mehta' }).waitFor();
    const expected = await api(`/one-on-ones/${arjun}`, 'priya');
    await page.locator('[data-agenda] [data-talking-point]').first().waitFor();
    assert.deepEqual(await agendaIds(page), expected.meeting.agenda.map((i: any) => i.id));
    await page.getByText(/^Added by .* · Carried over from/).first().waitFor();
    const objectives = expected.okrContext.cycles.flatMap((c: any) => c.objectives);
    assert.ok(objectives.length > 0);
    assert.equal(await page.locator('[data-okr-context-objective]').count(), objectives.length);
    await page.getByText('Context for the conversation, read only.', { exact: false }).waitFor();
    // Sub-tabs for the other parts of the report's file.
    const about = page.getByRole('tablist', { name: 'About Arjun Mehta' });
    for (const name of ['1:1', 'Development plan', 'Reviews', 'Feedback']) await about.getByRole('tab', { name, exact: true }).waitFor();

    await page.getByRole('textbox', { name: 'Add a talking point' }).fill(NEW_POINT);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const row = page.locator('[data-agenda] [data-talking-point]', { hasText: NEW_POINT });
    await row.waitFor();
    await row.getByRole('checkbox').check();
    await page.locator('[data-agenda] [data-talking-point][data-state="done"]', { hasText: NEW_POINT }).waitFor();

    const privateBox = page.locator('[data-notes="private"] textarea');
    await privateBox.fill(PRIVATE);
    await page.locator('[data-notes="private"]').getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-notes="private"]').getByText('Saved').waitFor();
    assert.equal((await api(`/one-on-ones/${arjun}`, 'priya')).meeting.myPrivateNote.text, PRIVATE);
    assert.ok(!JSON.stringify(await api(`/one-on-ones/${arjun}`, 'arjun')).includes('PRIYA-ONLY'));

    await browser().screenshot(page, 'one-on-one-01-manager', { fullPage: true });
    await axe(page, '1:1 (manager)');
    noPageErrors(page);
  });

  it('completing the meeting moves the unchecked points to the next one', async () => {
    const page = await newPage(1280, 1400);
    await open(page, `/reviews/team/${arjun}/one-on-one`, 'priya');
    await page.locator('[data-agenda] [data-talking-point]').first().waitFor();
    const before = await api(`/one-on-ones/${arjun}`, 'priya');
    const open_ = before.meeting.agenda.filter((i: any) => i.state === 'open').map((i: any) => i.text).sort();
    assert.ok(open_.length > 0);
    await page.getByRole('button', { name: 'Complete meeting' }).click();
    await page.waitForFunction((id) => document.querySelector('[data-agenda]')?.getAttribute('data-agenda') !== id, before.meeting.id);
    const after = await api(`/one-on-ones/${arjun}`, 'priya');
    assert.notEqual(after.meeting.id, before.meeting.id);
    assert.deepEqual(after.meeting.agenda.map((i: any) => i.text).sort(), open_);
    await page.locator('[data-agenda] [data-talking-point]').first().waitFor();
    assert.deepEqual(await agendaIds(page), after.meeting.agenda.map((i: any) => i.id));
    assert.equal(await page.locator('[data-agenda] [data-talking-point]', { hasText: NEW_POINT }).count(), 0, 'the checked point stays behind');
    // The completed meeting is in the picker, read only.
    const picker = page.locator('select[data-meeting-picker]');
    await picker.selectOption(before.meeting.id);
    await page.locator(`[data-agenda="${before.meeting.id}"]`).waitFor();
    await page.locator(`[data-agenda="${before.meeting.id}"]`).getByText('Discussed').first().waitFor();
    assert.equal(await page.locator(`[data-agenda="${before.meeting.id}"] input[type="checkbox"]`).count(), 0);
    await browser().screenshot(page, 'one-on-one-02-completed-record', { fullPage: true });
    noPageErrors(page);
  });

  it('the report reaches the 1:1 from Development plan and never sees the manager’s private note', async () => {
    const page = await newPage(1280, 1400);
    await open(page, '/reviews/growth/one-on-one', 'arjun');
    await page.getByRole('tab', { name: '1:1 with Priya Nair' }).waitFor();
    await page.getByRole('heading', { name: '1:1 with Priya Nair' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'My team' }).count(), 0, 'no My team section for someone without reports');
    await page.locator('[data-one-on-one][data-viewer-role="report"]').waitFor();
    await page.getByRole('textbox', { name: 'Add a talking point' }).fill(REPORT_POINT);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('[data-agenda] [data-talking-point]', { hasText: REPORT_POINT }).waitFor();
    // Every meeting in the picker, none showing Priya's note.
    const meetings = (await api(`/one-on-ones/${arjun}`, 'arjun')).meetings as any[];
    for (const m of meetings) {
      await page.locator('select[data-meeting-picker]').selectOption(m.id);
      await page.locator(`[data-agenda="${m.id}"]`).waitFor();
      assert.ok(!(await page.content()).includes('PRIYA-ONLY'), `meeting ${m.date}`);
    }
    await page.locator('select[data-meeting-picker]').selectOption(meetings[meetings.length - 1].id);
    await page.locator(`[data-agenda="${meetings[meetings.length - 1].id}"]`).waitFor();
    await browser().screenshot(page, 'one-on-one-03-report', { fullPage: true });
    await axe(page, '1:1 (report)');
    noPageErrors(page);
  });

  it('the 1:1 works on a phone-sized screen', async () => {
    const page = await newPage(375, 800);
    await open(page, `/reviews/team/${arjun}/one-on-one`, 'priya');
    await page.locator('[data-agenda] [data-talking-point]').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling (${overflow}px)`);
    await browser().screenshot(page, 'one-on-one-04-phone', { fullPage: true });
    noPageErrors(page);
  });

  it('the development plan: my own, labelled as not OKRs; a skill added; the manager edits it from My team; HR reads it', async () => {
    const page = await newPage(1280, 1400);
    await open(page, '/reviews/growth', 'arjun');
    await page.getByRole('heading', { name: 'My development plan' }).waitFor();
    await page.getByText('They are not OKRs', { exact: false }).waitFor();
    const plan = await api(`/people/${arjun}/development-plan`, 'arjun');
    assert.equal(await page.locator('[data-growth-goal]').count(), plan.plan.goals.length);
    assert.equal(await page.locator('[data-skill]').count(), plan.plan.skills.length);
    await page.locator('[data-plan-skills]').getByRole('textbox', { name: 'Skill' }).fill(NEW_SKILL);
    await page.locator('[data-plan-skills]').getByRole('combobox', { name: 'Target level' }).selectOption('4');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.locator('[data-skill]', { hasText: NEW_SKILL }).waitFor();
    const saved = (await api(`/people/${arjun}/development-plan`, 'arjun')).plan.skills.find((s: any) => s.name === NEW_SKILL);
    assert.deepEqual([saved.currentLevel, saved.targetLevel], [2, 4]);
    await browser().screenshot(page, 'one-on-one-05-development-plan', { fullPage: true });
    await axe(page, 'Development plan (own)');
    noPageErrors(page);

    const manager = await newPage(1280, 1400);
    await open(manager, `/reviews/team/${arjun}/plan`, 'priya');
    await manager.getByRole('heading', { name: 'Arjun Mehta’s development plan' }).waitFor();
    await manager.locator('[data-development-plan][data-can-edit="true"]').waitFor();
    await manager.locator('[data-plan-notes]').getByRole('textbox', { name: 'Note' }).fill('Great progress on the design goal.');
    await manager.getByRole('button', { name: 'Add note' }).click();
    await manager.locator('[data-progress-note]', { hasText: 'Great progress on the design goal.' }).waitFor();
    await axe(manager, 'Development plan (manager)');
    noPageErrors(manager);

    // HR reads the plan through the API only (no My team for HR): read, not write.
    const hr = await t().request('GET', `/people/${arjun}/development-plan`, { as: 'hannah' });
    assert.equal(hr.status, 200);
    assert.equal(hr.body.canEdit, false);
  });
});
