import { deliverMessage, type DeliveryDeps, type DeliveryOutcome } from '../../../src/app/notifications/deliver-message.js';
import { silentLogger } from '../../../src/app/notifications/ports/pipeline-logger.js';
import type { QueuedNotification } from '../../../src/app/notifications/queued-notification.js';
import { encodeEnvelope, newEnvelope } from '../../../src/app/notifications/send-envelope.js';
import { SendGate } from '../../../src/app/notifications/send-gate.js';
import { ThrottleMarkers } from '../../../src/app/notifications/throttle-markers.js';
import { TestClock } from '../../support/test-clock.js';
import { FakeComposer, FakeConversations, InMemoryLedger, InMemoryQueue, ScriptedSender, virtualSleep } from './fakes.js';

export const T = 'tenant-a';

/** The send side on in-memory ports and virtual time. */
export function deliveryRig(overrides: Partial<DeliveryDeps> = {}, rates = { ratePerTenant: 25, ratePerConversation: 7 }) {
  const clock = new TestClock('2026-11-23T08:00:00.000Z');
  const sleep = virtualSleep(clock);
  const queue = new InMemoryQueue(overrides.clock ?? clock);
  const ledger = new InMemoryLedger();
  const conversations = new FakeConversations();
  const composer = new FakeComposer();
  const sender = new ScriptedSender(clock);
  const markers = new ThrottleMarkers(ledger, clock, 1000);
  const gate = new SendGate(rates, clock, sleep, markers);
  const deps: DeliveryDeps = {
    queue,
    ledger,
    conversations,
    composer,
    sender,
    gate,
    markers,
    clock,
    sleep,
    random: () => 0,
    logger: silentLogger,
    policy: { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 120_000 },
    visibilityTimeoutMs: 30_000,
    sendBudgetMs: 10_000,
    ...overrides,
  };
  return {
    clock,
    queue,
    ledger,
    conversations,
    composer,
    sender,
    markers,
    gate,
    deps,
    enqueue: (n: QueuedNotification) => queue.enqueue(encodeEnvelope(newEnvelope(n))),
    /** Receives one message and delivers it; null when none is visible. */
    deliverNext: async (signal = new AbortController().signal): Promise<DeliveryOutcome | null> => {
      const [message] = await queue.receive(1, deps.visibilityTimeoutMs);
      return message ? deliverMessage(deps, message, signal) : null;
    },
  };
}
