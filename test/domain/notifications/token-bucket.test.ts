import assert from 'node:assert/strict';
import { fullBucket, msUntilAvailable, refill, take, type BucketState, type TokenBucket } from '../../../src/domain/notifications/token-bucket.js';

const BUCKET: TokenBucket = { ratePerSecond: 25, capacity: 50 };

describe('notifications: token bucket', () => {
  it('starts full and lets a burst of its capacity through at once', () => {
    let state: BucketState = fullBucket(BUCKET, 0);
    for (let i = 0; i < 50; i++) state = take(BUCKET, state, 0) ?? assert.fail(`token ${i}`);
    assert.equal(take(BUCKET, state, 0), null);
    assert.equal(msUntilAvailable(BUCKET, state, 0), 40);
  });

  it('refills at the rate and never above the capacity', () => {
    const empty = { tokens: 0, atMs: 1000 };
    assert.equal(refill(BUCKET, empty, 1040).tokens, 1);
    assert.equal(refill(BUCKET, empty, 2000).tokens, 25);
    assert.equal(refill(BUCKET, empty, 60_000).tokens, 50);
  });

  it('ignores a clock that goes back', () => {
    const state = { tokens: 3, atMs: 5000 };
    assert.equal(refill(BUCKET, state, 4000), state);
    assert.equal(take(BUCKET, state, 4000)?.tokens, 2);
  });

  it('paces sends at the rate once the burst is spent: 25 a second over ten seconds', () => {
    let state: BucketState = { tokens: 0, atMs: 0 };
    let now = 0;
    const sent: number[] = [];
    while (now <= 10_000) {
      const wait = msUntilAvailable(BUCKET, state, now);
      now += wait;
      const next = take(BUCKET, state, now);
      assert.ok(next, `a token at ${now} after waiting ${wait}`);
      state = next;
      sent.push(now);
    }
    assert.equal(sent.length, 251);
    for (let i = 1; i < sent.length; i++) assert.equal(sent[i]! - sent[i - 1]!, 40);
  });

  it('answers 0 when tokens are there, and caps a request above the capacity', () => {
    const state = fullBucket(BUCKET, 0);
    assert.equal(msUntilAvailable(BUCKET, state, 0), 0);
    assert.equal(msUntilAvailable(BUCKET, { tokens: 0, atMs: 0 }, 0, 500), 2000);
    assert.equal(msUntilAvailable({ ratePerSecond: 0.5, capacity: 1 }, { tokens: 0, atMs: 0 }, 0), 2000);
  });
});
