import assert from 'node:assert/strict';
import { silentLogger } from '../../../../src/app/notifications/ports/pipeline-logger.js';
import { decodeEnvelope } from '../../../../src/app/notifications/send-envelope.js';
import { AttachableFeedbackNotifier, NO_FEEDBACK_NOTIFICATIONS } from '../../../../src/app/performance/feedback/feedback-notifier.js';
import { createQueuedFeedbackNotifier } from '../../../../src/app/performance/feedback/queued-feedback-notifier.js';
import type { ConversationReferences, StoredConversation } from '../../../../src/app/ports/conversation-references.js';
import type { FeedbackItem } from '../../../../src/domain/performance/feedback/feedback-item.js';
import type { FeedbackRequest } from '../../../../src/domain/performance/feedback/feedback-request.js';
import { TestClock } from '../../../support/test-clock.js';
import { InMemoryLedger, InMemoryQueue } from '../../notifications/fakes.js';

const T = 'tenant-a';
const DAY = 24 * 3600_000;

/** Conversation references by scope and owner, as the directory keeps them. */
class ScopedConversations implements ConversationReferences {
  readonly refs = new Map<string, StoredConversation>();
  add(scope: StoredConversation['scope'], ownerId: string, uninstalledAt: string | null = null): void {
    this.refs.set(`${scope}|${ownerId}`, { tenantId: T, ownerId, scope, conversationId: `c-${scope}-${ownerId}`, serviceUrl: 'https://smba.example/', reference: {}, updatedAt: '2026-01-01T00:00:00Z', uninstalledAt });
  }
  async save(c: StoredConversation) {
    this.refs.set(`${c.scope}|${c.ownerId}`, c);
  }
  async install(c: StoredConversation) {
    await this.save(c);
    return true;
  }
  async get(tenantId: string, scope: StoredConversation['scope'], ownerId: string) {
    const found = this.refs.get(`${scope}|${ownerId}`);
    return found && found.tenantId === tenantId ? found : null;
  }
  async markUninstalled() {}
}

const request: FeedbackRequest = {
  tenantId: T,
  id: 'frq.ann.abc',
  subjectId: 'ann',
  requesterId: 'ann',
  inviteeIds: ['bob', 'cat', 'dan', 'eve'],
  questions: [{ id: 'q1', text: 'How?' }],
  status: 'open',
  createdAt: '2026-11-22T12:00:00.000Z',
  closedAt: null,
};

describe('the queued feedback notifier', () => {
  const rig = () => {
    const clock = new TestClock('2026-11-22T12:00:00.000Z');
    const queue = new InMemoryQueue(clock);
    const ledger = new InMemoryLedger();
    const conversations = new ScopedConversations();
    const notifier = createQueuedFeedbackNotifier({ queue, ledger, conversations, clock, logger: silentLogger, claimStaleAfterMs: 300_000 });
    const queued = () => queue.bodies().map((b) => decodeEnvelope(JSON.stringify(b))!.notification);
    return { clock, queue, ledger, conversations, notifier, queued };
  };

  it('queues a card now and a reminder in three days for each invitee with a personal chat; nobody else, never a channel', async () => {
    const { queue, conversations, notifier, queued, clock } = rig();
    conversations.add('personal', 'bob');
    conversations.add('personal', 'cat');
    conversations.add('personal', 'dan', '2026-11-01T00:00:00Z');
    conversations.add('team', 'eve');
    conversations.add('groupChat', 'eve');
    await notifier.requestCreated(request);
    const all = queued();
    assert.deepEqual(all.map((n) => `${n.recipientId}:${n.kind}`).sort(), ['bob:feedback-reminder', 'bob:feedback-request', 'cat:feedback-reminder', 'cat:feedback-request']);
    assert.ok(all.every((n) => n.period === '2026-11-22~frq.ann.abc' && n.key === `${T}|${n.recipientId}|${n.kind}|${n.period}`));
    const visibleNow = await queue.receive(32, 30_000);
    assert.deepEqual(visibleNow.map((m) => decodeEnvelope(m.body)!.notification.kind), ['feedback-request', 'feedback-request'], 'reminders wait');
    for (const m of visibleNow) await queue.delete(m.messageId, m.popReceipt);
    clock.advance(3 * DAY);
    const later = await queue.receive(32, 30_000);
    assert.deepEqual(later.map((m) => decodeEnvelope(m.body)!.notification.kind), ['feedback-reminder', 'feedback-reminder']);
  });

  it('never queues the same card twice for the same request', async () => {
    const { queue, conversations, notifier } = rig();
    conversations.add('personal', 'bob');
    await notifier.requestCreated(request);
    await notifier.requestCreated(request);
    assert.equal(queue.enqueued, 2, 'one card and one reminder');
  });

  it('posts praise to the chosen team only, and knows which teams have the bot', async () => {
    const { conversations, notifier, queued } = rig();
    conversations.add('team', 'tm-platform');
    conversations.add('team', 'tm-gone', '2026-11-01T00:00:00Z');
    conversations.add('personal', 'tm-mobile');
    assert.deepEqual(await notifier.postableTeams(T, ['tm-platform', 'tm-gone', 'tm-mobile', 'tm-none']), ['tm-platform']);
    const praise: FeedbackItem = { tenantId: T, id: 'prs.xyz', subjectId: 'ann', authorId: 'bob', visibility: 'praise', text: 'Yay', createdAt: request.createdAt, channelTeamId: 'tm-platform' };
    await notifier.praiseGiven(praise);
    await notifier.praiseGiven({ ...praise, id: 'prs.nochannel', channelTeamId: null });
    await notifier.praiseGiven({ ...praise, id: 'fbk.ann.x', visibility: 'private' });
    assert.deepEqual(queued().map((n) => [n.kind, n.recipientId, n.period]), [['praise-post', 'tm-platform', '2026-11-22~prs.xyz']]);
  });

  it('logs a failed enqueue instead of failing the feedback that was already recorded', async () => {
    const { conversations, ledger } = rig();
    conversations.add('personal', 'bob');
    const errors: unknown[] = [];
    const broken = createQueuedFeedbackNotifier({
      queue: { enqueue: async () => Promise.reject(new Error('queue down')), receive: async () => [], delete: async () => true, updateVisibility: async () => null },
      ledger,
      conversations,
      clock: new TestClock(),
      logger: { ...silentLogger, error: (fields) => void errors.push(fields) },
      claimStaleAfterMs: 300_000,
    });
    await broken.requestCreated(request);
    assert.equal(errors.length, 2);
    assert.equal(ledger.claims.size, 0, 'claims given back, so a later try is possible');
  });

  it('before the pipeline is attached nothing is sent and no team is postable; after, the real notifier runs', async () => {
    const attachable = new AttachableFeedbackNotifier();
    assert.deepEqual(await attachable.postableTeams(T, ['tm-platform']), []);
    await attachable.requestCreated(request);
    const { conversations, notifier, queued } = rig();
    conversations.add('personal', 'bob');
    conversations.add('team', 'tm-platform');
    attachable.attach(notifier);
    await attachable.requestCreated(request);
    assert.equal(queued().length, 2);
    assert.deepEqual(await attachable.postableTeams(T, ['tm-platform']), ['tm-platform']);
    assert.deepEqual(await NO_FEEDBACK_NOTIFICATIONS.postableTeams(T, ['tm-platform']), []);
  });
});
