/**
 * Runs INSIDE the loopback-only network namespace (started by harness-selftest.test.ts through
 * runInNetworkNamespace): an echo bot, the Agents Playground pointed at it, the client, and once the
 * web UI in headless Chromium. Prints one JSON line of facts for the mocha test to assert on.
 *
 * By hand: node --import tsx test/support/agents-playground/in-network-namespace.ts test/bot/playground/harness-selftest.scenario.ts
 */
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenario } from '../../support/agents-playground/in-network-namespace.js';
import { openPlaygroundUi, saveScreenshot, typeMessage, waitForRenderedCard } from '../../support/agents-playground/playground-browser.js';
import { adaptiveCardOf, cardActions, cardTexts, PlaygroundClient } from '../../support/agents-playground/playground-client.js';
import { renderPlaygroundConfig } from '../../support/agents-playground/playground-config.js';
import { startPlayground } from '../../support/agents-playground/start-playground.js';
import { startEchoBot } from './echo-bot.js';

export const SCREENSHOT = 'test-output/screenshots/playground-card.png';

async function probeConnect(host: string, port: number): Promise<{ code: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (code: string) => {
      socket.destroy();
      resolve({ code, ms: Math.round(performance.now() - started) });
    };
    socket.once('connect', () => done('CONNECTED'));
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
    setTimeout(() => done('TIMEOUT'), 5000);
  });
}

async function probeDns(name: string): Promise<{ code: string; ms: number }> {
  const started = performance.now();
  const code = await lookup(name).then(
    (a) => `RESOLVED ${a.address}`,
    (e: NodeJS.ErrnoException) => e.code ?? e.message,
  );
  return { code, ms: Math.round(performance.now() - started) };
}

runScenario(async () => {
  const network = {
    interfaces: Object.keys(networkInterfaces()),
    metadata: await probeConnect('169.254.169.254', 80),
    publicIp: await probeConnect('1.1.1.1', 443),
    dns: await probeDns('login.microsoftonline.com'),
  };

  // A config the Playground rejects (four users): it must fail fast with its log.
  const badDir = await mkdtemp(join(tmpdir(), 'tandem-bad-config-'));
  const badConfig = join(badDir, 'bad.yml');
  const good = renderPlaygroundConfig();
  await writeFile(badConfig, good.replace(/\n {2}- id: "29:[^\n]*\n(?: {4}[^\n]*\n){6}/, '\n'));
  const badStart = performance.now();
  const badConfigError = await startPlayground({ botEndpoint: 'http://127.0.0.1:9/api/messages', configPath: badConfig }).then(
    async (pg) => {
      await pg.stop();
      return null;
    },
    (e: Error) => e.message,
  );
  const badConfigMs = Math.round(performance.now() - badStart);

  const bot = await startEchoBot();
  const started = performance.now();
  const playground = await startPlayground({ botEndpoint: bot.endpoint });
  const startMs = Math.round(performance.now() - started);
  const client = await PlaygroundClient.connect(playground.url);
  const world = client.world;
  try {
    // 1. Text -> echo.
    let cursor = client.cursor();
    await client.sendText('hello playground');
    const echo = await client.waitForMessage({ text: 'echo: hello playground' }, { after: cursor });
    const echoActivity = bot.received.find((a) => a.type === 'message' && a.text === 'hello playground');

    // 2. Card with Action.Execute -> invoke -> the card is replaced by the bot's answer.
    cursor = client.cursor();
    await client.sendText('card');
    const cardMessage = await client.waitForMessage((m) => adaptiveCardOf(m) !== undefined, { after: cursor });
    const firstCard = adaptiveCardOf(cardMessage);
    const execute = cardActions(firstCard).find((a) => a.type === 'Action.Execute')!;
    const invoke = await client.executeAction({ messageId: cardMessage.messageId, verb: execute.verb!, data: execute.data as Record<string, unknown>, title: execute.title });
    const invokeActivity = bot.received.find((a) => a.type === 'invoke');
    const afterInvoke = cardTexts(adaptiveCardOf(client.message(cardMessage.messageId)));

    // 3. Action.Submit -> the bot updates the card's message in place (updateActivity) and replies.
    cursor = client.cursor();
    await client.submitAction({ messageId: cardMessage.messageId, data: { action: 'reset' } });
    const updated = await client.waitForMessage({ kind: 'updated' }, { after: cursor });
    const submitted = await client.waitForMessage({ text: /^submitted: / }, { after: cursor });
    const submitActivity = bot.received.find((a) => a.type === 'message' && a.value !== undefined);

    // 4. Proactive: continueConversationAsync with the stored reference (serviceUrl = the Playground's /_connector).
    cursor = client.cursor();
    const reference = bot.references.get(world.personalChatId);
    const proactiveId = await bot.sendProactive(world.personalChatId, 'A proactive nudge');
    const proactive = await client.waitForMessage({ text: 'A proactive nudge' }, { after: cursor });
    const proactiveExchange = await client.waitForExchange((x) => x.direction === 'bot-to-playground' && x.request.text === 'A proactive nudge');

    // 5. Install events.
    cursor = client.cursor();
    await client.install();
    const installReply = await client.waitForMessage({ text: 'Thanks for installing the harness bot' }, { after: cursor });
    const installActivities = bot.received.filter((a) => a.type === 'installationUpdate' || a.type === 'conversationUpdate').map((a) => ({ type: a.type, action: a.action, membersAdded: a.membersAdded?.length ?? 0, from: a.from }));

    // 6. A message as another user (custom activity) and a mention in the group chat.
    cursor = client.cursor();
    await client.sendText('from arjun', { as: 'arjun' });
    await client.waitForMessage({ text: 'echo: from arjun' }, { after: cursor });
    const asArjun = bot.received.find((a) => a.type === 'message' && a.text === 'from arjun');
    cursor = client.cursor();
    await client.sendText('hello team', { conversationId: world.groupChatId });
    const groupReply = await client.waitForMessage({ text: 'echo: hello team', conversationId: world.groupChatId }, { after: cursor });
    const groupActivity = bot.received.find((a) => a.type === 'message' && typeof a.text === 'string' && a.text.includes('hello team'));

    // 7. The web UI in headless Chromium (inside this namespace): type "card", click "Add one", screenshot.
    const ui = await openPlaygroundUi(playground.url);
    let screenshot: string;
    let uiCardTextsBefore: string;
    let uiCardTextsAfter: string;
    try {
      await typeMessage(ui.page, 'card');
      const rendered = await waitForRenderedCard(ui.page, 'Count: 0');
      uiCardTextsBefore = await rendered.innerText();
      await rendered.getByRole('button', { name: 'Add one' }).click();
      const replaced = await waitForRenderedCard(ui.page, 'Count: 1');
      uiCardTextsAfter = await replaced.innerText();
      await ui.page.waitForTimeout(300);
      screenshot = await saveScreenshot(ui.page, SCREENSHOT);
    } finally {
      await ui.close();
    }
    const uiInvoke = bot.received.filter((a) => a.type === 'invoke').at(-1);

    return {
      network,
      badConfigError,
      badConfigMs,
      startMs,
      playgroundUrl: playground.url,
      world: { tenantId: world.tenantId, users: world.users.map((u) => ({ id: u.id, aadObjectId: u.aadObjectId, name: u.name })), personalChatId: world.personalChatId, groupChatId: world.groupChatId, channelId: world.channelId },
      echo: { text: echo.text, kind: echo.kind, conversationId: echo.conversationId, from: echoActivity?.from, conversation: echoActivity?.conversation, channelData: echoActivity?.channelData, serviceUrl: echoActivity?.serviceUrl, channelId: echoActivity?.channelId },
      card: {
        messageId: cardMessage.messageId,
        contentType: cardMessage.attachments[0]?.contentType,
        texts: cardTexts(firstCard),
        actions: cardActions(firstCard).map((a) => `${a.type}:${a.verb ?? a.title}`),
      },
      invoke: { type: invoke.type, texts: cardTexts(invoke.card), latestTexts: afterInvoke, activity: { name: invokeActivity?.name, value: invokeActivity?.value, replyToId: invokeActivity?.replyToId, from: invokeActivity?.from } },
      submit: { updatedMessageId: updated.messageId, updatedTexts: cardTexts(adaptiveCardOf(updated)), latestTexts: cardTexts(adaptiveCardOf(client.message(cardMessage.messageId))), reply: submitted.text, activity: { value: submitActivity?.value, replyToId: submitActivity?.replyToId, from: submitActivity?.from } },
      proactive: { serviceUrl: reference?.serviceUrl, id: proactiveId, text: proactive.text, conversationId: proactive.conversationId, status: proactiveExchange.statusCode },
      install: { reply: installReply.text, activities: installActivities },
      asArjun: { from: asArjun?.from, conversation: asArjun?.conversation?.id },
      group: { conversationId: groupReply.conversationId, text: groupActivity?.text, entities: groupActivity?.entities?.filter((e) => e.type === 'mention') },
      ui: { screenshot, before: uiCardTextsBefore, after: uiCardTextsAfter, invokeValue: uiInvoke?.value, failedRequests: ui.failedRequests },
      exchanges: client.exchanges.map((x) => `${x.direction} ${x.activityName} ${x.statusCode}`),
      logLines: client.logLines,
    };
  } finally {
    await client.close();
    await playground.stop();
    await bot.close();
  }
});
