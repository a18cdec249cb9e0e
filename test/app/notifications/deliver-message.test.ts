import assert from 'node:assert/strict';
import { deliverMessage } from '../../../src/app/notifications/deliver-message.js';
import { deliveryMarkerOf } from '../../../src/app/notifications/delivery-marker.js';
import { decodeEnvelope } from '../../../src/app/notifications/send-envelope.js';
import { failure, notification } from './fakes.js';
import { deliveryRig, T } from './rig.js';

describe('app: deliverMessage (a worker and one queue message, against a fake Teams)', () => {
  it('sends, records the send under its key, deletes the message, and marks the activity with the key', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    const n = notification(T, 'ana');
    await r.enqueue(n);
    assert.equal(await r.deliverNext(), 'sent');
    assert.equal(r.sender.calls.length, 1);
    assert.equal(deliveryMarkerOf(r.sender.calls[0]!.message as { channelData?: unknown }), n.key);
    assert.equal(r.sender.calls[0]!.message.text, 'checkin-reminder for ana (2026-W48)');
    const record = r.ledger.sent.get(n.key)!;
    assert.deepEqual([record.attempts, record.enqueuedAt, record.activityId], [1, n.enqueuedAt, 'act-1']);
    assert.equal(r.queue.messages.size, 0);
  });

  it('on 429 with Retry-After: sets the tenant marker every worker reads, and retries after it', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    r.conversations.add(T, 'ben');
    r.sender.for('a:conv-ana', failure(429, 2000));
    const start = r.clock.now().getTime();
    await r.enqueue(notification(T, 'ana'));
    assert.equal(await r.deliverNext(), 'sent');
    assert.equal((await r.ledger.throttledUntil(T))!.getTime(), start + 2000, 'the marker is in the ledger for other instances');
    const [first, second] = r.sender.to('a:conv-ana');
    assert.ok(second!.atMs - first!.atMs >= 2000, `retried after ${second!.atMs - first!.atMs} ms`);
    assert.equal(r.ledger.sent.get(notification(T, 'ana').key)!.attempts, 2);

    // Another worker process sees the marker through the ledger and holds the tenant until it passes.
    const other = deliveryRig();
    other.conversations.add(T, 'ben');
    await other.ledger.extendThrottle(T, new Date(other.clock.now().getTime() + 5000));
    const marked = other.clock.now().getTime() + 5000;
    await other.enqueue(notification(T, 'ben'));
    assert.equal(await other.deliverNext(), 'sent');
    assert.ok(other.sender.calls[0]!.atMs >= marked, 'no send before the marker');
  });

  it('on 503: backs off exponentially with jitter, then succeeds', async () => {
    const r = deliveryRig({ random: () => 0.5 });
    r.conversations.add(T, 'ana');
    r.sender.then(failure(503), failure(503), failure(503));
    await r.enqueue(notification(T, 'ana'));
    assert.equal(await r.deliverNext(), 'sent');
    const times = r.sender.calls.map((c) => c.atMs);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // equal jitter with random 0.5: 3/4 of 1 s, 2 s, 4 s
    assert.deepEqual(gaps, [750, 1500, 3000]);
    assert.equal(r.ledger.throttles.size, 0, 'a 503 does not throttle the tenant');
  });

  it('on 403: marks the recipient uninstalled, never retries, and skips them from then on', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    r.sender.then(failure(403));
    await r.enqueue(notification(T, 'ana'));
    assert.equal(await r.deliverNext(), 'uninstalled');
    assert.deepEqual(r.conversations.uninstalled, [`${T}|ana`]);
    assert.equal(r.sender.calls.length, 1);
    assert.equal(r.queue.messages.size, 0);
    await r.enqueue(notification(T, 'ana', { period: '2026-W49' }));
    assert.equal(await r.deliverNext(), 'uninstalled');
    assert.equal(r.sender.calls.length, 1, 'not tried again');
  });

  it('on 404 too', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    r.sender.then(failure(404));
    await r.enqueue(notification(T, 'ana'));
    assert.equal(await r.deliverNext(), 'uninstalled');
    assert.equal(r.ledger.deadLetters.size, 0);
  });

  it('after N failed attempts: a dead letter with its reason, and the message is gone', async () => {
    const r = deliveryRig({ policy: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 } });
    r.conversations.add(T, 'ana');
    r.sender.then(failure(503), failure(502), failure(504));
    const n = notification(T, 'ana');
    await r.enqueue(n);
    assert.equal(await r.deliverNext(), 'dead-lettered');
    const letter = r.ledger.deadLetters.get(n.key)!;
    assert.deepEqual([letter.reason, letter.lastStatus, letter.attempts], ['max-attempts', 504, 3]);
    assert.match(letter.detail, /gave up after 3 attempts, last status 504/);
    assert.equal(r.queue.messages.size, 0);
    assert.equal(r.ledger.sent.size, 0);
  });

  it('a permanent failure (400) goes to the dead letters at once', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    r.sender.then(failure(400));
    const n = notification(T, 'ana');
    await r.enqueue(n);
    assert.equal(await r.deliverNext(), 'dead-lettered');
    assert.equal(r.ledger.deadLetters.get(n.key)!.reason, 'permanent-failure');
    assert.equal(r.sender.calls.length, 1);
  });

  it('counts attempts across hand-backs: a long Retry-After returns the message to the queue with its attempts', async () => {
    const r = deliveryRig({ policy: { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 1000 } });
    r.conversations.add(T, 'ana');
    r.sender.then(failure(429, 60_000), failure(429, 60_000));
    const n = notification(T, 'ana');
    await r.enqueue(n);
    assert.equal(await r.deliverNext(), 'retry-later');
    const envelope = decodeEnvelope([...r.queue.messages.values()][0]!.body)!;
    assert.deepEqual([envelope.attempts, envelope.lastError], [1, '429: status 429']);
    assert.equal(await r.deliverNext(), null, 'hidden for the Retry-After');
    r.clock.advance(61_000);
    assert.equal(await r.deliverNext(), 'dead-lettered');
    assert.equal(r.ledger.deadLetters.get(n.key)!.attempts, 2);
  });

  it('a crash between send and delete never sends twice: the ledger is checked before sending', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    const n = notification(T, 'ana');
    await r.enqueue(n);
    // The worker process dies right after the sent record: its delete never happens.
    const crashed = { ...r.deps, queue: { ...r.queue, receive: r.queue.receive.bind(r.queue), updateVisibility: r.queue.updateVisibility.bind(r.queue), enqueue: r.queue.enqueue.bind(r.queue), delete: () => new Promise<boolean>(() => undefined) } };
    const [message] = await r.queue.receive(1, 30_000);
    void deliverMessage(crashed, message!, new AbortController().signal);
    for (let i = 0; i < 20 && !r.ledger.sent.has(n.key); i++) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(r.sender.calls.length, 1);
    assert.equal(await r.deliverNext(), null, 'still invisible');
    r.clock.advance(30_000);
    assert.equal(await r.deliverNext(), 'already-sent');
    assert.equal(r.sender.calls.length, 1, 'sent once');
    assert.equal(r.queue.messages.size, 0);
  });

  it('drops the message when the composer has nothing to say', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    r.composer.nothingToSay.add('ana');
    await r.enqueue(notification(T, 'ana'));
    assert.equal(await r.deliverNext(), 'dropped');
    assert.equal(r.sender.calls.length, 0);
    assert.equal(r.queue.messages.size, 0);
    assert.equal(r.ledger.deadLetters.size, 0);
  });

  it('retries when composing fails, like a send without an answer', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    let failures = 1;
    r.deps.composer.compose = async (n) => {
      if (failures-- > 0) throw new Error('store busy');
      return { type: 'message', text: n.key };
    };
    await r.enqueue(notification(T, 'ana'));
    assert.equal(await r.deliverNext(), 'sent');
    assert.equal(r.ledger.sent.get(notification(T, 'ana').key)!.attempts, 2);
  });

  it('dead-letters a person without a conversation reference, and a body that is not an envelope', async () => {
    const r = deliveryRig();
    const n = notification(T, 'ghost');
    await r.enqueue(n);
    assert.equal(await r.deliverNext(), 'dead-lettered');
    assert.equal(r.ledger.deadLetters.get(n.key)!.reason, 'no-conversation');
    await r.queue.enqueue('not json');
    assert.equal(await r.deliverNext(), 'dead-lettered');
    assert.equal([...r.ledger.deadLetters.values()].find((d) => d.reason === 'malformed')!.detail, 'not json');
    assert.equal(r.queue.messages.size, 0);
  });

  it('hands the message back with a delay when the tenant is throttled for longer than it may hold it', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    await r.ledger.extendThrottle(T, new Date(r.clock.now().getTime() + 120_000));
    await r.enqueue(notification(T, 'ana'));
    assert.equal(await r.deliverNext(), 'deferred');
    assert.equal(r.sender.calls.length, 0);
    r.clock.advance(60_000);
    assert.equal(await r.deliverNext(), null);
    r.clock.advance(61_000);
    assert.equal(await r.deliverNext(), 'sent');
  });

  it('releases a message waiting for the rate limiter at once when the worker stops', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    await r.ledger.extendThrottle(T, new Date(r.clock.now().getTime() + 5000));
    await r.enqueue(notification(T, 'ana'));
    const stop = new AbortController();
    stop.abort();
    assert.equal(await r.deliverNext(stop.signal), 'released');
    assert.equal(r.sender.calls.length, 0);
    assert.equal(await r.deliverNext(), 'sent', 'visible again at once');
  });
});

describe('app: deliverMessage, poison messages', () => {
  it('dead-letters a message handed out more than 100 times without an outcome', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    const n = notification(T, 'ana');
    await r.enqueue(n);
    [...r.queue.messages.values()][0]!.dequeueCount = 100;
    assert.equal(await r.deliverNext(), 'dead-lettered');
    assert.match(r.ledger.deadLetters.get(n.key)!.detail, /handed out 101 times/);
    assert.equal(r.sender.calls.length, 0);
  });
});

describe('app: deliverMessage, slow sends', () => {
  it('keeps a message hidden while a slow send is under way, so no other worker sends it too', async () => {
    const r = deliveryRig();
    r.conversations.add(T, 'ana');
    const n = notification(T, 'ana');
    // Teams takes 70 s to answer: longer than the 30 s visibility timeout.
    r.sender.then(async () => {
      await r.deps.sleep(70_000);
      return { ok: true, activityId: 'slow' };
    });
    await r.enqueue(n);
    const [message] = await r.queue.receive(1, 30_000);
    const first = deliverMessage(r.deps, message!, new AbortController().signal);
    // Meanwhile another worker keeps asking for messages.
    let stolen = 0;
    const other = (async () => {
      for (let i = 0; i < 100 && !r.ledger.sent.has(n.key); i++) {
        stolen += (await r.queue.receive(1, 30_000)).length;
        await r.deps.sleep(1000);
      }
    })();
    assert.equal(await first, 'sent');
    await other;
    assert.equal(stolen, 0, 'never visible while the send was under way');
    assert.equal(r.sender.calls.length, 1);
    assert.equal(r.queue.messages.size, 0, 'deleted with the renewed receipt');
  });
});
