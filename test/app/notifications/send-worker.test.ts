import assert from 'node:assert/strict';
import { realSleep } from '../../../src/app/notifications/ports/sleep.js';
import { SendWorker } from '../../../src/app/notifications/send-worker.js';
import { SendGate } from '../../../src/app/notifications/send-gate.js';
import { systemClock } from '../../../src/app/ports/clock.js';
import type { SendOutcome } from '../../../src/app/ports/proactive-sender.js';
import { notification } from './fakes.js';
import { deliveryRig, T } from './rig.js';

/** The worker loop on real time (short waits), with the in-memory queue and ledger. */
function workerRig() {
  const r = deliveryRig({ clock: systemClock, sleep: realSleep });
  const gate = new SendGate({ ratePerTenant: 50, ratePerConversation: 7 }, systemClock, realSleep, r.markers);
  const deps = { ...r.deps, gate, queue: r.queue, clock: systemClock };
  return { ...r, deps };
}

const until = async (condition: () => boolean, timeoutMs = 5000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('app: SendWorker', () => {
  it('drains the queue: every recipient once', async () => {
    const r = workerRig();
    for (let i = 0; i < 40; i++) {
      r.conversations.add(T, `p${i}`);
      await r.enqueue(notification(T, `p${i}`));
    }
    const worker = new SendWorker(r.deps, { concurrency: 8, idleMinMs: 5, idleMaxMs: 20 });
    worker.start();
    await until(() => r.queue.messages.size === 0);
    await worker.stop();
    assert.equal(r.sender.calls.length, 40);
    assert.equal(new Set(r.sender.calls.map((c) => c.conversationId)).size, 40);
    assert.equal(worker.stats.sent, 40);
    assert.equal(worker.running, false);
  });

  it('stops gracefully: the send under way finishes and is recorded, a waiting message goes back at once', async () => {
    const r = workerRig();
    r.conversations.add(T, 'ana');
    r.conversations.add('tenant-b', 'ben');
    let answer: (outcome: SendOutcome) => void = () => undefined;
    r.sender.for('a:conv-ana', () => new Promise<SendOutcome>((resolve) => (answer = resolve)));
    await r.enqueue(notification(T, 'ana'));
    await r.ledger.extendThrottle('tenant-b', new Date(Date.now() + 15_000));
    await r.enqueue(notification('tenant-b', 'ben'));
    const worker = new SendWorker(r.deps, { concurrency: 4, idleMinMs: 5, idleMaxMs: 20 });
    worker.start();
    await until(() => r.sender.calls.length === 1 && r.deps.gate.waiting('tenant-b') === 1);

    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(stopped, false, 'stop waits for the send under way');
    const ben = [...r.queue.messages.values()].find((m) => m.body.includes('|ben|'))!;
    assert.ok(ben.visibleAtMs <= Date.now(), 'the waiting message is visible again');

    answer({ ok: true, activityId: 'x' });
    await stopping;
    assert.ok(r.ledger.sent.has(notification(T, 'ana').key));
    assert.equal([...r.queue.messages.values()].some((m) => m.body.includes('|ana|')), false, 'and deleted');
    assert.equal(worker.stats.released, 1);
  });

  it('never holds more messages than its concurrency', async () => {
    const r = workerRig();
    let inSend = 0;
    let maxInSend = 0;
    for (let i = 0; i < 30; i++) {
      r.conversations.add(T, `p${i}`);
      await r.enqueue(notification(T, `p${i}`));
      r.sender.for(`a:conv-p${i}`, async () => {
        inSend++;
        maxInSend = Math.max(maxInSend, inSend);
        await new Promise((resolve) => setTimeout(resolve, 10));
        inSend--;
        return { ok: true, activityId: null };
      });
    }
    const worker = new SendWorker(r.deps, { concurrency: 5, batchSize: 32, idleMinMs: 5, idleMaxMs: 20 });
    worker.start();
    await until(() => r.queue.messages.size === 0);
    await worker.stop();
    assert.ok(maxInSend <= 5, `${maxInSend} at once`);
    assert.equal(worker.stats.sent, 30);
  });

  it('keeps running when the queue fails for a while', async () => {
    const r = workerRig();
    r.conversations.add(T, 'ana');
    await r.enqueue(notification(T, 'ana'));
    const receive = r.queue.receive.bind(r.queue);
    let failures = 3;
    const deps = { ...r.deps, queue: Object.assign(Object.create(Object.getPrototypeOf(r.queue)), r.queue, { receive: (max: number, ms: number) => (failures-- > 0 ? Promise.reject(new Error('down')) : receive(max, ms)) }) };
    const worker = new SendWorker(deps, { idleMinMs: 5, idleMaxMs: 10 });
    worker.start();
    await until(() => r.sender.calls.length === 1);
    await worker.stop();
    assert.equal(worker.stats.errors, 3);
  });
});
