/**
 * Runs INSIDE the loopback-only network namespace (started by tandem-e2e.test.ts through
 * runInNetworkNamespace): the real Tandem server in-process (demo world, notifications on, a
 * controllable clock), the Agents Playground pointed at its /api/messages, the client, and the web UI
 * in headless Chromium for screenshots. Prints one JSON line of facts for the mocha test.
 *
 * By hand: node --import tsx test/support/agents-playground/in-network-namespace.ts test/bot/playground/tandem-e2e.scenario.ts
 */
import { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import { runScenario } from '../../support/agents-playground/in-network-namespace.js';
import { openPlaygroundUi, saveScreenshot, typeMessage, waitForRenderedCard } from '../../support/agents-playground/playground-browser.js';
import { adaptiveCardOf, cardActions, cardTexts, PlaygroundClient, type BotMessage } from '../../support/agents-playground/playground-client.js';
import { startPlayground } from '../../support/agents-playground/start-playground.js';
import { CONTOSO, startTestTandem } from '../../support/tandem-harness.js';
import { TestClock } from '../../support/test-clock.js';

export const SCREENSHOT_CHECKIN = 'test-output/screenshots/playground-tandem-checkin.png';
export const SCREENSHOT_SUMMARY = 'test-output/screenshots/playground-tandem-summary.png';

/** The Monday 09:05 in Asia/Kolkata (Priya) the reminder is due at. */
export const REMINDER_AT = '2026-11-23T03:35:00.000Z';

const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await run();
  return { value, ms: Math.round(performance.now() - started) };
};

/** The Action.Execute `data` of a card's action by verb, plus what the card's inputs would send. */
const dataOf = (message: BotMessage, verb: string) => cardActions(adaptiveCardOf(message)).find((a) => a.type === 'Action.Execute' && a.verb === verb);

runScenario(async () => {
  const t = await startTestTandem({ NOTIFICATIONS_ENABLED: 'true', SCHEDULER_TICK_SECONDS: '3600' }, new TestClock('2026-11-22T12:00:00.000Z'));
  const playground = await startPlayground({ botEndpoint: `${t.url}/api/messages` });
  const client = await PlaygroundClient.connect(playground.url);
  const world = client.world;
  const priya = t.person('priya');
  const references = new CosmosConversationReferences(t.directoryContainer());
  const checkInsOf = async (keyResultId: string) => (await t.request<{ items: any[] }>('GET', `/key-results/${encodeURIComponent(keyResultId)}/check-ins`, { as: 'priya' })).body.items ?? [];
  try {
    // 1. Install: the welcome card in Priya's personal chat, her conversation reference stored.
    const referenceBefore = await references.get(CONTOSO.tenantId, 'personal', priya);
    let cursor = client.cursor();
    await client.install();
    const welcome = await client.waitForMessage({ card: /Welcome to Tandem/, conversationId: world.personalChatId }, { after: cursor, timeoutMs: 20_000 });
    const reference = await references.get(CONTOSO.tenantId, 'personal', priya);
    await client.settle(500);
    // One install = installationUpdate + conversationUpdate(membersAdded), posted back to back.
    const welcomeCount = client.messagesIn(world.personalChatId).filter((m) => cardTexts(adaptiveCardOf(m)).some((x) => x.startsWith('Welcome to Tandem'))).length;
    const installActivities = client.exchanges.filter((x) => x.direction === 'playground-to-bot').map((x) => x.activityName);

    // 6. (Run before the check-in: a check-in within the tenant's skip window, e.g. step 3 on Sunday,
    //    makes the scheduler skip Priya as 'checked-in-recently', by design.) The scheduler's reminder,
    //    on Priya's Monday 09:05 (Asia/Kolkata), through the Playground's /_connector.
    cursor = client.cursor();
    const early = await t.tandem.notifications!.tick(new Date('2026-11-22T12:00:00.000Z'));
    t.clock.set(REMINDER_AT);
    const due = await t.tandem.notifications!.tick(new Date(REMINDER_AT));
    const reminderCursor = cursor;
    const reminderWait = await timed(() => client.waitForMessage({ card: /Weekly check-in/, conversationId: world.personalChatId }, { after: reminderCursor, timeoutMs: 30_000 }).catch((e: Error) => e));
    if (reminderWait.value instanceof Error) throw new Error(`No reminder reached the Playground; tick: ${JSON.stringify(due)}\n${reminderWait.value.message}`);
    const reminder = reminderWait.value;
    const reminderExchange = await client.waitForExchange((x) => x.direction === 'bot-to-playground' && x.conversationId === world.personalChatId && Array.isArray(x.request.attachments) && JSON.stringify(x.request.attachments).includes('Weekly check-in'), { after: reminderCursor });
    await client.settle(500);
    const afterReminder = client.cursor();
    const again = await t.tandem.notifications!.tick(new Date('2026-11-23T03:36:00.000Z'));
    await client.settle(1500);
    const duplicateReminders = client.exchanges.filter((x) => x.seq > afterReminder && x.direction === 'bot-to-playground' && JSON.stringify(x.request.attachments ?? []).includes('Weekly check-in')).length;
    const remindersToPriya = client.exchanges.filter((x) => x.seq > reminderCursor && x.direction === 'bot-to-playground' && JSON.stringify(x.request.attachments ?? []).includes('Weekly check-in')).length;

    // 2. "checkin": a section per key result Priya owns in the active cycle.
    const activeCycle = await t.cycleId('active');
    const objectives = await t.request<{ items: any[] }>('GET', `/cycles/${activeCycle}/objectives?participant=me&limit=100`, { as: 'priya' });
    const apiOwned = objectives.body.items.flatMap((o) => o.keyResults.filter((kr: any) => kr.ownerId === priya).map((kr: any) => ({ id: kr.id, title: kr.title, type: kr.spec.type, current: kr.current, objectiveState: o.state })));
    const apiOwnedActive = apiOwned.filter((kr) => kr.objectiveState === 'active');
    cursor = client.cursor();
    await client.sendText('checkin');
    const checkinMessage = await client.waitForMessage({ card: /Weekly check-in/, conversationId: world.personalChatId }, { after: cursor, timeoutMs: 20_000 });
    const checkinCard = adaptiveCardOf(checkinMessage)!;
    const submitAction = dataOf(checkinMessage, 'checkin.submit')!;
    const cardData = submitAction.data as { cardId: string; keyResultIds: string[] };

    // 3. checkin.submit with a new value + confidence for one (numeric) key result; the others empty.
    const targetIndex = cardData.keyResultIds.findIndex((id) => {
      const kr = apiOwned.find((k) => k.id === id);
      return kr !== undefined && kr.type !== 'milestone' && kr.type !== 'binary';
    });
    const target = apiOwned.find((k) => k.id === cardData.keyResultIds[targetIndex])!;
    const newValue = (target.current ?? 0) + 7;
    const inputs: Record<string, unknown> = {};
    cardData.keyResultIds.forEach((_id, i) => {
      inputs[`value_${i}`] = i === targetIndex ? String(newValue) : '';
      inputs[`confidence_${i}`] = i === targetIndex ? '7' : '';
      inputs[`note_${i}`] = i === targetIndex ? 'Playground e2e' : '';
    });
    const countsBefore = Object.fromEntries(await Promise.all(cardData.keyResultIds.map(async (id) => [id, (await checkInsOf(id)).length] as const)));
    const first = await timed(() => client.executeAction({ messageId: checkinMessage.messageId, verb: 'checkin.submit', title: submitAction.title, data: { ...cardData, ...inputs } }));
    const afterFirst = await checkInsOf(target.id);
    const replacedTexts = cardTexts(adaptiveCardOf(client.message(checkinMessage.messageId)));

    // 4. The same card submitted again: recorded once.
    const second = await client.executeAction({ messageId: checkinMessage.messageId, verb: 'checkin.submit', title: submitAction.title, data: { ...cardData, ...inputs } });
    const afterSecond = await checkInsOf(target.id);
    const countsAfter = Object.fromEntries(await Promise.all(cardData.keyResultIds.map(async (id) => [id, (await checkInsOf(id)).length] as const)));

    // 5. help and an unknown text.
    cursor = client.cursor();
    await client.sendText('help');
    const help = await client.waitForMessage({ card: /What I can do/, conversationId: world.personalChatId }, { after: cursor, timeoutMs: 15_000 });
    cursor = client.cursor();
    await client.sendText('what is the weather like');
    const unknown = await client.waitForMessage({ card: /What I can do/, conversationId: world.personalChatId }, { after: cursor, timeoutMs: 15_000 });

    // 7. The web UI: the check-in card and, after Submit, the summary card.
    const ui = await openPlaygroundUi(playground.url);
    let ui7: Record<string, unknown>;
    try {
      await client.settle(500);
      await typeMessage(ui.page, 'checkin');
      const rendered = await waitForRenderedCard(ui.page, 'Weekly check-in', 20_000);
      // Fill in the first confidence input and a note so the summary shows a real answer.
      await rendered.scrollIntoViewIfNeeded();
      await ui.page.waitForTimeout(500);
      const checkinShot = await saveScreenshot(ui.page, SCREENSHOT_CHECKIN);
      const before = await rendered.innerText();
      await rendered.getByRole('button', { name: 'Submit' }).click();
      const summary = await waitForRenderedCard(ui.page, 'check-in recorded', 20_000).catch(async () => waitForRenderedCard(ui.page, 'Check-in', 5_000));
      await summary.scrollIntoViewIfNeeded();
      await ui.page.waitForTimeout(500);
      const summaryShot = await saveScreenshot(ui.page, SCREENSHOT_SUMMARY);
      ui7 = { checkinShot, summaryShot, before, after: await summary.innerText(), failedRequests: ui.failedRequests.filter((u) => u.startsWith('http://127.0.0.1') || u.startsWith('http://localhost')) };
    } finally {
      await ui.close();
    }

    return {
      world: { personalChatId: world.personalChatId, priya },
      install: {
        referenceBefore: referenceBefore !== null,
        welcomeTexts: cardTexts(adaptiveCardOf(welcome)),
        welcomeCount,
        installActivities,
        reference: reference && { conversationId: reference.conversationId, serviceUrl: reference.serviceUrl, uninstalledAt: reference.uninstalledAt },
      },
      checkin: {
        activeCycle,
        apiOwned,
        apiOwnedActive: apiOwnedActive.map((k) => k.id),
        cardKeyResultIds: cardData.keyResultIds,
        cardId: cardData.cardId,
        texts: cardTexts(checkinCard),
        actions: cardActions(checkinCard).map((a) => `${a.type}:${a.verb ?? a.title}`),
        inputIds: JSON.stringify(checkinCard).match(/"id":"(value|confidence|note)_\d+"/g) ?? [],
      },
      submit: {
        target,
        newValue,
        ms: first.ms,
        type: first.value.type,
        texts: cardTexts(first.value.card),
        replacedTexts,
        newest: afterFirst[0] && { value: afterFirst[0].value, confidence: afterFirst[0].confidence, note: afterFirst[0].note, authorId: afterFirst[0].authorId, at: afterFirst[0].at },
        countBefore: countsBefore[target.id],
        countAfterFirst: afterFirst.length,
      },
      resubmit: {
        type: second.type,
        texts: cardTexts(second.card),
        countAfterSecond: afterSecond.length,
        totalBefore: Object.values(countsBefore).reduce((a, b) => a + b, 0),
        totalAfter: Object.values(countsAfter).reduce((a, b) => a + b, 0),
      },
      help: { texts: cardTexts(adaptiveCardOf(help)) },
      unknown: { texts: cardTexts(adaptiveCardOf(unknown)) },
      reminder: {
        early,
        due,
        again,
        waitMs: reminderWait.ms,
        conversationId: reminder.conversationId,
        kind: reminder.kind,
        texts: cardTexts(adaptiveCardOf(reminder)),
        keyResultIds: (dataOf(reminder, 'checkin.submit')?.data as { keyResultIds?: string[] } | undefined)?.keyResultIds ?? [],
        exchangeStatus: reminderExchange.statusCode,
        duplicateReminders,
        remindersToPriya,
      },
      ui: ui7,
      exchanges: client.exchanges.map((x) => `${x.direction} ${x.conversationId} ${x.activityName} ${x.statusCode}`),
      logLines: client.logLines.slice(-20),
    };
  } finally {
    await client.close();
    await playground.stop();
    await t.close();
  }
});
