import { decideAfterFailure, type RetryPolicy } from '../../domain/notifications/retry-policy.js';
import type { Clock } from '../ports/clock.js';
import type { ConversationReferences, StoredConversation } from '../ports/conversation-references.js';
import type { NotificationComposer } from '../ports/notification-composer.js';
import type { OutgoingMessage, ProactiveSender, SendOutcome } from '../ports/proactive-sender.js';
import { withDeliveryMarker } from './delivery-marker.js';
import { HeldMessage } from './held-message.js';
import type { DeadLetter, DeliveryLedger } from './ports/delivery-ledger.js';
import type { PipelineLogger } from './ports/pipeline-logger.js';
import type { ReceivedMessage, SendQueue } from './ports/send-queue.js';
import { isAbortError, type Sleep } from './ports/sleep.js';
import { NOTIFICATION_SCOPE, type QueuedNotification } from './queued-notification.js';
import { decodeEnvelope, encodeEnvelope, salvageKey, type SendEnvelope } from './send-envelope.js';
import type { SendGate } from './send-gate.js';
import type { ThrottleMarkers } from './throttle-markers.js';

export interface DeliveryDeps {
  readonly queue: SendQueue;
  readonly ledger: DeliveryLedger;
  readonly conversations: ConversationReferences;
  readonly composer: NotificationComposer;
  readonly sender: ProactiveSender;
  readonly gate: SendGate;
  readonly markers: ThrottleMarkers;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly random: () => number;
  readonly logger: PipelineLogger;
  readonly policy: RetryPolicy;
  /** How long a received message stays hidden from other workers. */
  readonly visibilityTimeoutMs: number;
  /**
   * No send starts later than this before the message becomes visible again (and a send still under
   * way renews the visibility), so another worker never picks up a message whose send is under way.
   * Waits that would run past it hand the message back to the queue with a visibility delay instead.
   */
  readonly sendBudgetMs: number;
}

export type DeliveryOutcome =
  | 'sent'
  | 'already-sent'
  | 'dropped'
  | 'uninstalled'
  | 'dead-lettered'
  /** Handed back to the queue with a delay: rate limit or throttling wait too long to hold. */
  | 'deferred'
  /** Handed back after a failed attempt, to come back after the backoff. */
  | 'retry-later'
  /** Handed back at once because the worker is stopping. */
  | 'released'
  /** The pop receipt went stale (the message was taken over); nothing more to do. */
  | 'lost-receipt';

/** Receives without an outcome (deferrals included) after which a message counts as poison. */
export const MAX_DEQUEUES = 100;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function sendSafely(sender: ProactiveSender, conversation: StoredConversation, message: OutgoingMessage): Promise<SendOutcome> {
  try {
    return await sender.send(conversation, message);
  } catch (error) {
    // No answer at all (network, timeout): status 0, retried with backoff.
    return { ok: false, status: 0, retryAfterMs: null, message: errorText(error) };
  }
}

/** One received queue message, from ledger check to delete: everything a worker decides. */
export async function deliverMessage(deps: DeliveryDeps, message: ReceivedMessage, signal: AbortSignal): Promise<DeliveryOutcome> {
  const { queue, ledger, clock } = deps;
  const deadlineMs = clock.now().getTime() + deps.visibilityTimeoutMs - deps.sendBudgetMs;
  const held = new HeldMessage(queue, message, clock, deps.sleep, deps.visibilityTimeoutMs, deps.logger);
  const remove = (): Promise<void> => held.remove();

  const envelope = decodeEnvelope(message.body);
  if (!envelope) {
    const ref = salvageKey(message.body) ?? { key: `malformed.${message.messageId}`, tenantId: 'unknown', recipientId: 'unknown', kind: 'checkin-reminder' as const, period: 'unknown' };
    await ledger.recordDeadLetter({ ...ref, reason: 'malformed', detail: message.body.slice(0, 500), lastStatus: null, attempts: 0, enqueuedAt: null, at: clock.now().toISOString() });
    await remove();
    return 'dead-lettered';
  }
  const n = envelope.notification;
  if (message.dequeueCount > MAX_DEQUEUES) {
    // Handed out this often without an outcome: workers die or stop on it every time. Give up on it.
    await ledger.recordDeadLetter({ ...refOf(n), reason: 'max-attempts', detail: `handed out ${message.dequeueCount} times without an outcome`, lastStatus: null, attempts: envelope.attempts, enqueuedAt: n.enqueuedAt, at: clock.now().toISOString() });
    await remove();
    return 'dead-lettered';
  }
  let attempts = envelope.attempts;
  let lastError = envelope.lastError;
  const handBack = async (delayMs: number, outcome: DeliveryOutcome): Promise<DeliveryOutcome> => {
    const next: SendEnvelope = { ...envelope, attempts, lastError };
    return (await held.handBack(delayMs, encodeEnvelope(next))) ? outcome : 'lost-receipt';
  };
  const deadLetter = async (reason: DeadLetter['reason'], detail: string, lastStatus: number | null): Promise<DeliveryOutcome> => {
    await ledger.recordDeadLetter({ ...refOf(n), reason, detail, lastStatus, attempts, enqueuedAt: n.enqueuedAt, at: clock.now().toISOString() });
    await remove();
    return 'dead-lettered';
  };

  // The ledger first: a worker that died between send and delete left a sent record behind.
  if (await ledger.findSent(n)) {
    await remove();
    return 'already-sent';
  }
  // Confidential kinds only ever reach the recipient's personal chat; praise posts go to a team's channel.
  const scope = NOTIFICATION_SCOPE[n.kind];
  const conversation = await deps.conversations.get(n.tenantId, scope, n.recipientId);
  if (!conversation) return deadLetter('no-conversation', `no ${scope} conversation reference: the bot was never installed ${scope === 'personal' ? 'for this person' : 'in this team'}`, null);
  if (conversation.uninstalledAt !== null) {
    await remove();
    return 'uninstalled';
  }

  type Failure = Extract<SendOutcome, { ok: false }>;
  let composed: OutgoingMessage | undefined;
  /** One attempt: a final outcome, or the failure to decide about. */
  const attempt = async (): Promise<DeliveryOutcome | Failure> => {
    if (composed === undefined) {
      let fresh: OutgoingMessage | null;
      try {
        fresh = await deps.composer.compose(n);
      } catch (error) {
        attempts++;
        return { ok: false, status: 0, retryAfterMs: null, message: `composing failed: ${errorText(error)}` };
      }
      if (fresh === null) {
        // Nothing to say any more (checked in since, no key results now): dropped, not retried.
        await remove();
        return 'dropped';
      }
      composed = withDeliveryMarker(fresh, n.key);
    }
    await deps.markers.refresh(n.tenantId).catch(() => undefined);
    const waitMs = deps.gate.projectedWaitMs(n.tenantId);
    if (clock.now().getTime() + waitMs > deadlineMs) return handBack(waitMs + deps.random() * 1000, 'deferred');
    try {
      await deps.gate.acquire(n.tenantId, conversation.conversationId, signal);
    } catch (error) {
      if (isAbortError(error)) return handBack(0, 'released');
      throw error;
    }
    if (clock.now().getTime() > deadlineMs) return handBack(0, 'deferred');
    const outcome = await held.whileHolding(() => sendSafely(deps.sender, conversation, composed!));
    attempts++;
    if (!outcome.ok) return outcome;
    await recordSent(deps, n, attempts, outcome.activityId);
    await remove();
    return 'sent';
  };

  for (;;) {
    const step = await attempt();
    if (typeof step === 'string') return step;
    lastError = `${step.status}: ${step.message}`.slice(0, 500);
    const decision = decideAfterFailure(step, attempts, deps.policy, deps.random);
    if (decision.action === 'uninstalled') {
      await deps.conversations.markUninstalled(n.tenantId, scope, n.recipientId, clock.now().toISOString());
      await remove();
      return 'uninstalled';
    }
    if (decision.action === 'dead-letter') return deadLetter(decision.cause, decision.reason, step.status);
    if (decision.throttleTenantMs !== null) {
      await deps.markers.note(n.tenantId, clock.now().getTime() + decision.throttleTenantMs).catch((error: unknown) => {
        deps.logger.warn({ err: error, tenantId: n.tenantId }, 'could not store the throttled-until marker');
      });
    }
    if (signal.aborted || clock.now().getTime() + decision.delayMs > deadlineMs) return handBack(decision.delayMs, 'retry-later');
    try {
      await deps.sleep(decision.delayMs, signal);
    } catch (error) {
      if (isAbortError(error)) return handBack(0, 'released');
      throw error;
    }
  }
}

const refOf = (n: QueuedNotification) => ({ key: n.key, tenantId: n.tenantId, recipientId: n.recipientId, kind: n.kind, period: n.period });

/**
 * The sent record right after Teams accepted the message, tried a few times: without it a crash
 * before the delete would send again. If the ledger stays down the message is still deleted,
 * which also prevents a second send.
 */
async function recordSent(deps: DeliveryDeps, n: QueuedNotification, attempts: number, activityId: string | null): Promise<void> {
  const record = { ...refOf(n), enqueuedAt: n.enqueuedAt, sentAt: deps.clock.now().toISOString(), attempts, activityId };
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      if ((await deps.ledger.recordSent(record)) === 'already-recorded') deps.logger.warn({ key: n.key }, 'a sent record existed already: this key was sent twice');
      return;
    } catch (error) {
      if (attempt === 3) deps.logger.error({ err: error, key: n.key }, 'could not record a sent message; deleting it anyway');
    }
  }
}
