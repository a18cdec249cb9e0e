import assert from 'node:assert/strict';
import { SendGate } from '../../../src/app/notifications/send-gate.js';
import { ThrottleMarkers } from '../../../src/app/notifications/throttle-markers.js';
import { TestClock } from '../../support/test-clock.js';
import { InMemoryLedger, virtualSleep } from './fakes.js';

function gateRig(ratePerTenant = 25, ratePerConversation = 7) {
  const clock = new TestClock('2026-11-23T08:00:00.000Z');
  const ledger = new InMemoryLedger();
  const markers = new ThrottleMarkers(ledger, clock, 1000);
  const gate = new SendGate({ ratePerTenant, ratePerConversation }, clock, virtualSleep(clock), markers);
  const t0 = clock.now().getTime();
  const released: { tenant: string; conversation: string; atMs: number }[] = [];
  const acquire = (tenant: string, conversation: string, signal?: AbortSignal) =>
    gate.acquire(tenant, conversation, signal).then(() => {
      released.push({ tenant, conversation, atMs: clock.now().getTime() - t0 });
    });
  return { clock, ledger, markers, gate, released, acquire, t0 };
}

const maxInWindow = (times: readonly number[], spanMs: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[j]! <= sorted[i]! - spanMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
};

describe('app: SendGate (per-tenant token bucket, Teams windows, throttle marker)', () => {
  it('holds a tenant to its rate: catch-up clumps under 50 a second, then 25 a second', async () => {
    const r = gateRig(25);
    await Promise.all(Array.from({ length: 600 }, (_, i) => r.acquire('t1', `c${i}`)));
    const times = r.released.map((x) => x.atMs);
    assert.ok(maxInWindow(times, 1000) <= 45, `peak ${maxInWindow(times, 1000)} in a second`);
    assert.ok(maxInWindow(times, 1250) <= 45, 'clumps a quarter second apart at least');
    // 75 tokens at the start, then 25 a second: the 600th leaves after about (600 - 75) / 25 = 21 s.
    const last = times[times.length - 1]!;
    assert.ok(last >= 20_900 && last <= 21_500, `last at ${last} ms`);
    // Once the saved-up tokens are spent (the catch-up spends 36 a second, 11 more than come in), sends leave every 40 ms.
    const steady = times.filter((t) => t >= 14_000);
    assert.ok(maxInWindow(steady, 1000) <= 26, `steady peak ${maxInWindow(steady, 1000)}`);
  });

  it('keeps tenants apart', async () => {
    const r = gateRig(10);
    await Promise.all([...Array.from({ length: 40 }, (_, i) => r.acquire('t1', `a${i}`)), ...Array.from({ length: 40 }, (_, i) => r.acquire('t2', `b${i}`))]);
    const last = (tenant: string) => Math.max(...r.released.filter((x) => x.tenant === tenant).map((x) => x.atMs));
    assert.ok(last('t1') <= 2_100 && last('t2') <= 2_100, `${last('t1')} ${last('t2')}`);
  });

  it('holds every send of a tenant until its throttled-until marker passes, then catches up within the peak', async () => {
    const r = gateRig(25);
    await r.markers.note('t1', r.t0 + 3000);
    await Promise.all(Array.from({ length: 100 }, (_, i) => r.acquire('t1', `c${i}`)));
    const times = r.released.map((x) => x.atMs);
    assert.ok(Math.min(...times) >= 3000, `first at ${Math.min(...times)}`);
    assert.ok(maxInWindow(times, 1000) <= 45);
  });

  it('sees a marker another instance wrote, at its next read of the ledger', async () => {
    const r = gateRig(25);
    await r.acquire('t1', 'c0');
    await r.ledger.extendThrottle('t1', new Date(r.clock.now().getTime() + 4000));
    r.clock.advance(1000);
    await r.markers.refresh('t1');
    await r.acquire('t1', 'c1');
    assert.ok(r.released[1]!.atMs >= 4000, `${r.released[1]!.atMs}`);
  });

  it('keeps one conversation under 7 a second, 8 in 2 seconds and 60 in 30 seconds', async () => {
    const r = gateRig(25);
    await Promise.all(Array.from({ length: 70 }, () => r.acquire('t1', 'chatty')));
    const times = r.released.map((x) => x.atMs);
    assert.ok(maxInWindow(times, 1000) <= 7);
    assert.ok(maxInWindow(times, 2000) <= 8);
    assert.ok(maxInWindow(times, 30_000) <= 60);
    assert.ok(times[69]! >= 30_000);
  });

  it('does not hold other conversations behind a busy one', async () => {
    const r = gateRig(25);
    await Promise.all([...Array.from({ length: 10 }, () => r.acquire('t1', 'chatty')), r.acquire('t1', 'quiet')]);
    const quiet = r.released.find((x) => x.conversation === 'quiet')!;
    assert.ok(quiet.atMs < 100, `quiet waited ${quiet.atMs} ms`);
  });

  it('drops a waiter whose signal aborts', async () => {
    const r = gateRig(1);
    await r.markers.note('t1', r.t0 + 10_000);
    const stop = new AbortController();
    const waiting = r.acquire('t1', 'c1', stop.signal);
    assert.equal(r.gate.waiting('t1'), 1);
    stop.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
    assert.equal(r.gate.waiting('t1'), 0);
  });

  it('projects the wait of a newcomer from the marker and the queue ahead of it', async () => {
    const r = gateRig(10);
    assert.equal(r.gate.projectedWaitMs('t1'), 0);
    await r.markers.note('t1', r.t0 + 5000);
    assert.equal(r.gate.projectedWaitMs('t1'), 5000);
  });
});
