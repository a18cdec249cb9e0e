/**
 * Runs INSIDE the loopback-only network namespace (started by meeting-events-playground.test.ts):
 * the real Tandem server in-process, the Agents Playground pointed at its /api/messages, and the
 * client. Meeting start and end arrive as Teams sends them, through the Playground's custom
 * activities; the bot reads the meeting chat's members from the Playground's connector.
 *
 * The Playground's only group chat always holds all six of its users (its schema says so, and its
 * createConversation makes personal chats or channel posts only), so here the meeting chat is a
 * group meeting: the bot must post no 1:1 agenda into it and ask nobody for 1:1 notes. The 1:1 card
 * paths (two-person meeting chats) are covered with the TestAdapter (meeting-events.test.ts).
 *
 * By hand: node --import tsx test/support/agents-playground/in-network-namespace.ts test/bot/meetings/meeting-events-playground.scenario.ts
 */
import { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import { runScenario } from '../../support/agents-playground/in-network-namespace.js';
import { adaptiveCardOf, cardTexts, PlaygroundClient } from '../../support/agents-playground/playground-client.js';
import { startPlayground } from '../../support/agents-playground/start-playground.js';
import { CONTOSO, startTestTandem } from '../../support/tandem-harness.js';

const MEETING_ID = 'MCMxOTp0YW5kZW0tcGxheWdyb3VuZC1ncm91cEB0aHJlYWQudjIjMA==';

runScenario(async () => {
  const t = await startTestTandem();
  const playground = await startPlayground({ botEndpoint: `${t.url}/api/messages` });
  const client = await PlaygroundClient.connect(playground.url);
  const world = client.world;
  const references = new CosmosConversationReferences(t.directoryContainer());
  try {
    // Priya has Tandem in her personal chat (where a 1:1 follow-up would go).
    let cursor = client.cursor();
    await client.install();
    await client.waitForMessage({ card: /Welcome to Tandem/, conversationId: world.personalChatId }, { after: cursor, timeoutMs: 20_000 });
    await client.settle(500);

    const meetingEvent = async (name: 'meetingStart' | 'meetingEnd') => {
      const template = await client.customActivityTemplate(undefined, world.groupChatId);
      const activity = {
        ...template,
        type: 'event',
        name: `application/vnd.microsoft.${name}`,
        id: globalThis.crypto.randomUUID(),
        timestamp: new Date().toISOString(),
        from: { id: world.currentUser.id, aadObjectId: world.currentUser.aadObjectId, name: world.currentUser.name },
        channelData: { ...(template.channelData ?? {}), tenant: { id: world.tenantId }, meeting: { id: MEETING_ID } },
        value: {
          Id: MEETING_ID,
          JoinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3atandem-playground-group%40thread.v2/0',
          Title: 'Platform weekly',
          MeetingType: 'Scheduled',
          ...(name === 'meetingStart' ? { StartTime: new Date().toISOString() } : { EndTime: new Date().toISOString() }),
        },
      };
      const before = client.cursor();
      await client.sendCustomActivity(activity);
      const delivered = await client.waitForExchange((x) => x.direction === 'playground-to-bot' && x.conversationId === world.groupChatId && JSON.stringify(x.request).includes(`vnd.microsoft.${name}`), { after: before, timeoutMs: 15_000 });
      const members = await client.waitForExchange((x) => x.direction === 'bot-to-playground' && x.activityName === 'getConversationPagedMembers', { after: before, timeoutMs: 15_000 }).catch(() => null);
      await client.settle(1500);
      const sentByBot = client.exchanges.filter((x) => x.seq > before && x.direction === 'bot-to-playground' && x.activityName !== 'getConversationPagedMembers');
      return {
        deliveredStatus: delivered.statusCode,
        deliveredName: (delivered.request as { name?: string }).name ?? null,
        membersStatus: members?.statusCode ?? null,
        memberCount: ((members?.response as { members?: unknown[] } | undefined)?.members ?? []).length,
        botSent: sentByBot.map((x) => ({ activityName: x.activityName, conversationId: x.conversationId, texts: cardTexts(adaptiveCardOf({ attachments: (x.request.attachments ?? []) as never })) })),
        messagesAfter: client.events.filter((e) => e.seq > before && e.kind !== 'typing').length,
      };
    };

    const start = await meetingEvent('meetingStart');
    const chat = await references.get(CONTOSO.tenantId, 'groupChat', world.groupChatId);
    const end = await meetingEvent('meetingEnd');
    cursor = client.cursor();
    // The bot still answers in the same chat afterwards: the events left it healthy.
    await client.sendText('okrs', { conversationId: world.groupChatId });
    const reply = await client.waitForMessage({ conversationId: world.groupChatId }, { after: cursor, timeoutMs: 20_000 });

    return {
      groupChatId: world.groupChatId,
      start,
      end,
      chatReference: chat && { conversationId: chat.conversationId, serviceUrl: chat.serviceUrl, scope: chat.scope },
      replyAfter: { kind: reply.kind, hasCard: adaptiveCardOf(reply) !== undefined || Boolean(reply.text) },
      log: client.logLines.slice(-5),
    };
  } finally {
    await client.close();
    await playground.stop();
    await t.close();
  }
});
