/**
 * Runs INSIDE the loopback-only network namespace (started by test/e2e/review-cycle-e2e.test.ts through
 * runInNetworkNamespace): one review cycle from launch to acknowledgement across the Reviews tab (headless
 * Chromium) and the bot in the Microsoft 365 Agents Playground, against one real Tandem (demo world,
 * notifications on, a test clock).
 *
 *   Hannah (HR) launches an attributed cycle for the Engineering team in the tab; Tom writes his self
 *   review and nominates Priya and Lena; Hannah opens the peer phase; David (Tom's manager) approves both,
 *   which queues a peer request card for each through the send pipeline; Priya (the Playground's current
 *   user) answers from her card in her personal chat; Lena, who installed Tandem in her own chat with a
 *   custom activity, answers from hers with a custom invoke; David writes the review with the OKR context
 *   beside the form; Hannah calibrates (adjusted rating with a reason) and releases; Tom reads and
 *   acknowledges.
 *
 * Checks are made here, as the run goes (a failure leaves e2e-review-failed-*.png); the facts it prints
 * are checked again by the mocha side. Args: <tab dir> (a built copy of dist/tab).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { CosmosConversationReferences } from '../../src/store/goals/cosmos-conversation-references.js';
import { launchBrowser, type TestBrowser } from '../tabs/browser.js';
import { runScenario } from './agents-playground/in-network-namespace.js';
import { openPlaygroundUi, saveScreenshot, waitForRenderedCard, type PlaygroundBrowser } from './agents-playground/playground-browser.js';
import { ADAPTIVE_CARD, adaptiveCardOf, cardActions, cardTexts, PlaygroundClient, type AdaptiveCardJson, type ExchangeLog } from './agents-playground/playground-client.js';
import { startPlayground } from './agents-playground/start-playground.js';
import { advanceCycleTo, chooseReviewCycle, confirmDialog, openTabAs, rate, REVIEW_USER_NAMES as NAMES, type ReviewUser } from './review-tab-steps.js';
import { ACK_COMMENT, CALIBRATION_REASON, CYCLE, LENA_ANSWER, MANAGER_COMMENT, MANAGER_SUMMARY, PRIYA_ANSWER, SCREENSHOT_PREFIX, SELF_ANSWER } from './review-cycle-e2e-texts.js';
import { CONTOSO, startTestTandem, type TestTandem } from './tandem-harness.js';
import { TestClock } from './test-clock.js';

/**
 * Lena's personal chat with Tandem. The Playground's world has one personal chat (the current user's),
 * so hers is made through its connector (POST /_connector/v3/conversations, what a bot's
 * createConversation does: a `<uuid>@test.user` chat the Playground accepts messages for but never shows).
 */
async function createPersonalChat(playgroundUrl: string, bot: { id: string; name: string }, user: { id: string; name: string; aadObjectId: string }, tenantId: string): Promise<string> {
  const response = await fetch(`${playgroundUrl}/_connector/v3/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ isGroup: false, bot, members: [{ id: user.id, name: user.name, aadObjectId: user.aadObjectId }], tenantId, channelData: { tenant: { id: tenantId } } }),
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string };
  assert.ok(response.ok && typeof body.id === 'string', `the Playground created Lena's chat: ${response.status} ${JSON.stringify(body)}`);
  return body.id;
}

interface PacketJson {
  id: string;
  cycleId: string;
  phase: string;
  selfReview?: { status: string };
  nominations?: { items: { nominee: { id: string }; status: string; responseId?: string }[] };
  managerReview?: { status: string; comments: Record<string, string>; proposedOverallRating?: number | null };
  calibration?: { adjustedRating: number | null; reason: string | null; finalRating: number | null };
  release?: { released: boolean; finalRating: number | null };
  acknowledgement?: { acknowledged: boolean; comment: string | null };
  template: { competencies: { id: string; name: string }[]; questions: { id: string; text: string; required: boolean }[] };
}

interface PeerRequestJson {
  id: string;
  cycleId: string;
  status: string;
  subject: { id: string };
  answers: Record<string, string>;
  ratings: Record<string, number>;
}

/** What the card's inputs would send: every competency rated, the required questions answered. */
function cardInputs(card: AdaptiveCardJson, answer: string, rating: string): { inputs: Record<string, string>; ratingIds: string[]; answerIds: string[] } {
  const found: { id: string; type: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') found.push({ id: n.id, type: n.type });
    for (const [key, value] of Object.entries(n)) if (key !== 'data' && typeof value === 'object') walk(value);
  };
  walk(card.body);
  const ratingIds = found.filter((i) => i.type === 'Input.ChoiceSet').map((i) => i.id);
  const answerIds = found.filter((i) => i.type === 'Input.Text').map((i) => i.id);
  const inputs: Record<string, string> = {};
  for (const id of ratingIds) inputs[id] = rating;
  answerIds.forEach((id, i) => (inputs[id] = i === 0 ? answer : i === 1 ? 'Keep writing the release notes yourself.' : ''));
  return { inputs, ratingIds, answerIds };
}

const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await run();
  return { value, ms: Math.round(performance.now() - started) };
};

runScenario(async (args) => {
  const [tabDir] = args;
  assert.ok(tabDir, 'usage: review-cycle-e2e.scenario.ts <tab dir>');
  const started = performance.now();
  const steps: { step: string; ms: number }[] = [];
  let last = started;
  const done = (step: string) => {
    const now = performance.now();
    steps.push({ step, ms: Math.round(now - last) });
    last = now;
  };

  const t: TestTandem = await startTestTandem({ NOTIFICATIONS_ENABLED: 'true', SCHEDULER_TICK_SECONDS: '3600', TAB_DIR: tabDir }, new TestClock('2026-11-22T12:00:00.000Z'));
  const playground = await startPlayground({ botEndpoint: `${t.url}/api/messages` });
  const client = await PlaygroundClient.connect(playground.url);
  const browser: TestBrowser = await launchBrowser();
  let ui: PlaygroundBrowser | null = null;
  const pageErrors: string[] = [];
  const shots: string[] = [];
  const shot = async (page: Page, name: string, fullPage = true) => {
    // Several pages share the browser: a background page does not paint its overlays (dialogs).
    await page.bringToFront();
    shots.push(await browser.screenshot(page, `${SCREENSHOT_PREFIX}${name}`, { fullPage }));
  };
  const newPage = async () => {
    const page = await browser.newPage({ width: 1280, height: 1000 });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return page;
  };
  const api = async <T>(method: string, path: string, as: ReviewUser | 'maria' | 'ravi', body?: unknown): Promise<T> => {
    const response = await t.request<T>(method, path, { as, ...(body !== undefined ? { body } : {}) });
    assert.ok(response.status >= 200 && response.status < 300, `${method} ${path} as ${as}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const world = client.world;
  const lenaUser = client.user('lena');
  const references = new CosmosConversationReferences(t.directoryContainer());
  const facts: Record<string, unknown> = {};

  try {
    // ---- 0. Tandem in the chats: Priya opens it in the Playground, Lena installs it in her own chat.
    let cursor = client.cursor();
    await client.install();
    await client.waitForMessage({ card: /Welcome to Tandem/, conversationId: world.personalChatId }, { after: cursor, timeoutMs: 20_000 });
    // Opening the web UI now means it is connected when the peer request card arrives.
    ui = await openPlaygroundUi(playground.url);
    // The Playground's personal chat is the current user's only, so Lena's is a custom activity: the
    // install template with her as the sender in a personal conversation of her own.
    const LENA_CHAT = await createPersonalChat(playground.url, world.bot, lenaUser, world.tenantId);
    cursor = client.cursor();
    const installTemplate = await client.customActivityTemplate('install');
    await client.sendCustomActivity({
      ...installTemplate,
      id: globalThis.crypto.randomUUID(),
      from: { id: lenaUser.id, name: lenaUser.name, aadObjectId: lenaUser.aadObjectId },
      conversation: { ...(installTemplate.conversation ?? {}), id: LENA_CHAT, conversationType: 'personal', tenantId: world.tenantId },
    });
    const lenaWelcome = await client.waitForExchange((x) => x.direction === 'bot-to-playground' && x.conversationId === LENA_CHAT && JSON.stringify(x.request.attachments ?? []).includes('Welcome to Tandem'), { after: cursor, timeoutMs: 20_000 });
    const lenaReference = await references.get(CONTOSO.tenantId, 'personal', t.person('lena'));
    assert.equal(lenaReference?.conversationId, LENA_CHAT, 'Lena\'s personal conversation reference is stored');
    facts.install = { lenaChat: LENA_CHAT, lenaWelcomeStatus: lenaWelcome.statusCode, lenaReference: lenaReference?.conversationId };
    done('0 install');

    // ---- 1. HR launches an attributed cycle for the Engineering team in the tab.
    const hr = await newPage();
    await openTabAs(hr, t.url, '/reviews/cycles', 'hannah');
    await hr.getByRole('button', { name: 'New review cycle' }).click();
    await hr.getByRole('heading', { name: 'New review cycle' }).waitFor();
    await hr.getByRole('textbox', { name: 'Cycle name' }).fill(CYCLE);
    await hr.getByRole('radiogroup', { name: 'Participants' }).getByRole('radio', { name: 'Teams' }).check();
    await hr.getByRole('checkbox', { name: 'Engineering', exact: true }).check();
    await hr.getByRole('radiogroup', { name: 'Peer feedback anonymity' }).getByRole('radio', { name: /^Attributed/ }).check();
    await shot(hr, '01-cycle-form');
    await hr.getByRole('button', { name: 'Create cycle' }).click();
    await hr.locator('[data-cycle-detail]').waitFor();
    const cycleId = (await hr.locator('[data-cycle-detail]').getAttribute('data-cycle-detail'))!;
    await hr.getByRole('button', { name: 'Launch cycle' }).click();
    await confirmDialog(hr);
    await hr.getByText(/^Launched: \d+ reviews created/).waitFor();
    await hr.locator(`[data-progress-subject="${t.person('tom')}"]`).waitFor();
    await shot(hr, '02-cycle-launched');
    const cycle = await api<{ anonymity: { mode: string }; phase: string; participants: { kind: string; teamIds: string[] } }>('GET', `/review-cycles/${cycleId}`, 'hannah');
    assert.equal(cycle.anonymity.mode, 'attributed');
    assert.deepEqual(cycle.participants, { kind: 'teams', teamIds: [t.team('engineering')] });
    const tomPacket = (await api<{ items: PacketJson[] }>('GET', '/reviews/mine', 'tom')).items.find((p) => p.cycleId === cycleId)?.id ?? '';
    assert.ok(tomPacket, 'Tom has a review in the new cycle');
    const packet = (as: ReviewUser = 'hannah') => api<PacketJson>('GET', `/review-packets/${encodeURIComponent(tomPacket)}`, as);
    facts.cycle = { cycleId, tomPacket, anonymity: cycle.anonymity.mode, phaseAfterLaunch: cycle.phase };
    done('1 HR launches');

    // ---- 2. Tom writes and submits his self review, and nominates Priya and Lena.
    const tom = await newPage();
    await openTabAs(tom, t.url, `/reviews/mine/${encodeURIComponent(tomPacket)}`, 'tom');
    const section = tom.locator(`[data-packet-id="${tomPacket}"]`);
    await section.getByRole('heading', { name: CYCLE }).waitFor();
    const self = section.locator('[data-self-review]');
    await rate(self, 'Delivery', '4 · Exceeds expectations');
    await rate(self, 'Collaboration', '4 · Exceeds expectations');
    await rate(self, 'Growth', '3 · Meets expectations');
    await self.getByRole('textbox', { name: 'What went well in this period?' }).fill(SELF_ANSWER);
    await self.getByRole('textbox', { name: 'What would you do differently?' }).fill('Hire the second designer earlier.');
    await shot(tom, '03-self-review');
    await self.getByRole('button', { name: 'Submit self review' }).click();
    await confirmDialog(tom);
    await tom.locator('[data-self-review="submitted"]').waitFor();
    const nominations = section.locator('[data-nominations]');
    for (const key of ['priya', 'lena'] as const) {
      const picker = nominations.getByRole('combobox', { name: 'Person' });
      await picker.pressSequentially(NAMES[key].split(' ')[0]!);
      await tom.getByRole('listbox').getByRole('option', { name: new RegExp(`^${NAMES[key]}`) }).click();
      await nominations.getByRole('button', { name: 'Nominate' }).click();
      await nominations.locator(`[data-nomination="${t.person(key)}"]`).getByText('Waiting for approval').waitFor();
    }
    await shot(tom, '04-nominations');
    let saved = await packet('tom');
    assert.equal(saved.selfReview?.status, 'submitted');
    assert.deepEqual(saved.nominations?.items.map((n) => n.nominee.id).sort(), [t.person('priya'), t.person('lena')].sort());
    done('2 self review');

    // ---- 3. HR opens the peer phase; then David approves both reviewers, which queues their cards.
    await openTabAs(hr, t.url, `/reviews/cycles/${cycleId}`, 'hannah');
    await advanceCycleTo(hr, 'peer');
    cursor = client.cursor();
    const david = await newPage();
    await openTabAs(david, t.url, `/reviews/team/${t.person('tom')}/reviews`, 'david');
    await chooseReviewCycle(david, CYCLE, tomPacket);
    const decisions = david.locator('[data-nomination-decisions]');
    for (const key of ['priya', 'lena'] as const) {
      const row = decisions.locator(`[data-nomination="${t.person(key)}"]`);
      await row.getByRole('button', { name: `Approve ${NAMES[key]}` }).click();
      await row.getByText('Approved').waitFor();
    }
    // The manager reads the submitted self review; his own form opens in the manager phase.
    await david.locator('[data-subject-self-review="submitted"]').getByText(SELF_ANSWER).waitFor();
    await shot(david, '05-manager-approves');
    saved = await packet('david');
    assert.deepEqual(saved.nominations?.items.map((n) => n.status), ['approved', 'approved']);
    done('3 peer phase and approvals');

    // ---- 4. Priya answers from the card in her personal chat in the Playground.
    const priyaWait = await timed(() => client.waitForMessage({ card: /Feedback for Tom Becker/, conversationId: world.personalChatId }, { after: cursor, timeoutMs: 45_000 }));
    const priyaCardMessage = priyaWait.value;
    const priyaCard = adaptiveCardOf(priyaCardMessage)!;
    const priyaTexts = cardTexts(priyaCard);
    const respond = cardActions(priyaCard).find((a) => a.type === 'Action.Execute' && a.verb === 'review.respond');
    assert.ok(respond, 'the card has a Submit feedback (review.respond) action');
    const priyaRequest = (await api<{ items: PeerRequestJson[] }>('GET', '/reviews/peer-requests', 'priya')).items.find((r) => r.cycleId === cycleId && r.subject.id === t.person('tom'))!;
    assert.deepEqual(respond.data, { responseId: priyaRequest.id, verb: 'review.respond' });
    const rendered = await waitForRenderedCard(ui.page, 'Feedback for Tom Becker', 20_000);
    // The top of the card: who it is about and who will see the answers.
    await rendered.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await ui.page.waitForTimeout(500);
    shots.push(await saveScreenshot(ui.page, `test-output/screenshots/${SCREENSHOT_PREFIX}06-playground-priya-card.png`));
    const renderedText = await rendered.innerText();
    const priyaInputs = cardInputs(priyaCard, PRIYA_ANSWER, '4');
    const priyaResult = await client.executeAction({ messageId: priyaCardMessage.messageId, verb: 'review.respond', title: respond.title, data: { ...(respond.data as object), ...priyaInputs.inputs } });
    const priyaAfter = (await api<{ items: PeerRequestJson[] }>('GET', '/reviews/peer-requests', 'priya')).items.find((r) => r.id === priyaRequest.id)!;
    facts.priya = {
      waitMs: priyaWait.ms,
      texts: priyaTexts,
      inputIds: [...priyaInputs.ratingIds, ...priyaInputs.answerIds],
      renderedText,
      resultType: priyaResult.type,
      resultTexts: cardTexts(priyaResult.card),
      replacedTexts: cardTexts(adaptiveCardOf(client.message(priyaCardMessage.messageId))),
      status: priyaAfter.status,
      answers: priyaAfter.answers,
      ratings: priyaAfter.ratings,
    };
    done('4 Priya answers from her card');

    // ---- 5. Lena's card reached her own chat (not on the current user's stream: the log stream shows it);
    //         she answers with an adaptiveCard/action invoke sent as a custom activity from her chat.
    const lenaSend: ExchangeLog = await client.waitForExchange(
      (x) => x.direction === 'bot-to-playground' && x.conversationId === LENA_CHAT && JSON.stringify(x.request.attachments ?? []).includes('Feedback for Tom Becker'),
      { after: cursor, timeoutMs: 45_000 },
    );
    const lenaCard = (lenaSend.request.attachments as { contentType: string; content: AdaptiveCardJson }[]).find((a) => a.contentType === ADAPTIVE_CARD)!.content;
    const lenaRespond = cardActions(lenaCard).find((a) => a.type === 'Action.Execute' && a.verb === 'review.respond')!;
    const lenaInputs = cardInputs(lenaCard, LENA_ANSWER, '5');
    const lenaMessageId = (lenaSend.response as { id?: string } | undefined)?.id ?? globalThis.crypto.randomUUID();
    cursor = client.cursor();
    const invokeTemplate = await client.customActivityTemplate();
    const invokeId = globalThis.crypto.randomUUID();
    await client.sendCustomActivity({
      ...invokeTemplate,
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: invokeId,
      timestamp: new Date().toISOString(),
      replyToId: lenaMessageId,
      from: { id: lenaUser.id, name: lenaUser.name, aadObjectId: lenaUser.aadObjectId },
      conversation: { ...(invokeTemplate.conversation ?? {}), id: LENA_CHAT, conversationType: 'personal', tenantId: world.tenantId },
      channelData: { ...(invokeTemplate.channelData ?? {}), tenant: { id: world.tenantId } },
      value: { action: { type: 'Action.Execute', title: lenaRespond.title, verb: 'review.respond', data: { ...(lenaRespond.data as object), ...lenaInputs.inputs } }, trigger: 'manual' },
    });
    const lenaInvoke = await client.waitForExchange((x) => x.direction === 'playground-to-bot' && x.conversationId === LENA_CHAT && x.activityName === 'invoke', { after: cursor, timeoutMs: 20_000 });
    const lenaResponseCard = ((lenaInvoke.response as { value?: AdaptiveCardJson } | undefined)?.value ?? null) as AdaptiveCardJson | null;
    const lenaAfter = (await api<{ items: PeerRequestJson[] }>('GET', '/reviews/peer-requests', 'lena')).items.find((r) => r.cycleId === cycleId && r.subject.id === t.person('tom'))!;
    facts.lena = {
      sendStatus: lenaSend.statusCode,
      texts: cardTexts(lenaCard),
      invokeStatus: lenaInvoke.statusCode,
      invokeResponse: { statusCode: (lenaInvoke.response as { statusCode?: number } | undefined)?.statusCode, type: (lenaInvoke.response as { type?: string } | undefined)?.type },
      resultTexts: lenaResponseCard ? cardTexts(lenaResponseCard) : [],
      status: lenaAfter.status,
      answers: lenaAfter.answers,
      cardsToPriya: client.exchanges.filter((x) => x.direction === 'bot-to-playground' && x.conversationId === world.personalChatId && JSON.stringify(x.request.attachments ?? []).includes('Feedback for Tom Becker')).length,
      cardsToLena: client.exchanges.filter((x) => x.direction === 'bot-to-playground' && x.conversationId === LENA_CHAT && JSON.stringify(x.request.attachments ?? []).includes('Feedback for Tom Becker')).length,
    };
    done('5 Lena answers from her card');

    // ---- 6. HR opens the manager phase; David writes the review with the OKR context beside the form.
    await openTabAs(hr, t.url, `/reviews/cycles/${cycleId}`, 'hannah');
    await advanceCycleTo(hr, 'manager');
    await openTabAs(david, t.url, `/reviews/team/${t.person('tom')}/reviews`, 'david');
    await chooseReviewCycle(david, CYCLE, tomPacket);
    const form = david.locator('[data-review-form-column]');
    const context = david.locator('[data-okr-context]');
    await form.locator('[data-manager-review]').getByRole('heading', { name: 'Your review' }).waitFor();
    await context.waitFor();
    const [formBox, contextBox] = [await form.boundingBox(), await context.boundingBox()];
    assert.ok(formBox && contextBox, 'the form and the OKR context are laid out');
    assert.ok(contextBox.x >= formBox.x + formBox.width - 1, `context (x ${contextBox.x}) is right of the form (ends ${formBox.x + formBox.width})`);
    assert.ok(contextBox.y < formBox.y + formBox.height && contextBox.y + contextBox.height > formBox.y, 'context and form side by side');
    await context.getByText('Context, not a score').waitFor();
    await context.getByRole('heading', { name: 'OKR context' }).waitFor();
    assert.equal(await context.locator('button, input, select, textarea, [role="button"], [role="radio"]').count(), 0, 'the OKR context has no controls');
    const peersForManager = david.locator('[data-peer-feedback="attributed"]');
    await peersForManager.getByText(PRIYA_ANSWER).waitFor();
    await peersForManager.getByText(LENA_ANSWER).waitFor();
    const managerPeerText = await peersForManager.innerText();
    const review = form.locator('[data-manager-review]');
    await rate(review, 'Delivery', '4 · Exceeds expectations');
    await rate(review, 'Collaboration', '4 · Exceeds expectations');
    await rate(review, 'Growth', '3 · Meets expectations');
    await review.getByRole('textbox', { name: 'Comment on Delivery' }).fill(MANAGER_COMMENT);
    await review.getByRole('textbox', { name: 'Summary' }).fill(MANAGER_SUMMARY);
    await rate(review, 'Proposed overall rating', '3 · Meets expectations');
    await david.evaluate(() => window.scrollTo(0, 0));
    await shot(david, '07-manager-review');
    await review.getByRole('button', { name: 'Submit review' }).click();
    await confirmDialog(david);
    await david.locator('[data-manager-review="submitted"]').waitFor();
    saved = await packet('david');
    assert.equal(saved.managerReview?.status, 'submitted');
    assert.equal(saved.managerReview?.proposedOverallRating, 3);
    facts.manager = { contextText: await context.innerText(), managerPeerText, formBox, contextBox };
    done('6 manager review');

    // ---- 7. HR calibrates (adjusted rating with a reason) and releases Tom's review.
    // Leaving the manager phase needs every manager review: the others are written through the API.
    const progress = await api<{ items: { id: string; subject: { id: string }; cycleManager: { id: string } | null }[] }>('GET', `/review-cycles/${cycleId}/packets`, 'hannah');
    const managerKey = (id: string) => (['david', 'maria', 'priya', 'tom'] as const).find((k) => t.person(k) === id);
    for (const other of progress.items.filter((p) => p.id !== tomPacket)) {
      const manager = managerKey(other.cycleManager!.id);
      assert.ok(manager, `a known manager for ${other.subject.id}`);
      const full = await api<PacketJson>('GET', `/review-packets/${encodeURIComponent(other.id)}`, manager);
      await api('POST', `/review-packets/${encodeURIComponent(other.id)}/manager-review/submit`, manager, {
        ratings: Object.fromEntries(full.template.competencies.map((c) => [c.id, 3])),
        summary: 'Solid half.',
        overallRating: 3,
      });
    }
    await openTabAs(hr, t.url, `/reviews/cycles/${cycleId}`, 'hannah');
    await hr.locator('[data-measure="manager"]').getByText(`Manager reviews submitted: ${progress.items.length} of ${progress.items.length}`).waitFor();
    await advanceCycleTo(hr, 'calibration');
    await hr.getByRole('button', { name: 'Calibration' }).click();
    await hr.locator(`[data-calibration="${cycleId}"]`).waitFor();
    const row = hr.locator(`[data-calibration-row="${t.person('tom')}"]`);
    await row.getByText('3 · Meets expectations').first().waitFor();
    await row.getByRole('button', { name: `Calibrate ${NAMES.tom}` }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Adjusted rating' }).selectOption({ label: '4 · Exceeds expectations' });
    await dialog.getByRole('textbox', { name: /^Reason for the adjustment/ }).fill(CALIBRATION_REASON);
    await dialog.getByRole('combobox', { name: 'Performance' }).selectOption({ label: 'High' });
    await dialog.getByRole('combobox', { name: 'Potential' }).selectOption({ label: 'Medium' });
    // Let the dialog's open transition finish so the picture shows it.
    await dialog.getByText(`Calibrate ${NAMES.tom}`).waitFor();
    await hr.waitForTimeout(500);
    await shot(hr, '08-calibrate-dialog', false);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText(CALIBRATION_REASON).waitFor();
    await row.getByRole('button', { name: `Release to ${NAMES.tom}` }).click();
    await row.getByRole('cell', { name: 'Yes', exact: true }).waitFor();
    await shot(hr, '09-calibrated-released');
    saved = await packet('hannah');
    facts.calibration = { adjusted: saved.calibration?.adjustedRating, final: saved.calibration?.finalRating, reason: saved.calibration?.reason, released: saved.release?.released };
    done('7 calibrate and release');

    // ---- 8. Tom reads the released review (attributed peer feedback) and acknowledges it.
    await openTabAs(tom, t.url, `/reviews/mine/${encodeURIComponent(tomPacket)}`, 'tom');
    const released = tom.locator(`[data-packet-id="${tomPacket}"] [data-released-review]`);
    await released.waitFor();
    const finalRating = await released.locator('[data-final-rating]').innerText();
    await released.locator('[data-manager-review]').getByText(MANAGER_COMMENT).waitFor();
    await released.locator('[data-manager-review]').getByText(MANAGER_SUMMARY).waitFor();
    const peers = released.locator('[data-peer-feedback="attributed"]');
    await peers.getByText(PRIYA_ANSWER).waitFor();
    await peers.getByText(LENA_ANSWER).waitFor();
    const releasedPeerText = await peers.innerText();
    const releasedSectionText = await tom.locator(`[data-packet-id="${tomPacket}"]`).innerText();
    await shot(tom, '10-released');
    await released.getByRole('textbox', { name: 'Comment (optional)' }).fill(ACK_COMMENT);
    await released.getByRole('button', { name: 'Acknowledge' }).click();
    await released.locator('[data-acknowledged]').getByText(/^You acknowledged this review on/).waitFor();
    await shot(tom, '11-acknowledged');
    saved = await packet('tom');
    facts.released = {
      finalRating,
      releasedPeerText,
      hasCalibrationReason: releasedSectionText.includes(CALIBRATION_REASON),
      acknowledgement: saved.acknowledgement,
    };
    done('8 read and acknowledge');

    return {
      ...facts,
      world: { personalChatId: world.personalChatId, currentUser: world.currentUser.name },
      shots,
      steps,
      pageErrors,
      blocked: browser.blocked,
      totalMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    // Leave a picture of where it stopped.
    for (const [i, page] of browser.context.pages().entries()) await browser.screenshot(page, `${SCREENSHOT_PREFIX}failed-${i}`, { fullPage: true }).catch(() => undefined);
    if (ui) await saveScreenshot(ui.page, `test-output/screenshots/${SCREENSHOT_PREFIX}failed-playground.png`).catch(() => undefined);
    const e = error instanceof Error ? error : new Error(String(error));
    const more = `\n  steps done: ${steps.map((s) => s.step).join(', ')}\n  facts: ${JSON.stringify(facts).slice(0, 3000)}\n  exchanges: ${client.exchanges.slice(-12).map((x) => `${x.direction} ${x.conversationId} ${x.activityName} ${x.statusCode}`).join(' | ')}`;
    e.message += more;
    e.stack = `${e.stack ?? e.message}${more}`;
    throw e;
  } finally {
    await ui?.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
    await client.close();
    await playground.stop();
    await t.close();
  }
});
