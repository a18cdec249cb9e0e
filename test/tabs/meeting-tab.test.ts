/**
 * The meeting side panel and stage in headless Chromium, inside the teams-js test host (which, as
 * the local dev host, registers the meeting's roster and picks the acting user). The manager sees
 * her private note and her review draft; the report never does: checked in the page and in every
 * API response the page received. The stage carries no confidential field in any response.
 */
import assert from 'node:assert/strict';
import type { Frame, Page, Response } from 'playwright-core';
import { ARJUN_MEETING_NOTE, ARJUN_PRIVATE, CONFIDENTIAL_KEYS, confidentialKeysIn, PRIYA_MEETING_NOTE, PRIYA_PRIVATE_ON_ARJUN, PRIYA_REVIEW_NOTES, textsIn } from '../api/meetings/confidential.js';
import { blocking, describeViolations, runAxe } from './browser.js';
import { tabSuite } from './tab-suite.js';
import { openInTeamsHost, type HostMeeting, type TeamsHost } from './teams-host-page.js';

const ONE_ON_ONE = { id: 'MCMxOTptZWV0aW5nX3RhYi1wcml5YS1hcmp1bkB0aHJlYWQudjIjMA==', chatId: '19:meeting_tab-priya-arjun@thread.v2' };
const PEERS = { id: 'MCMxOTptZWV0aW5nX3RhYi1wZWVycw==', chatId: '19:meeting_tab-peers@thread.v2' };
const DRAFT_COMMENT = 'Halved the build times this half.';
const DRAFT_SUMMARY = 'Draft: a strong half with room to delegate.';

interface Recorded {
  readonly url: string;
  readonly status: number;
  readonly body: unknown;
}

/** Every API response the page receives, with its parsed body. */
function recordApi(page: Page): { all: Recorded[]; settled(): Promise<void> } {
  const all: Recorded[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    if (!response.url().includes('/api/')) return;
    pending.push(
      response.text().then(
        (text) => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          all.push({ url: response.url(), status: response.status(), body });
        },
        () => undefined,
      ),
    );
  });
  return { all, settled: async () => void (await Promise.all(pending)) };
}

/** What the page shows, including what sits in inputs and text areas. */
const pageText = (frame: Frame) => frame.evaluate(() => `${document.body.innerText}\n${[...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join('\n')}`);

describe('Tandem in a Teams meeting (side panel and stage, headless Chromium)', function () {
  this.timeout(90_000);
  const { t, browser, newPage, noPageErrors } = tabSuite({ setupTimeout: 150_000 });

  const roster = (keys: string[]): HostMeeting['participants'] => keys.map((k, i) => ({ personId: t().person(k), role: i === 0 ? 'organizer' : 'attendee' }));
  const sidePanelAs = async (page: Page, key: string, meeting: { id: string; chatId: string }, participants: string[], theme: 'default' | 'dark' | 'contrast' = 'default'): Promise<TeamsHost> =>
    openInTeamsHost(page, t().url, { frameContext: 'sidePanel', theme, tabPath: '/?host=teams', devUserId: t().person(key), userObjectId: t().person(key), meeting: { ...meeting, participants: roster(participants) } });
  const panelReady = async (host: TeamsHost, kind: 'one-on-one' | 'group') => {
    await host.waitForMessage('appInitialization.success', () => true, 20_000);
    await host.frame().locator(`[data-meeting-side-panel][data-kind="${kind}"]`).waitFor({ timeout: 20_000 });
  };

  before(async function () {
    // Arrange: the meeting's roster, Priya's review draft of Arjun, and each side's private note on the upcoming 1:1.
    const registered = await t().request('POST', '/dev/meetings', { body: { meetingId: ONE_ON_ONE.id, chatId: ONE_ON_ONE.chatId, participants: roster(['priya', 'arjun']) } });
    assert.equal(registered.status, 201);
    const toWrite = await t().request<{ items: { id: string; subject: { id: string } }[] }>('GET', '/reviews/to-write', { as: 'priya' });
    const packet = toWrite.body.items.find((i) => i.subject.id === t().person('arjun'))!;
    const draft = await t().request('PATCH', `/review-packets/${packet.id}/manager-review`, { as: 'priya', body: { ratings: { delivery: 4, ownership: 5 }, comments: { delivery: DRAFT_COMMENT }, summary: DRAFT_SUMMARY } });
    assert.equal(draft.status, 200, JSON.stringify(draft.body));
    const base = `/meetings/${encodeURIComponent(ONE_ON_ONE.id)}`;
    for (const [as, text] of [['priya', PRIYA_MEETING_NOTE], ['arjun', ARJUN_MEETING_NOTE]] as const) {
      const view = await t().request('GET', `${base}/side-panel?chatId=${encodeURIComponent(ONE_ON_ONE.chatId)}`, { as });
      const saved = await t().request('PATCH', `${base}/private-note?chatId=${encodeURIComponent(ONE_ON_ONE.chatId)}`, { as, body: { oneOnOneMeetingId: view.body.oneOnOne.meeting.id, text } });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
    }
  });

  it('side panel as the manager (320 px): agenda, OKRs, action items, her private note and her review draft; add and check off a point; share to stage', async () => {
    const page = await newPage(320, 1700);
    const api = recordApi(page);
    const host = await sidePanelAs(page, 'priya', ONE_ON_ONE, ['priya', 'arjun']);
    await panelReady(host, 'one-on-one');
    const tab = host.frame();
    await tab.getByRole('heading', { name: '1:1 with Arjun Mehta' }).waitFor();
    await tab.locator('[data-section="agenda"]').getByText('Conference talk proposal: can I submit?').waitFor();
    await tab.locator('[data-section="okrs"] [data-okr-objective]').first().waitFor();
    assert.ok((await tab.locator('[data-section="action-items"] [data-action-item]').count()) > 0);
    assert.equal(await tab.locator('[data-private-note]').inputValue(), PRIYA_MEETING_NOTE);
    const draft = tab.locator('[data-review-draft]');
    await draft.getByText(DRAFT_COMMENT).waitFor();
    await draft.getByText(DRAFT_SUMMARY, { exact: false }).waitFor();
    assert.equal(await tab.locator('[data-self-review]').count(), 0);
    // The page fits the side panel: nothing wider than 320 px.
    assert.ok((await tab.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no horizontal scrolling in the side panel');
    await browser().screenshot(page, 'meeting-side-panel-manager', { fullPage: true });
    const violations = blocking(await runAxe(tab));
    assert.equal(violations.length, 0, `axe on the manager's side panel:\n${describeViolations(violations)}`);

    // Add a talking point, then check it off.
    await tab.getByRole('textbox', { name: 'Add a talking point' }).fill('Tech-lead trial: scope and timing');
    await tab.getByRole('button', { name: 'Add', exact: true }).click();
    const item = tab.locator('[data-agenda-item]', { hasText: 'Tech-lead trial: scope and timing' });
    await item.waitFor();
    await item.getByRole('checkbox').check();
    await tab.locator('[data-agenda-item][data-done="true"]', { hasText: 'Tech-lead trial: scope and timing' }).waitFor();
    const seen = await t().request('GET', `/meetings/${encodeURIComponent(ONE_ON_ONE.id)}/side-panel?chatId=${encodeURIComponent(ONE_ON_ONE.chatId)}`, { as: 'arjun' });
    assert.equal(seen.body.oneOnOne.agenda.find((p: any) => p.text === 'Tech-lead trial: scope and timing')?.done, true, 'the report sees it checked off');

    // Share to stage: the report's public board.
    await tab.getByRole('button', { name: 'Share to stage' }).click();
    const shared = await host.waitForMessage('meeting.shareAppContentToStage');
    const url = new URL(String(shared.args[0]));
    assert.equal(url.origin, t().url);
    assert.equal(url.searchParams.get('view'), 'stage');
    assert.equal(url.searchParams.get('subject'), `person:${t().person('arjun')}`);
    await tab.getByText('Shared to the stage').waitFor();
    await api.settled();
    assert.ok(api.all.every((r) => r.status < 500), JSON.stringify(api.all.filter((r) => r.status >= 500)));
    noPageErrors(page);
  });

  it('side panel as the report: the shared agenda and his own note; never her note or her draft, in the page or in any response', async () => {
    const page = await newPage(320, 1400);
    const api = recordApi(page);
    const host = await sidePanelAs(page, 'arjun', ONE_ON_ONE, ['priya', 'arjun'], 'dark');
    await panelReady(host, 'one-on-one');
    const tab = host.frame();
    await tab.getByRole('heading', { name: '1:1 with Priya Nair' }).waitFor();
    await tab.locator('[data-section="agenda"]').getByText('Conference talk proposal: can I submit?').waitFor();
    assert.equal(await tab.locator('[data-private-note]').inputValue(), ARJUN_MEETING_NOTE);
    assert.equal(await tab.locator('[data-review-draft]').count(), 0);
    assert.equal(await tab.locator('[data-section="review-draft"]').count(), 0);
    await browser().screenshot(page, 'meeting-side-panel-report-dark', { fullPage: true });
    const violations = blocking(await runAxe(tab));
    assert.equal(violations.length, 0, `axe on the report's side panel (dark):\n${describeViolations(violations)}`);

    const forbidden = [PRIYA_MEETING_NOTE, PRIYA_PRIVATE_ON_ARJUN, PRIYA_REVIEW_NOTES, DRAFT_COMMENT, DRAFT_SUMMARY];
    assert.deepEqual(textsIn(await pageText(tab), forbidden), [], 'in the page');
    await api.settled();
    const panels = api.all.filter((r) => r.url.includes('/side-panel'));
    assert.ok(panels.length > 0 && panels.every((r) => r.status === 200));
    for (const response of api.all) {
      assert.deepEqual(textsIn(response.body, forbidden), [], `in ${response.url}`);
      assert.deepEqual(confidentialKeysIn(response.body, ['managerReview', 'privateNotes', 'calibration', 'compensation', 'peerFeedback']), [], `in ${response.url}`);
    }
    noPageErrors(page);
  });

  it('stage: the report\'s public OKR board, and no confidential field in any response', async () => {
    const page = await newPage(1280, 800);
    const api = recordApi(page);
    const host = await openInTeamsHost(page, t().url, {
      frameContext: 'meetingStage',
      tabPath: `/?host=teams&view=stage&subject=${encodeURIComponent(`person:${t().person('arjun')}`)}`,
      devUserId: t().person('priya'),
      meeting: { ...ONE_ON_ONE, participants: roster(['priya', 'arjun']) },
    });
    await host.waitForMessage('appInitialization.success', () => true, 20_000);
    const tab = host.frame();
    await tab.locator('[data-meeting-stage]').waitFor();
    await tab.getByRole('heading', { name: 'Arjun Mehta · OKRs' }).waitFor();
    await tab.locator('[data-public-objective]').first().waitFor();
    const expected = await t().request('GET', `/meetings/${encodeURIComponent(ONE_ON_ONE.id)}/stage?chatId=${encodeURIComponent(ONE_ON_ONE.chatId)}&subject=person:${t().person('arjun')}`, { as: 'priya' });
    assert.equal(await tab.locator('[data-public-objective]').count(), expected.body.board.objectives.length);
    await browser().screenshot(page, 'meeting-stage', { fullPage: true });
    const violations = blocking(await runAxe(tab));
    assert.equal(violations.length, 0, `axe on the stage:\n${describeViolations(violations)}`);

    const forbidden = [PRIYA_MEETING_NOTE, ARJUN_MEETING_NOTE, PRIYA_PRIVATE_ON_ARJUN, ARJUN_PRIVATE, PRIYA_REVIEW_NOTES, DRAFT_COMMENT, DRAFT_SUMMARY];
    assert.deepEqual(textsIn(await pageText(tab), forbidden), [], 'in the page');
    await api.settled();
    assert.ok(api.all.some((r) => r.url.includes('/stage?') && r.status === 200), 'the stage asked the stage route');
    assert.ok(!api.all.some((r) => r.url.includes('/side-panel')), 'the stage never loads the side panel');
    for (const response of api.all) {
      assert.deepEqual(confidentialKeysIn(response.body, [...CONFIDENTIAL_KEYS, 'ratings', 'comments']), [], `in ${response.url}`);
      assert.deepEqual(textsIn(response.body, forbidden), [], `in ${response.url}`);
    }
    noPageErrors(page);
  });

  it('a meeting that is not a manager-report pair: public OKR content only (high contrast)', async () => {
    const page = await newPage(320, 900);
    const api = recordApi(page);
    const host = await sidePanelAs(page, 'priya', PEERS, ['priya', 'tom'], 'contrast');
    await panelReady(host, 'group');
    const tab = host.frame();
    await tab.getByText('Only public OKR content is shown in this meeting.').waitFor();
    assert.equal(await tab.locator('[data-section]').count(), 0, 'no 1:1 sections');
    await browser().screenshot(page, 'meeting-side-panel-group-contrast', { fullPage: true });
    await api.settled();
    for (const response of api.all.filter((r) => r.url.includes('/meetings/'))) assert.deepEqual(confidentialKeysIn(response.body), [], response.url);
    noPageErrors(page);
  });

  it('the meeting chat or details tab (content frame) shows the same panel, wider; a tab configured for a team board keeps the board', async () => {
    const page = await newPage(1024, 900);
    const host = await openInTeamsHost(page, t().url, { frameContext: 'content', tabPath: '/?host=teams', devUserId: t().person('arjun'), meeting: { ...ONE_ON_ONE, participants: roster(['priya', 'arjun']) } });
    await panelReady(host, 'one-on-one');
    const tab = host.frame();
    await tab.getByRole('heading', { name: '1:1 with Priya Nair' }).waitFor();
    assert.equal(await tab.getByRole('button', { name: 'Share to stage' }).count(), 0, 'sharing is a side panel action');
    await browser().screenshot(page, 'meeting-details-tab');
    const board = await newPage(1024, 900);
    const boardHost = await openInTeamsHost(board, t().url, { frameContext: 'content', tabPath: `/?host=teams&team=${t().team('platform')}#/board`, devUserId: t().person('arjun'), meeting: { ...ONE_ON_ONE } });
    await boardHost.waitForMessage('appInitialization.success', () => true, 20_000);
    await boardHost.frame().getByRole('heading', { name: 'Board' }).waitFor({ timeout: 20_000 });
    assert.equal(await boardHost.frame().locator('[data-meeting-side-panel]').count(), 0);
    noPageErrors(page);
    noPageErrors(board);
  });

  it('someone the roster does not list gets a plain explanation, not the panel', async () => {
    const page = await newPage(320, 900);
    const host = await openInTeamsHost(page, t().url, { frameContext: 'sidePanel', tabPath: '/?host=teams#/my', devUserId: t().person('lena'), meeting: { id: ONE_ON_ONE.id, chatId: ONE_ON_ONE.chatId } });
    await host.waitForMessage('appInitialization.success', () => true, 20_000);
    await host.frame().getByText('Tandem cannot confirm that you are in this meeting.').waitFor({ timeout: 20_000 });
    noPageErrors(page);
  });
});
