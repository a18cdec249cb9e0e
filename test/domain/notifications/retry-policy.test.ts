import assert from 'node:assert/strict';
import { backoffMs, decideAfterFailure, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../../src/domain/notifications/retry-policy.js';

const POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 };
const low = () => 0;
const high = () => 0.999999;
const fail = (status: number, retryAfterMs: number | null = null) => ({ status, retryAfterMs, message: 'boom' });

describe('notifications: retry decision', () => {
  for (const status of [412, 502, 503, 504, 0, 408]) {
    it(`retries ${status || 'no answer'} with jittered exponential backoff`, () => {
      const decision = decideAfterFailure(fail(status), 1, POLICY, low);
      assert.deepEqual(decision, { action: 'retry', delayMs: 500, throttleTenantMs: null });
    });
  }

  it('retries 429 after Retry-After and throttles the tenant for exactly that long', () => {
    assert.deepEqual(decideAfterFailure(fail(429, 2000), 1, POLICY, low), { action: 'retry', delayMs: 2000, throttleTenantMs: 2000 });
    const jittered = decideAfterFailure(fail(429, 2000), 1, POLICY, high);
    assert.equal(jittered.action, 'retry');
    if (jittered.action === 'retry') {
      assert.ok(jittered.delayMs >= 2000 && jittered.delayMs <= 2200, `${jittered.delayMs}`);
      assert.equal(jittered.throttleTenantMs, 2000);
    }
    // A long Retry-After gets at most a second of jitter.
    const long = decideAfterFailure(fail(429, 60_000), 1, POLICY, high);
    assert.ok(long.action === 'retry' && long.delayMs <= 61_000);
  });

  it('honours Retry-After on other retryable statuses too, without throttling the tenant', () => {
    assert.deepEqual(decideAfterFailure(fail(503, 3000), 2, POLICY, low), { action: 'retry', delayMs: 3000, throttleTenantMs: null });
    assert.deepEqual(decideAfterFailure(fail(503, 0), 2, POLICY, low), { action: 'retry', delayMs: 0, throttleTenantMs: null });
  });

  it('throttles the tenant on a 429 without Retry-After for the backoff', () => {
    assert.deepEqual(decideAfterFailure(fail(429), 3, POLICY, low), { action: 'retry', delayMs: 2000, throttleTenantMs: 2000 });
  });

  it('doubles the backoff cap per attempt up to the maximum, with half of it jittered', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const cap = Math.min(60_000, 1000 * 2 ** (attempt - 1));
      assert.equal(backoffMs(attempt, POLICY, low), cap / 2);
      assert.equal(backoffMs(attempt, POLICY, high), Math.round(cap / 2 + 0.999999 * (cap / 2)));
    }
    const samples = Array.from({ length: 200 }, (_, i) => backoffMs(3, POLICY, () => i / 200));
    assert.ok(new Set(samples).size > 100, 'jitter spreads retries');
  });

  it('marks the recipient uninstalled on 403 and 404, never retrying', () => {
    assert.deepEqual(decideAfterFailure(fail(403), 1, POLICY, low), { action: 'uninstalled' });
    assert.deepEqual(decideAfterFailure(fail(404, 1000), 4, POLICY, low), { action: 'uninstalled' });
  });

  it('dead-letters other statuses at once, with the status in the reason', () => {
    for (const status of [400, 401, 413, 500]) {
      const decision = decideAfterFailure(fail(status), 1, POLICY, low);
      assert.equal(decision.action, 'dead-letter');
      if (decision.action === 'dead-letter') {
        assert.equal(decision.cause, 'permanent-failure');
        assert.match(decision.reason, new RegExp(`status ${status}: boom`));
      }
    }
  });

  it('dead-letters after the last attempt with the last status', () => {
    assert.equal(decideAfterFailure(fail(503), 4, POLICY, low).action, 'retry');
    const last = decideAfterFailure(fail(503), 5, POLICY, low);
    assert.deepEqual(last, { action: 'dead-letter', cause: 'max-attempts', reason: 'gave up after 5 attempts, last status 503: boom' });
    assert.equal(decideAfterFailure(fail(429, 1000), 5, POLICY, low).action, 'dead-letter');
    assert.equal(DEFAULT_RETRY_POLICY.maxAttempts, 8);
  });
});
