/**
 * The review-cycle screens end to end in headless Chromium, against a real Tandem with the demo world:
 * HR creates and launches a cycle, an employee writes a self review and nominates peers, the manager
 * approves them, peers answer (one in the tab, one through the API), the manager writes the review
 * with the OKR context beside the form, HR calibrates and releases, the employee reads and
 * acknowledges. Users are picked with the tab's user switcher, as in okr-tab.test.ts.
 * The cases share one Tandem and run in order.
 */
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { blocking, describeViolations, runAxe } from './browser.js';
import { tabSuite } from './tab-suite.js';
import { openInTeamsHost } from './teams-host-page.js';

const NAMES = {
  hannah: 'Hannah Lee',
  arjun: 'Arjun Mehta',
  priya: 'Priya Nair',
  lena: 'Lena Fischer',
  kenji: 'Kenji Tanaka',
  tom: 'Tom Becker',
} as const;
type User = keyof typeof NAMES;

interface PacketJson {
  id: string;
  cycleId: string;
  phase: string;
  revision: number;
  selfReview?: { status: string; ratings: Record<string, number>; answers: Record<string, string> };
  nominations?: { identitiesHidden: boolean; items: { id: string; nominee: { id: string }; status: string }[] };
  managerReview?: { status: string; ratings: Record<string, number>; comments: Record<string, string>; summary: string; proposedOverallRating?: number | null };
  privateNotes?: { text: string };
  compensation?: { meritPercent: number | null; promotion: boolean | null };
  calibration?: { adjustedRating: number | null; reason: string | null; finalRating: number | null; performance: number | null; potential: number | null };
  release?: { released: boolean; finalRating: number | null };
  acknowledgement?: { acknowledged: boolean; comment: string | null };
  template: { competencies: { id: string; name: string }[]; questions: { id: string; text: string }[] };
}

const CYCLE = 'Platform mid-year review';
const SELF_ANSWER = 'Shipped the deploy pipeline rewrite and mentored two new joiners.';
const PEER_ANSWER_LENA = 'Arjun unblocks everyone around him and explains the why.';
const PEER_ANSWER_KENJI = 'Reliable on call; writes the clearest incident notes.';
const MANAGER_COMMENT = 'Owned the pipeline end to end and raised the bar for the team.';
const MANAGER_SUMMARY = 'A strong half: delivery was excellent and collaboration lifted the whole platform team.';
const PRIVATE_NOTE = 'Talk to David about a staff promotion case in Q1.';
const CALIBRATION_REASON = 'Cross-team impact confirmed by two other managers.';
const ACK_COMMENT = 'Thank you, agreed on the growth areas.';

describe('Reviews tab in headless Chromium: a review cycle from launch to acknowledgement', function () {
  this.timeout(90_000);
  const { t, browser, newPage, noPageErrors, openAs, axe } = tabSuite({ tempPrefix: 'tandem-reviews-tab-', setupTimeout: 180_000, failureScreenshots: 'reviews' });

  let cycleId = '';
  let arjunPacket = '';

  // ---- helpers -------------------------------------------------------------------------------

  /** Opens the tab at a hash as the given user, through the user switcher. */
  const open = (page: Page, hash: string, user: User) => openAs(page, hash, NAMES[user]);

  const api = async <T>(method: string, path: string, as: User, body?: unknown): Promise<T> => {
    const response = await t().request<T>(method, path, { as, ...(body !== undefined ? { body } : {}) });
    assert.ok(response.status >= 200 && response.status < 300, `${method} ${path} as ${as}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const packet = (as: User = 'hannah') => api<PacketJson>('GET', `/review-packets/${encodeURIComponent(arjunPacket)}`, as);

  /** Confirms the dialog a ConfirmButton opened. */
  async function confirm(page: Page): Promise<void> {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Picks a rating on a labelled scale: the radio group is named after the competency. */
  const rate = (scope: Page | Locator, group: string, option: string) => scope.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }).check();

  const PHASE_NAMES = { peer: 'Peer feedback', manager: 'Manager review', calibration: 'Calibration' } as const;
  async function advanceTo(page: Page, phase: keyof typeof PHASE_NAMES): Promise<void> {
    await page.getByRole('button', { name: `Move to ${PHASE_NAMES[phase]}` }).click();
    await confirm(page);
    await page.locator(`[data-cycle-detail] [data-phase-badge="${phase}"]`).waitFor();
  }

  /** The demo world has a review cycle of its own: pick ours where a report has reviews in two cycles. */
  async function chooseCycle(page: Page): Promise<void> {
    await page.locator('[data-report-reviews]').waitFor();
    const picker = page.locator('[data-report-reviews]').getByRole('combobox', { name: 'Review cycle' });
    if ((await picker.count()) === 0) return;
    const value = await picker.evaluate((el, name) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(name))?.value ?? '', CYCLE);
    assert.ok(value, 'our cycle is offered');
    await picker.selectOption(value);
    await page.locator(`[data-report-reviews] [data-packet-id="${arjunPacket}"]`).waitFor();
  }

  async function fitsPhone(page: Page, view: string): Promise<void> {
    const { scrollWidth, widest } = await page.evaluate(() => {
      let widestEl = '';
      let max = 0;
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const right = el.getBoundingClientRect().right;
        // Wide tables scroll inside their own box; only what sticks out of the page counts.
        if (right > max && !el.closest('[style*="overflow"], table')) {
          max = right;
          widestEl = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} (${Math.round(right)} px)`;
        }
      }
      return { scrollWidth: document.scrollingElement!.scrollWidth, widest: widestEl };
    });
    assert.ok(scrollWidth <= 321, `${view} at 320 px scrolls sideways: scrollWidth ${scrollWidth}; widest element ${widest}`);
  }

  // ---- HR: create and launch -------------------------------------------------------------------

  it('hannah (HR) creates a review cycle for the Platform team and launches it', async () => {
    const page = await newPage(1280, 1000);
    await open(page, '/reviews/cycles', 'hannah');
    await page.getByRole('heading', { name: 'Review cycles' }).waitFor();
    await page.getByRole('button', { name: 'New review cycle' }).click();
    await page.getByRole('heading', { name: 'New review cycle' }).waitFor();

    await page.getByRole('textbox', { name: 'Cycle name' }).fill(CYCLE);
    await page.getByRole('radiogroup', { name: 'Participants' }).getByRole('radio', { name: 'Teams' }).check();
    await page.getByRole('checkbox', { name: 'Platform' }).check();
    await page.getByRole('spinbutton', { name: 'Minimum answers before anything shows' }).fill('2');
    await page.getByRole('switch', { name: 'Managers propose merit and promotion' }).check();
    await browser().screenshot(page, 'reviews-01-cycle-form', { fullPage: true });
    await axe(page, 'Cycle form');

    await page.getByRole('button', { name: 'Create cycle' }).click();
    await page.locator('[data-cycle-detail]').waitFor();
    cycleId = (await page.locator('[data-cycle-detail]').getAttribute('data-cycle-detail'))!;
    const created = await api<{ name: string; phase: string; participants: { kind: string; teamIds: string[] }; anonymity: { mode: string; threshold: number }; compensation: { enabled: boolean; visibleToSubjectAfterRelease: boolean }; template: { competencies: unknown[]; questions: unknown[] } }>(
      'GET',
      `/review-cycles/${cycleId}`,
      'hannah',
    );
    assert.equal(created.name, CYCLE);
    assert.equal(created.phase, 'draft');
    assert.deepEqual(created.participants, { kind: 'teams', teamIds: [t().team('platform')] });
    assert.deepEqual(created.anonymity, { mode: 'anonymous', threshold: 2 });
    assert.deepEqual(created.compensation, { enabled: true, visibleToSubjectAfterRelease: false });
    assert.equal(created.template.competencies.length, 3);
    assert.equal(created.template.questions.length, 3);
    await page.getByText('Not launched yet: nobody sees this cycle.').waitFor();

    await page.getByRole('button', { name: 'Launch cycle' }).click();
    await confirm(page);
    await page.getByText(/^Launched: \d+ reviews created/).waitFor();
    await page.locator('[data-cycle-progress]').waitFor();
    await page.locator(`[data-progress-subject="${t().person('arjun')}"]`).waitFor();
    await browser().screenshot(page, 'reviews-02-cycle-launched', { fullPage: true });
    await axe(page, 'Cycle detail');

    // HR moves the manager deadline a week later, still before calibration.
    const launched = await api<{ deadlines: { manager: string; calibration: string } }>('GET', `/review-cycles/${cycleId}`, 'hannah');
    const later = new Date(Date.parse(`${launched.deadlines.manager}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    assert.ok(later < launched.deadlines.calibration);
    const editor = page.locator('form', { has: page.getByRole('heading', { name: 'Change name and deadlines' }) });
    await editor.getByLabel('Manager review').fill(later);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForFunction(
      async ([url, path, user, date]) => ((await (await fetch(`${url}/api/v1${path}`, { headers: { 'X-Tandem-User': user } })).json()) as { deadlines: { manager: string } }).deadlines.manager === date,
      [t().url, `/review-cycles/${cycleId}`, t().person('hannah'), later] as const,
    );

    const mine = await api<{ items: PacketJson[] }>('GET', '/reviews/mine', 'arjun');
    arjunPacket = mine.items.find((p) => p.cycleId === cycleId)?.id ?? '';
    assert.ok(arjunPacket, 'arjun has a review in the new cycle');

    // The list shows it, in its phase.
    await page.getByRole('link', { name: 'Back' }).click();
    await page.locator(`[data-cycle-id="${cycleId}"]`).getByText('Self review').waitFor();
    await browser().screenshot(page, 'reviews-02b-cycle-list');
    await axe(page, 'Cycle list');
    noPageErrors(page);
  });

  // ---- the employee: self review and nominations -----------------------------------------------

  it('arjun writes, saves and submits his self review, and nominates two peers with the people picker', async () => {
    assert.ok(arjunPacket, 'needs the launched cycle');
    const page = await newPage(1280, 1000);
    await open(page, `/reviews/mine/${encodeURIComponent(arjunPacket)}`, 'arjun');
    const section = page.locator(`[data-packet-id="${arjunPacket}"]`);
    await section.getByRole('heading', { name: CYCLE }).waitFor();
    // The current phase is marked in the timeline.
    assert.equal(await section.locator('li[aria-current="step"]').innerText().then((s) => s.split('\n')[0]), 'Self review');
    // His OKR context is there, labelled as context.
    const context = section.locator('[data-okr-context]');
    await context.getByText('Context, not a score').waitFor();

    const self = section.locator('[data-self-review]');
    await rate(self, 'Delivery', '4 · Exceeds expectations');
    await rate(self, 'Collaboration', '3 · Meets expectations');
    await self.getByRole('textbox', { name: 'What went well in this period?' }).fill(SELF_ANSWER);
    await self.getByRole('button', { name: 'Save draft' }).click();
    await self.getByRole('status').getByText('Saved').waitFor();
    let saved = await packet('arjun');
    assert.equal(saved.selfReview?.status, 'draft');
    assert.equal(saved.selfReview?.answers[saved.template.questions[0]!.id], SELF_ANSWER);
    assert.equal(saved.selfReview?.ratings[saved.template.competencies[0]!.id], 4);

    // Submitting waits for every rating and required answer.
    const submit = self.getByRole('button', { name: 'Submit self review' });
    assert.equal(await submit.isDisabled(), true);
    await rate(self, 'Growth', '3 · Meets expectations');
    await self.getByRole('textbox', { name: 'What would you do differently?' }).fill('Write the migration plan earlier.');
    await browser().screenshot(page, 'reviews-03-self-review', { fullPage: true });
    await axe(page, 'My reviews: self review');
    await submit.click();
    await confirm(page);
    await page.locator('[data-self-review="submitted"]').waitFor();
    saved = await packet('arjun');
    assert.equal(saved.selfReview?.status, 'submitted');
    assert.equal(Object.keys(saved.selfReview?.ratings ?? {}).length, 3);

    // Nominate Lena and Kenji as peers.
    const nominations = section.locator('[data-nominations]');
    for (const name of [NAMES.lena, NAMES.kenji]) {
      const picker = nominations.getByRole('combobox', { name: 'Person' });
      await picker.pressSequentially(name.split(' ')[0]!);
      await page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${name}`) }).click();
      await nominations.getByRole('button', { name: 'Nominate' }).click();
      await nominations.locator(`[data-nomination="${t().person(name === NAMES.lena ? 'lena' : 'kenji')}"]`).getByText('Waiting for approval').waitFor();
    }
    saved = await packet('arjun');
    assert.deepEqual(saved.nominations?.items.map((n) => n.nominee.id).sort(), [t().person('lena'), t().person('kenji')].sort());
    await browser().screenshot(page, 'reviews-04-nominations', { fullPage: true });
    await axe(page, 'My reviews: nominations');
    noPageErrors(page);
  });

  // ---- the manager approves the reviewers; peers answer -----------------------------------------

  it('priya approves both reviewers from her report\'s reviews in My team', async () => {
    assert.ok(arjunPacket, 'needs the launched cycle');
    const page = await newPage(1280, 1000);
    await open(page, '/reviews/mine', 'priya');
    // My reviews lists what waits for a manager, linking to the report's reviews in My team.
    const waiting = page.locator('[data-reviews-to-write]');
    await waiting.locator(`[data-to-write="${t().person('arjun')}"]`, { hasText: CYCLE }).getByRole('link', { name: `Open the review of ${NAMES.arjun}` }).click();
    await page.waitForURL(`**/#/reviews/team/${t().person('arjun')}/reviews/**`);
    await chooseCycle(page);
    const decisions = page.locator('[data-nomination-decisions]');
    await decisions.waitFor();
    for (const key of ['lena', 'kenji'] as const) {
      const row = decisions.locator(`[data-nomination="${t().person(key)}"]`);
      await row.getByRole('button', { name: `Approve ${NAMES[key]}` }).click();
      await row.getByText('Approved').waitFor();
    }
    const saved = await packet('priya');
    assert.deepEqual(saved.nominations?.items.map((n) => n.status), ['approved', 'approved']);
    // Before the manager phase the review form is closed; the self review is readable.
    await page.locator('[data-subject-self-review="submitted"]').getByText(SELF_ANSWER).waitFor();
    await page.getByText('The review form opens in the manager review phase.').waitFor();
    await browser().screenshot(page, 'reviews-05-manager-approves', { fullPage: true });
    await axe(page, 'Report reviews: nominations');
    noPageErrors(page);
  });

  it('hannah moves the cycle to peer feedback; lena answers in the tab, kenji through the API', async () => {
    assert.ok(cycleId, 'needs the launched cycle');
    const hr = await newPage(1280, 1000);
    await open(hr, `/reviews/cycles/${cycleId}`, 'hannah');
    await advanceTo(hr, 'peer');
    await hr.locator('[data-measure="nominations"]').getByText(/People with approved reviewers: [1-9]/).waitFor();

    const page = await newPage(1280, 1000);
    await open(page, '/reviews/mine', 'lena');
    const requests = await api<{ items: { id: string; cycleId: string; subject: { id: string } }[] }>('GET', '/reviews/peer-requests', 'lena');
    const request = requests.items.find((r) => r.cycleId === cycleId && r.subject.id === t().person('arjun'));
    assert.ok(request, 'lena is asked for feedback on arjun');
    const card = page.locator(`[data-peer-request="${request.id}"]`);
    await card.getByText('Your name is not shown. Answers appear only when at least 2 people answered.').waitFor();
    await card.getByRole('button', { name: 'Answer' }).click();
    await rate(card, 'Delivery', '5 · Exceptional');
    await rate(card, 'Collaboration', '5 · Exceptional');
    await card.getByRole('textbox', { name: 'What went well in this period?' }).fill(PEER_ANSWER_LENA);
    await card.getByRole('textbox', { name: 'What would you do differently?' }).fill('Delegate more of the on-call load.');
    await browser().screenshot(page, 'reviews-06-peer-answer', { fullPage: true });
    await axe(page, 'My reviews: peer answer');
    await card.getByRole('button', { name: 'Submit feedback' }).click();
    await confirm(page);
    await card.getByText(/^Thank you: submitted/).waitFor();

    // Kenji answers through the API (the bot's card uses the same use case).
    const kenji = await api<{ items: { id: string; cycleId: string; subject: { id: string }; questions: { id: string }[]; competencies: { id: string }[] }[] }>('GET', '/reviews/peer-requests', 'kenji');
    const his = kenji.items.find((r) => r.cycleId === cycleId && r.subject.id === t().person('arjun'))!;
    await api('POST', `/peer-responses/${encodeURIComponent(his.id)}/submit`, 'kenji', {
      answers: { [his.questions[0]!.id]: PEER_ANSWER_KENJI, [his.questions[1]!.id]: 'Share the runbooks sooner.' },
      ratings: Object.fromEntries(his.competencies.map((c) => [c.id, 4])),
    });
    noPageErrors(page);
    noPageErrors(hr);
  });

  // ---- the manager writes the review beside the OKR context --------------------------------------

  it('priya writes the review with the OKR context beside the form, keeps private notes, proposes compensation and submits', async () => {
    const hr = await newPage(1280, 1000);
    await open(hr, `/reviews/cycles/${cycleId}`, 'hannah');
    await advanceTo(hr, 'manager');

    const page = await newPage(1280, 1000);
    await open(page, `/reviews/team/${t().person('arjun')}/reviews`, 'priya');
    await chooseCycle(page);
    const form = page.locator('[data-review-form-column]');
    const context = page.locator('[data-okr-context]');
    await form.locator('[data-manager-review]').getByRole('heading', { name: 'Your review' }).waitFor();
    await context.waitFor();

    // The context panel sits beside the form, is labelled as context, and offers nothing to copy into a rating.
    const [formBox, contextBox] = [await form.boundingBox(), await context.boundingBox()];
    assert.ok(formBox && contextBox);
    assert.ok(contextBox.x >= formBox.x + formBox.width - 1, `context (x ${contextBox.x}) is right of the form (ends ${formBox.x + formBox.width})`);
    assert.ok(contextBox.y < formBox.y + formBox.height && contextBox.y + contextBox.height > formBox.y, 'context and form overlap vertically: side by side');
    await context.getByText('Context, not a score').waitFor();
    await context.getByRole('heading', { name: 'OKR context' }).waitFor();
    assert.equal(await context.locator('button, input, select, textarea, [role="button"], [role="radio"]').count(), 0, 'the OKR context has no controls');
    const before = await packet('priya');
    assert.deepEqual(before.managerReview?.ratings, {}, 'nothing is prefilled: the manager rates');

    // Anonymous cycle with two answers and a threshold of two: the peer answers show without names.
    const peers = page.locator('[data-peer-feedback="anonymous"]');
    await peers.getByText(PEER_ANSWER_LENA).waitFor();
    await peers.getByText(PEER_ANSWER_KENJI).waitFor();
    const peerText = await peers.innerText();
    assert.ok(!peerText.includes(NAMES.lena) && !peerText.includes(NAMES.kenji), 'anonymous answers carry no names');

    const review = form.locator('[data-manager-review]');
    await rate(review, 'Delivery', '5 · Exceptional');
    await rate(review, 'Collaboration', '4 · Exceeds expectations');
    await rate(review, 'Growth', '4 · Exceeds expectations');
    await review.getByRole('textbox', { name: 'Comment on Delivery' }).fill(MANAGER_COMMENT);
    await review.getByRole('textbox', { name: 'Summary' }).fill(MANAGER_SUMMARY);
    await rate(review, 'Proposed overall rating', '4 · Exceeds expectations');
    await review.getByRole('button', { name: 'Save draft' }).click();
    await review.getByRole('status').getByText('Saved').waitFor();

    const notes = page.locator('[data-private-notes]');
    await notes.getByText('Visible to you only').waitFor();
    await notes.getByRole('textbox', { name: 'Private notes' }).fill(PRIVATE_NOTE);
    await notes.getByRole('button', { name: 'Save notes' }).click();
    await notes.getByRole('status').getByText('Saved').waitFor();

    const compensation = page.locator('[data-compensation]');
    await compensation.getByRole('spinbutton', { name: 'Merit increase (%)' }).fill('3.5');
    await compensation.getByRole('radio', { name: 'No', exact: true }).check();
    await compensation.getByRole('button', { name: 'Save recommendation' }).click();
    await compensation.getByRole('status').getByText('Saved').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await browser().screenshot(page, 'reviews-07-manager-review', { fullPage: true });
    await axe(page, 'Report reviews: manager review');

    await review.getByRole('button', { name: 'Submit review' }).click();
    await confirm(page);
    await page.locator('[data-manager-review="submitted"]').waitFor();
    const saved = await packet('priya');
    assert.equal(saved.managerReview?.status, 'submitted');
    assert.equal(saved.managerReview?.proposedOverallRating, 4);
    assert.equal(saved.managerReview?.comments[saved.template.competencies[0]!.id], MANAGER_COMMENT);
    assert.equal(saved.privateNotes?.text, PRIVATE_NOTE);
    assert.deepEqual({ merit: saved.compensation?.meritPercent, promotion: saved.compensation?.promotion }, { merit: 3.5, promotion: false });
    noPageErrors(page);
    noPageErrors(hr);
  });

  // ---- HR calibrates and releases ---------------------------------------------------------------

  it('hannah calibrates (the adjustment needs a reason), places arjun in the 9-box, releases him and exports compensation', async () => {
    // Leaving the manager phase needs every manager review: the other five are written through the API.
    const progress = await api<{ items: { id: string; subject: { id: string }; cycleManager: { id: string } | null }[] }>('GET', `/review-cycles/${cycleId}/packets`, 'hannah');
    const keyOf = (id: string) => (['priya', 'david'] as const).find((k) => t().person(k) === id);
    for (const other of progress.items.filter((p) => p.id !== arjunPacket)) {
      const manager = keyOf(other.cycleManager!.id);
      assert.ok(manager, `a known manager for ${other.subject.id}`);
      const full = await t().request<PacketJson>('GET', `/review-packets/${encodeURIComponent(other.id)}`, { as: manager });
      assert.equal(full.status, 200);
      const submitted = await t().request('POST', `/review-packets/${encodeURIComponent(other.id)}/manager-review/submit`, {
        as: manager,
        body: { ratings: Object.fromEntries(full.body.template.competencies.map((c) => [c.id, 3])), summary: 'Solid half.', overallRating: 3 },
      });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    }

    const page = await newPage(1280, 1000);
    await open(page, `/reviews/cycles/${cycleId}`, 'hannah');
    await page.locator('[data-measure="manager"]').getByText(`Manager reviews submitted: ${progress.items.length} of ${progress.items.length}`).waitFor();
    await advanceTo(page, 'calibration');
    await page.getByRole('button', { name: 'Calibration' }).click();
    await page.locator(`[data-calibration="${cycleId}"]`).waitFor();
    const row = page.locator(`[data-calibration-row="${t().person('arjun')}"]`);
    await row.getByText('4 · Exceeds expectations').first().waitFor();

    // The distribution has a table twin with the same numbers.
    await page.getByRole('tab', { name: 'Table' }).click();
    const overall = page.locator('[data-distribution-row="_all"]');
    await overall.waitFor();
    const cells = await overall.locator('td').allInnerTexts();
    // Team, people, ratings 1..5, not rated: arjun proposed 4, the other five 3.
    assert.deepEqual(cells.slice(1), [String(progress.items.length), '0', '0', String(progress.items.length - 1), '1', '0', '0'], `overall row: ${cells.join(' | ')}`);

    await row.getByRole('button', { name: `Calibrate ${NAMES.arjun}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Adjusted rating' }).selectOption({ label: '5 · Exceptional' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Say why the rating changes.').waitFor();
    await dialog.getByRole('textbox', { name: /^Reason for the adjustment/ }).fill(CALIBRATION_REASON);
    await dialog.getByRole('combobox', { name: 'Performance' }).selectOption({ label: 'High' });
    await dialog.getByRole('combobox', { name: 'Potential' }).selectOption({ label: 'Medium' });
    await browser().screenshot(page, 'reviews-08-calibrate-dialog');
    await axe(page, 'Calibration dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText(CALIBRATION_REASON).waitFor();
    await page.locator('[data-box="3-2"]').getByText(NAMES.arjun).waitFor();
    let saved = await packet('hannah');
    assert.deepEqual(
      { adjusted: saved.calibration?.adjustedRating, final: saved.calibration?.finalRating, reason: saved.calibration?.reason, performance: saved.calibration?.performance, potential: saved.calibration?.potential },
      { adjusted: 5, final: 5, reason: CALIBRATION_REASON, performance: 3, potential: 2 },
    );
    await page.getByRole('tab', { name: 'Chart' }).click();
    await browser().screenshot(page, 'reviews-09-calibration', { fullPage: true });
    await axe(page, 'Calibration');

    // Compensation export: a CSV download with arjun's recommendation and no OKR field.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export compensation (CSV)' }).click();
    const file = await download;
    const csv = await readFile((await file.path())!, 'utf8');
    assert.match(csv.split('\n')[0]!, /employee_id/);
    const arjunLine = csv.split('\n').find((l) => l.includes(t().person('arjun')));
    assert.ok(arjunLine && arjunLine.includes('3.5'), `arjun's row: ${arjunLine}`);
    assert.doesNotMatch(csv.toLowerCase(), /okr|grade|objective/);

    await row.getByRole('button', { name: `Release to ${NAMES.arjun}` }).click();
    await row.getByRole('cell', { name: 'Yes', exact: true }).waitFor();
    saved = await packet('hannah');
    assert.equal(saved.release?.released, true);
    // Release all releases the others and counts arjun as released already.
    await page.getByRole('button', { name: 'Release all' }).click();
    await confirm(page);
    await page.getByText(`Released ${progress.items.length - 1}, 1 already released.`).waitFor();
    noPageErrors(page);
  });

  // ---- the employee reads and acknowledges ------------------------------------------------------

  it('arjun reads his released review (final rating, comments, anonymous peer feedback, no compensation) and acknowledges it', async () => {
    const page = await newPage(1280, 1000);
    await open(page, `/reviews/mine/${encodeURIComponent(arjunPacket)}`, 'arjun');
    const section = page.locator(`[data-packet-id="${arjunPacket}"]`);
    const released = section.locator('[data-released-review]');
    await released.waitFor();
    assert.equal(await released.locator('[data-final-rating]').innerText(), '5 · Exceptional');
    await released.locator('[data-manager-review]').getByText(MANAGER_COMMENT).waitFor();
    await released.locator('[data-manager-review]').getByText(MANAGER_SUMMARY).waitFor();
    const peers = released.locator('[data-peer-feedback="anonymous"]');
    await peers.getByText(PEER_ANSWER_LENA).waitFor();
    await peers.getByText('Peer: 2 answers').waitFor();
    // What he may not see is not in the page at all.
    const text = await section.innerText();
    for (const hidden of [NAMES.lena, NAMES.kenji, PRIVATE_NOTE, CALIBRATION_REASON, '3.5']) assert.ok(!text.includes(hidden), `arjun's page shows "${hidden}"`);
    assert.equal(await section.locator('[data-compensation], [data-private-notes]').count(), 0);
    await section.locator('[data-okr-context]').getByText('Context, not a score').waitFor();
    await browser().screenshot(page, 'reviews-10-released', { fullPage: true });
    await axe(page, 'My reviews: released');

    await released.getByRole('textbox', { name: 'Comment (optional)' }).fill(ACK_COMMENT);
    await released.getByRole('button', { name: 'Acknowledge' }).click();
    await released.locator('[data-acknowledged]').getByText(/^You acknowledged this review on/).waitFor();
    const saved = await packet('arjun');
    assert.deepEqual({ acknowledged: saved.acknowledgement?.acknowledged, comment: saved.acknowledgement?.comment }, { acknowledged: true, comment: ACK_COMMENT });
    await browser().screenshot(page, 'reviews-11-acknowledged', { fullPage: true });

    // The manager sees the acknowledgement.
    const manager = await newPage(1280, 1000);
    await open(manager, `/reviews/team/${t().person('arjun')}/reviews`, 'priya');
    await chooseCycle(manager);
    await manager.locator('[data-review-status]').getByText(`Their comment: ${ACK_COMMENT}`).waitFor();
    noPageErrors(page);
    noPageErrors(manager);
  });

  // ---- the wall -------------------------------------------------------------------------------

  for (const [who, why] of [
    ['tom', 'a manager of another team'],
    ['lena', 'a peer who reviewed him'],
  ] as const) {
    it(`${who} (${why}) opening arjun's reviews in My team sees nothing confidential`, async () => {
      const page = await newPage(1280, 1000);
      await open(page, `/reviews/team/${t().person('arjun')}/reviews`, who);
      await page.getByRole('heading', { level: 1 }).or(page.getByRole('status')).first().waitFor();
      // Give any request in flight time to land before reading the page.
      await page.waitForLoadState('networkidle');
      const html = await page.content();
      for (const secret of [PRIVATE_NOTE, MANAGER_COMMENT, MANAGER_SUMMARY, SELF_ANSWER, CALIBRATION_REASON, ACK_COMMENT, PEER_ANSWER_KENJI]) {
        assert.ok(!html.includes(secret), `${who} sees "${secret}"`);
      }
      assert.equal(await page.locator(`[data-report-reviews], [data-packet-id="${arjunPacket}"], [data-private-notes], [data-manager-review]`).count(), 0);
      const direct = await t().request('GET', `/review-packets/${encodeURIComponent(arjunPacket)}`, { as: who });
      assert.equal(direct.status, 404, 'the API conceals the packet too');
      await browser().screenshot(page, `reviews-12-wall-${who}`);
      noPageErrors(page);
    });
  }

  // ---- phone width and the Teams dark theme -----------------------------------------------------

  for (const [view, hash, user, ready] of [
    ['my-reviews', () => `/reviews/mine/${encodeURIComponent(arjunPacket)}`, 'arjun', '[data-released-review]'],
    ['report-reviews', () => `/reviews/team/${t().person('arjun')}/reviews`, 'priya', '[data-okr-context]'],
    ['cycles', () => `/reviews/cycles/${cycleId}`, 'hannah', '[data-cycle-progress]'],
    ['calibration', () => `/reviews/calibration/${cycleId}`, 'hannah', '[data-nine-box]'],
  ] as const) {
    it(`fits a 320 px phone screen without horizontal scrolling: ${view}`, async () => {
      const page = await newPage(320, 640);
      await open(page, hash(), user);
      if (view === 'report-reviews') await chooseCycle(page);
      await page.locator(ready).first().waitFor();
      await browser().screenshot(page, `reviews-13-phone-${view}`, { fullPage: true });
      await fitsPhone(page, view);
      noPageErrors(page);
    });
  }

  it('inside Teams (dark theme): My reviews follows the host theme and passes axe', async () => {
    const page = await newPage(1280, 1000);
    // The Teams host page has no user switcher: the tab acts as the default user (priya), whose review is in the seed or absent.
    const host = await openInTeamsHost(page, t().url, { frameContext: 'content', theme: 'dark', tabPath: '/?host=teams#/reviews/mine' });
    await host.waitForMessage('appInitialization.success');
    const tab = host.frame();
    await tab.getByRole('heading', { name: 'My reviews' }).waitFor();
    await tab.waitForLoadState('networkidle');
    assert.equal(await tab.locator('[data-theme]').first().getAttribute('data-theme'), 'dark');
    await browser().screenshot(page, 'reviews-14-teams-dark', { fullPage: true });
    const violations = blocking(await runAxe(tab));
    assert.equal(violations.length, 0, `axe in the dark theme:\n${describeViolations(violations)}`);
    noPageErrors(page);
  });
});
