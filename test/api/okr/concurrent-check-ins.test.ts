import assert from 'node:assert/strict';
import { startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

interface CheckInRecord {
  readonly id: string;
  readonly value: number;
  readonly at: string;
  readonly keyResultId: string;
  readonly authorId: string;
}

const isLater = (a: CheckInRecord, b: CheckInRecord): boolean => a.at > b.at || (a.at === b.at && a.id > b.id);

/** Check-ins are append-only and the key result's denormalised value survives concurrent writers. */
describe('API: concurrent check-ins on one key result', function () {
  this.timeout(30_000);
  let t: TestTandem;
  let objectiveId: string;
  /** kenji's 'Noisy alerts from 40 to 5' (decrease-to), on his active individual objective. */
  let keyResultId: string;

  const keyResult = async (): Promise<any> => {
    const res = await t.request('GET', `/objectives/${objectiveId}`, { as: 'kenji' });
    assert.equal(res.status, 200);
    return res.body.objective.keyResults.find((k: any) => k.id === keyResultId);
  };
  /** Every check-in of the key result, following continuation tokens; fails on a repeated id. */
  const allCheckIns = async (limit = 7): Promise<CheckInRecord[]> => {
    const items: CheckInRecord[] = [];
    let token: string | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const res = await t.request('GET', `/key-results/${keyResultId}/check-ins?limit=${limit}${token ? `&continuation=${encodeURIComponent(token)}` : ''}`, { as: 'lena' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.ok(res.body.items.length <= limit);
      items.push(...res.body.items);
      token = res.body.continuationToken;
      if (!token) {
        const ids = items.map((c) => c.id);
        assert.equal(new Set(ids).size, ids.length, 'paging repeated a check-in');
        return items;
      }
    }
    throw new Error('check-in paging does not end');
  };

  before(async () => {
    t = await startTestTandem();
    const cycle = await t.cycleId('active');
    const mine = await t.request('GET', `/cycles/${cycle}/objectives?owner=me`, { as: 'kenji' });
    const objective = mine.body.items.find((o: any) => o.title === 'Make on-call humane');
    assert.ok(objective);
    objectiveId = objective.id;
    keyResultId = objective.keyResults.find((k: any) => k.title === 'Noisy alerts from 40 to 5').id;
  });
  after(() => t.close());

  it('50 simultaneous check-ins by the owner: every one answers 201, is listed once and counted once', async () => {
    const before = await keyResult();
    const earlier = await allCheckIns(50);
    assert.equal(earlier.length, before.checkInCount, 'the seeded history matches the count');
    const earlierIds = new Set(earlier.map((c) => c.id));

    const values = Array.from({ length: 50 }, (_, i) => 39 - i * 0.5);
    const responses = await Promise.all(
      values.map((value, i) =>
        t.request('POST', `/key-results/${keyResultId}/check-ins`, { as: 'kenji', body: { value, confidence: i % 11, note: `burst ${i}` } }),
      ),
    );
    const failures = responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.body)}`);
    assert.deepEqual(failures, [], `${failures.length} of 50 check-ins failed`);
    assert.ok(responses.every((r) => r.body.created === true));
    assert.equal(new Set(responses.map((r) => r.body.checkIn.id)).size, 50);

    const after = await allCheckIns();
    const fresh = after.filter((c) => !earlierIds.has(c.id));
    assert.equal(fresh.length, 50, 'exactly 50 new check-ins are listed');
    assert.deepEqual(
      fresh.map((c) => c.value).sort((a, b) => a - b),
      [...values].sort((a, b) => a - b),
    );
    assert.deepEqual(new Set(fresh.map((c) => c.id)), new Set(responses.map((r) => r.body.checkIn.id)));
    assert.ok(fresh.every((c) => c.keyResultId === keyResultId && c.authorId === t.person('kenji')));
    // Newest first.
    for (let i = 1; i < after.length; i++) assert.ok(after[i - 1]!.at >= after[i]!.at, 'listed newest first');

    const kr = await keyResult();
    assert.equal(kr.checkInCount, before.checkInCount + 50);
    const latest = after.reduce((best, c) => (isLater(c, best) ? c : best));
    assert.ok(fresh.includes(latest));
    assert.equal(kr.lastCheckIn.id, latest.id);
    assert.equal(kr.current, latest.value, 'the key result shows the latest check-in by (at, id)');
    assert.equal(kr.progress, Math.min(1, Math.max(0, (latest.value - 40) / (5 - 40))));
  });

  it('the same idempotency key records once: 201 then 200 with created=false', async () => {
    t.clock.advance(60_000);
    const before = await keyResult();
    const body = { value: 12, confidence: 7, note: 'From the Teams card', idempotencyKey: 'card-submit-7f3a' };
    const first = await t.request('POST', `/key-results/${keyResultId}/check-ins`, { as: 'kenji', body });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.created, true);
    const second = await t.request('POST', `/key-results/${keyResultId}/check-ins`, { as: 'kenji', body });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal(second.body.created, false);
    assert.equal(second.body.checkIn.id, first.body.checkIn.id);
    assert.equal(second.body.checkIn.at, first.body.checkIn.at);
    assert.equal(second.body.keyResult.checkInCount, before.checkInCount + 1);

    const kr = await keyResult();
    assert.equal(kr.checkInCount, before.checkInCount + 1);
    assert.equal(kr.current, 12);
    const listed = (await allCheckIns(100)).filter((c) => c.id === first.body.checkIn.id);
    assert.equal(listed.length, 1);

    // The same key on another key result is another submission.
    const other = (await t.request('GET', `/objectives/${objectiveId}`, { as: 'kenji' })).body.objective.keyResults.find((k: any) => k.id !== keyResultId);
    const elsewhere = await t.request('POST', `/key-results/${other.id}/check-ins`, { as: 'kenji', body: { ...body, value: 2 } });
    assert.equal(elsewhere.status, 201, JSON.stringify(elsewhere.body));
    assert.notEqual(elsewhere.body.checkIn.id, first.body.checkIn.id);
  });

  it('the same idempotency key sent twice at once still records once', async () => {
    t.clock.advance(60_000);
    const before = await keyResult();
    const body = { value: 11, confidence: 7, idempotencyKey: 'double-click-91' };
    const [a, b] = await Promise.all([0, 1].map(() => t.request('POST', `/key-results/${keyResultId}/check-ins`, { as: 'kenji', body })));
    assert.deepEqual([a!.status, b!.status].sort(), [200, 201], `${JSON.stringify(a!.body)} ${JSON.stringify(b!.body)}`);
    assert.equal(a!.body.checkIn.id, b!.body.checkIn.id);
    const kr = await keyResult();
    assert.equal(kr.checkInCount, before.checkInCount + 1);
    assert.equal(kr.current, 11);
  });
});
