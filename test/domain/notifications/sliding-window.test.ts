import assert from 'node:assert/strict';
import { msUntilWindowsAllow, pruneLog, type WindowLimit } from '../../../src/domain/notifications/sliding-window.js';
import { conversationWindows, TEAMS_CONVERSATION_LIMITS, tenantBucket, tenantPeakWindow } from '../../../src/domain/notifications/teams-limits.js';

/** Sends as early as the windows allow, starting at 0; the times of the first `count`. */
function greedy(windows: readonly WindowLimit[], count: number): number[] {
  const log: number[] = [];
  let now = 0;
  while (log.length < count) {
    now += msUntilWindowsAllow(log, now, windows);
    assert.equal(msUntilWindowsAllow(log, now, windows), 0);
    log.push(now);
  }
  return log;
}

/** The most events in any window of `spanMs` (events at t count in (t' - span, t']). */
function maxInWindow(log: readonly number[], spanMs: number): number {
  let max = 0;
  for (let i = 0, j = 0; i < log.length; i++) {
    while (log[j]! <= log[i]! - spanMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

describe('notifications: sliding windows and the Teams limits', () => {
  it('allows up to the limit inside a window, then waits for the oldest to leave', () => {
    const one: WindowLimit[] = [{ limit: 3, spanMs: 1000 }];
    assert.equal(msUntilWindowsAllow([], 0, one), 0);
    assert.equal(msUntilWindowsAllow([0, 10], 20, one), 0);
    assert.equal(msUntilWindowsAllow([0, 10, 20], 30, one), 970);
    assert.equal(msUntilWindowsAllow([0, 10, 20], 1000, one), 0);
    assert.equal(msUntilWindowsAllow([0, 10, 20], 999, one), 1);
    assert.equal(msUntilWindowsAllow([0], 0, [{ limit: 0, spanMs: 1000 }]), Number.POSITIVE_INFINITY);
  });

  it('keeps a conversation under every Teams window: 7/1 s, 8/2 s, 60/30 s, 1800/h', () => {
    const log = greedy(TEAMS_CONVERSATION_LIMITS, 2000);
    for (const w of TEAMS_CONVERSATION_LIMITS) assert.ok(maxInWindow(log, w.spanMs) <= w.limit, `${w.limit}/${w.spanMs}`);
    // The binding limits: 8 in the first 2 s, 60 in the first 30 s, 1800 in the first hour.
    assert.equal(log.filter((t) => t < 2000).length, 8);
    assert.equal(log.filter((t) => t < 30_000).length, 60);
    assert.equal(log.filter((t) => t < 3_600_000).length, 1800);
    assert.equal(log[1800], 3_600_000);
  });

  it('prunes what no window can see any more', () => {
    assert.deepEqual(pruneLog([0, 500, 1000, 1500], 2000, [{ limit: 1, spanMs: 1000 }]), [1500]);
    assert.deepEqual(pruneLog([0, 500], 100, [{ limit: 1, spanMs: 1000 }]), [0, 500]);
    assert.deepEqual(pruneLog([], 100, TEAMS_CONVERSATION_LIMITS), []);
  });

  it('takes the configured conversation rate, never above Teams 7 a second', () => {
    assert.equal(conversationWindows(7)[0]!.limit, 7);
    assert.equal(conversationWindows(3)[0]!.limit, 3);
    assert.equal(conversationWindows(99)[0]!.limit, 7);
    assert.equal(conversationWindows(0.2)[0]!.limit, 1);
    assert.deepEqual(conversationWindows(7).slice(1), TEAMS_CONVERSATION_LIMITS.slice(1));
  });

  it('gives a tenant three seconds of tokens, spent in clumps of at most 45 per 1.25 s', () => {
    assert.deepEqual(tenantBucket(25), { ratePerSecond: 25, capacity: 75 });
    assert.deepEqual(tenantPeakWindow(25), { limit: 45, spanMs: 1250 });
    assert.deepEqual(tenantPeakWindow(10), { limit: 20, spanMs: 1250 });
    assert.deepEqual(tenantPeakWindow(36), { limit: 45, spanMs: 1250 });
    assert.deepEqual(tenantPeakWindow(37), { limit: 37, spanMs: 1000 });
    assert.deepEqual(tenantPeakWindow(50), { limit: 50, spanMs: 1000 });
    for (let rate = 1; rate <= 50; rate++) {
      const peak = tenantPeakWindow(rate);
      assert.ok(peak.limit <= 50 && peak.spanMs >= 1000, `rate ${rate}: at most 50 in any second`);
      assert.ok((peak.limit * 1000) / peak.spanMs >= rate, `rate ${rate} can be kept up`);
    }
  });
});
