/**
 * Meeting events through the Agents Playground's custom activities (/_internal/v1/customActivities),
 * in a loopback-only network namespace: the scenario (meeting-events-playground.scenario.ts) sends
 * meeting start and end into the Playground's group chat and reports what the bot did.
 */
import assert from 'node:assert/strict';
import { runInNetworkNamespace } from '../../support/agents-playground/in-network-namespace.js';

type Facts = Record<string, any>;

describe('bot/meetings: meeting events in the Agents Playground (loopback-only namespace)', function () {
  this.timeout(180_000);

  it('start and end reach the bot as Teams meeting events; it reads the chat roster from the connector and posts nothing 1:1 into a group meeting', async () => {
    const { result: f, stderr } = await runInNetworkNamespace<Facts>('test/bot/meetings/meeting-events-playground.scenario.ts', [], { timeoutMs: 150_000 });
    const context = () => `\n${JSON.stringify(f, null, 1).slice(0, 3000)}\n${stderr.slice(-1500)}`;
    for (const event of [f.start, f.end]) {
      assert.equal(event.deliveredStatus, 200, context());
      assert.match(event.deliveredName, /^application\/vnd\.microsoft\.meeting(Start|End)$/);
      // The roster comes from the Playground's connector: all six people of its group chat.
      assert.equal(event.membersStatus, 200, context());
      assert.equal(event.memberCount, 6, context());
      // A six-person meeting is not a 1:1: no agenda in the chat, no follow-up to anyone.
      assert.deepEqual(event.botSent, [], context());
      assert.equal(event.messagesAfter, 0, context());
    }
    // The meeting chat is remembered at start, so the participant API can be asked about it later.
    assert.deepEqual(f.chatReference && { conversationId: f.chatReference.conversationId, scope: f.chatReference.scope }, { conversationId: f.groupChatId, scope: 'groupChat' }, context());
    assert.match(f.chatReference.serviceUrl, /^http:\/\/localhost:\d+\/_connector$/);
    assert.equal(f.replyAfter.hasCard, true, context());
  });
});
