import assert from 'node:assert/strict';
import { applyCheckIn, isLaterThan, makeCheckIn, MAX_NOTE_LENGTH, type CheckIn, type CheckInInput } from '../../../src/domain/okr/check-in.js';
import { OKR_ERROR } from '../../../src/domain/okr/okr-error-codes.js';
import {
  binarySpec,
  CYCLE_ID,
  expectFail,
  expectOk,
  failedFields,
  increaseSpec,
  keyResult,
  krId,
  milestoneSpec,
  objective,
  OBJECTIVE_ID,
  seededRandom,
  shuffled,
  TENANT,
} from './builders.js';

const input = (overrides: Partial<CheckInInput> = {}): CheckInInput => ({ value: 40, confidence: 7, note: 'Going well', blockers: '', ...overrides });
const meta = { id: 'ci0001', authorId: 'owner', at: '2026-02-10T10:00:00.000Z' };
const active = () => objective({ state: 'active', keyResults: [keyResult({ id: krId('01'), spec: increaseSpec(0, 100), current: 0 }), keyResult({ id: krId('02') })] });

function checkIn(overrides: Partial<CheckIn>): CheckIn {
  return {
    tenantId: TENANT,
    cycleId: CYCLE_ID,
    id: 'ci',
    objectiveId: OBJECTIVE_ID,
    keyResultId: krId('01'),
    value: 0,
    confidence: 5,
    note: '',
    blockers: '',
    authorId: 'owner',
    at: '2026-02-10T10:00:00.000Z',
    ...overrides,
  };
}

describe('check-in', () => {
  describe('makeCheckIn', () => {
    it('builds the record from objective, key result, input and meta', () => {
      const o = active();
      const made = expectOk(makeCheckIn(o, o.keyResults[0]!, input({ note: 'n', blockers: 'b' }), meta));
      assert.deepEqual(made, {
        tenantId: TENANT,
        cycleId: CYCLE_ID,
        id: 'ci0001',
        objectiveId: OBJECTIVE_ID,
        keyResultId: krId('01'),
        value: 40,
        confidence: 7,
        note: 'n',
        blockers: 'b',
        authorId: 'owner',
        at: '2026-02-10T10:00:00.000Z',
      });
    });

    it('refuses objectives that are not active', () => {
      for (const state of ['draft', 'proposed', 'closed'] as const) {
        const o = objective({ state });
        const failure = expectFail(makeCheckIn(o, o.keyResults[0]!, input(), meta), OKR_ERROR.objectiveNotActive);
        assert.deepEqual(failure.details, { state });
      }
    });

    it('accepts confidence 0 and 10', () => {
      const o = active();
      assert.equal(expectOk(makeCheckIn(o, o.keyResults[0]!, input({ confidence: 0 }), meta)).confidence, 0);
      assert.equal(expectOk(makeCheckIn(o, o.keyResults[0]!, input({ confidence: 10 }), meta)).confidence, 10);
    });

    it('refuses confidence outside 0-10 or not whole', () => {
      const o = active();
      for (const confidence of [-1, 11, 5.5, Number.NaN]) {
        const failure = expectFail(makeCheckIn(o, o.keyResults[0]!, input({ confidence }), meta), OKR_ERROR.validation);
        assert.deepEqual(failedFields(failure), ['confidence'], `confidence ${confidence}`);
      }
    });

    it('refuses a note or blockers longer than the limit', () => {
      const o = active();
      expectOk(makeCheckIn(o, o.keyResults[0]!, input({ note: 'x'.repeat(MAX_NOTE_LENGTH) }), meta));
      const longNote = expectFail(makeCheckIn(o, o.keyResults[0]!, input({ note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }), meta), OKR_ERROR.validation);
      assert.deepEqual(failedFields(longNote), ['note']);
      const both = expectFail(
        makeCheckIn(o, o.keyResults[0]!, input({ confidence: 12, note: 'x'.repeat(MAX_NOTE_LENGTH + 1), blockers: 'y'.repeat(MAX_NOTE_LENGTH + 1) }), meta),
        OKR_ERROR.validation,
      );
      assert.deepEqual(failedFields(both), ['blockers', 'confidence', 'note']);
    });

    it('validates the value against the key result type', () => {
      const o = objective({
        state: 'active',
        keyResults: [keyResult({ id: krId('01'), spec: milestoneSpec(['a', 'b']) }), keyResult({ id: krId('02'), spec: binarySpec() })],
      });
      expectFail(makeCheckIn(o, o.keyResults[0]!, input({ value: 3 }), meta), OKR_ERROR.invalidCheckInValue);
      expectFail(makeCheckIn(o, o.keyResults[0]!, input({ value: 1.5 }), meta), OKR_ERROR.invalidCheckInValue);
      expectFail(makeCheckIn(o, o.keyResults[1]!, input({ value: 2 }), meta), OKR_ERROR.invalidCheckInValue);
      expectFail(makeCheckIn(o, o.keyResults[1]!, input({ value: Number.NaN }), meta), OKR_ERROR.invalidCheckInValue);
      assert.equal(expectOk(makeCheckIn(o, o.keyResults[0]!, input({ value: 2 }), meta)).value, 2);
    });
  });

  describe('isLaterThan', () => {
    it('orders by time, then by id', () => {
      assert.equal(isLaterThan({ at: '2026-02-10T10:00:01.000Z', id: 'a' }, { at: '2026-02-10T10:00:00.000Z', id: 'z' }), true);
      assert.equal(isLaterThan({ at: '2026-02-10T10:00:00.000Z', id: 'z' }, { at: '2026-02-10T10:00:01.000Z', id: 'a' }), false);
      assert.equal(isLaterThan({ at: '2026-02-10T10:00:00.000Z', id: 'b' }, { at: '2026-02-10T10:00:00.000Z', id: 'a' }), true);
      assert.equal(isLaterThan({ at: '2026-02-10T10:00:00.000Z', id: 'a' }, { at: '2026-02-10T10:00:00.000Z', id: 'b' }), false);
      assert.equal(isLaterThan({ at: '2026-02-10T10:00:00.000Z', id: 'a' }, { at: '2026-02-10T10:00:00.000Z', id: 'a' }), false);
    });
  });

  describe('applyCheckIn', () => {
    it('sets value, confidence and last check-in, and counts it', () => {
      const applied = applyCheckIn(active(), checkIn({ id: 'ci1', value: 40, confidence: 6, authorId: 'kr-owner' }));
      const kr = applied.keyResults[0]!;
      assert.equal(kr.current, 40);
      assert.equal(kr.confidence, 6);
      assert.equal(kr.checkInCount, 1);
      assert.deepEqual(kr.lastCheckIn, { id: 'ci1', at: '2026-02-10T10:00:00.000Z', authorId: 'kr-owner' });
    });

    it('leaves other key results and the objective revision alone', () => {
      const before = active();
      const applied = applyCheckIn(before, checkIn({ value: 40 }));
      assert.equal(applied.keyResults[1], before.keyResults[1]);
      assert.equal(applied.revision, before.revision);
      assert.equal(applied.keyResults[0]!.revision, before.keyResults[0]!.revision);
    });

    it('an older check-in arriving late is counted but does not overwrite the value', () => {
      const newer = checkIn({ id: 'ci2', at: '2026-02-11T10:00:00.000Z', value: 60, confidence: 8 });
      const older = checkIn({ id: 'ci1', at: '2026-02-10T10:00:00.000Z', value: 40, confidence: 3 });
      const kr = applyCheckIn(applyCheckIn(active(), newer), older).keyResults[0]!;
      assert.equal(kr.current, 60);
      assert.equal(kr.confidence, 8);
      assert.equal(kr.checkInCount, 2);
      assert.equal(kr.lastCheckIn?.id, 'ci2');
    });

    it('breaks ties at the same instant by id', () => {
      const a = checkIn({ id: 'ci-a', value: 10 });
      const b = checkIn({ id: 'ci-b', value: 20 });
      assert.equal(applyCheckIn(applyCheckIn(active(), a), b).keyResults[0]!.current, 20);
      assert.equal(applyCheckIn(applyCheckIn(active(), b), a).keyResults[0]!.current, 20);
    });

    it('ignores a check-in for a key result that is not on the objective', () => {
      const before = active();
      const applied = applyCheckIn(before, checkIn({ keyResultId: krId('99'), value: 99 }));
      assert.deepEqual(applied.keyResults, before.keyResults);
    });

    it('ends with the latest value and counts all 50 whatever the order', () => {
      // 10 distinct instants, 5 check-ins each: ties at the same instant are broken by id.
      const instants = Array.from({ length: 10 }, (_, i) => `2026-02-${String(10 + i).padStart(2, '0')}T08:30:00.000Z`);
      const all = Array.from({ length: 50 }, (_, i) =>
        checkIn({ id: `ci${String(i).padStart(2, '0')}`, at: instants[i % 10]!, value: 1000 + i, confidence: i % 11, authorId: `author${i}` }),
      );
      // The latest instant (2026-02-19) is held by ci09, ci19, ci29, ci39, ci49; the highest id wins: ci49.
      const orders = [all, [...all].reverse(), ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => shuffled(all, seededRandom(seed)))];
      const seen = new Set(orders.map((o) => o.map((c) => c.id).join()));
      assert.equal(seen.size, orders.length, 'the orders really differ');
      for (const order of orders) {
        const kr = order.reduce(applyCheckIn, active()).keyResults[0]!;
        assert.equal(kr.current, 1049);
        assert.equal(kr.confidence, 49 % 11);
        assert.equal(kr.checkInCount, 50);
        assert.deepEqual(kr.lastCheckIn, { id: 'ci49', at: '2026-02-19T08:30:00.000Z', authorId: 'author49' });
      }
    });
  });
});
