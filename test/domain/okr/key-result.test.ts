import assert from 'node:assert/strict';
import {
  initialValue,
  keyResultProgress,
  MAX_KEY_RESULTS,
  MAX_MILESTONE_STEPS,
  MAX_TITLE_LENGTH,
  RECOMMENDED_MAX_KEY_RESULTS,
  validateCheckInValue,
  validateSpec,
  type KeyResultSpec,
} from '../../../src/domain/okr/key-result.js';
import { OKR_ERROR } from '../../../src/domain/okr/okr-error-codes.js';
import { binarySpec, decreaseSpec, expectFail, expectOk, guardrailSpec, increaseSpec, milestoneSpec } from './builders.js';

describe('key result', () => {
  it('has the documented limits', () => {
    assert.equal(MAX_KEY_RESULTS, 10);
    assert.equal(RECOMMENDED_MAX_KEY_RESULTS, 5);
    assert.equal(MAX_TITLE_LENGTH, 200);
    assert.equal(MAX_MILESTONE_STEPS, 20);
  });

  describe('keyResultProgress', () => {
    describe('increase-to (start 20, target 120)', () => {
      const spec = increaseSpec(20, 120);
      it('is the share of the distance covered', () => {
        assert.equal(keyResultProgress(spec, 70), 0.5);
        assert.equal(keyResultProgress(spec, 45), 0.25);
        assert.equal(keyResultProgress(spec, 20), 0);
        assert.equal(keyResultProgress(spec, 120), 1);
      });
      it('is 0 below the start (clamped)', () => {
        assert.equal(keyResultProgress(spec, 0), 0);
        assert.equal(keyResultProgress(spec, -500), 0);
      });
      it('is 1 above the target (clamped)', () => {
        assert.equal(keyResultProgress(spec, 121), 1);
        assert.equal(keyResultProgress(spec, 10_000), 1);
      });
      it('is 0 without a value', () => {
        assert.equal(keyResultProgress(spec, null), 0);
      });
    });

    describe('decrease-to (start 100, target 40)', () => {
      const spec = decreaseSpec(100, 40);
      it('counts down towards the target', () => {
        assert.equal(keyResultProgress(spec, 70), 0.5);
        assert.equal(keyResultProgress(spec, 85), 0.25);
        assert.equal(keyResultProgress(spec, 100), 0);
        assert.equal(keyResultProgress(spec, 40), 1);
      });
      it('is 1 below the target (clamped)', () => {
        assert.equal(keyResultProgress(spec, 30), 1);
        assert.equal(keyResultProgress(spec, 0), 1);
      });
      it('is 0 above the start (clamped)', () => {
        assert.equal(keyResultProgress(spec, 120), 0);
      });
      it('is 0 without a value', () => {
        assert.equal(keyResultProgress(spec, null), 0);
      });
    });

    describe('milestone', () => {
      const spec = milestoneSpec(['a', 'b', 'c', 'd']);
      it('is steps done / total steps', () => {
        assert.equal(keyResultProgress(spec, 0), 0);
        assert.equal(keyResultProgress(spec, 1), 0.25);
        assert.equal(keyResultProgress(spec, 3), 0.75);
        assert.equal(keyResultProgress(spec, 4), 1);
        assert.equal(keyResultProgress(milestoneSpec(['a', 'b', 'c']), 2), 2 / 3);
      });
      it('is 0 without a value and clamped above', () => {
        assert.equal(keyResultProgress(spec, null), 0);
        assert.equal(keyResultProgress(spec, 9), 1);
      });
    });

    describe('binary', () => {
      it('is 0 or 1', () => {
        assert.equal(keyResultProgress(binarySpec(), 0), 0);
        assert.equal(keyResultProgress(binarySpec(), 1), 1);
        assert.equal(keyResultProgress(binarySpec(), null), 0);
      });
    });

    describe('guardrail', () => {
      it('stay-above: met at or above the threshold, breached below', () => {
        const spec = guardrailSpec('stay-above', 95);
        assert.equal(keyResultProgress(spec, 99), 1);
        assert.equal(keyResultProgress(spec, 95), 1);
        assert.equal(keyResultProgress(spec, 94.9), 0);
        assert.equal(keyResultProgress(spec, null), 0);
      });
      it('stay-below: met at or below the threshold, breached above', () => {
        const spec = guardrailSpec('stay-below', 5);
        assert.equal(keyResultProgress(spec, 2), 1);
        assert.equal(keyResultProgress(spec, 5), 1);
        assert.equal(keyResultProgress(spec, 5.1), 0);
        assert.equal(keyResultProgress(spec, null), 0);
      });
    });
  });

  describe('initialValue', () => {
    it('starts numeric key results at their start, milestone and binary at 0, guardrails empty', () => {
      assert.equal(initialValue(increaseSpec(20, 120)), 20);
      assert.equal(initialValue(decreaseSpec(100, 40)), 100);
      assert.equal(initialValue(milestoneSpec()), 0);
      assert.equal(initialValue(binarySpec()), 0);
      assert.equal(initialValue(guardrailSpec()), null);
    });
  });

  describe('validateSpec', () => {
    it('accepts valid specs of every type', () => {
      const valid: KeyResultSpec[] = [
        increaseSpec(0, 1),
        decreaseSpec(1, 0),
        milestoneSpec(['only']),
        milestoneSpec(Array.from({ length: MAX_MILESTONE_STEPS }, (_, i) => `step ${i}`)),
        binarySpec(),
        guardrailSpec('stay-below', 3),
        { type: 'increase-to', start: 0, target: 1000, unit: 'currency', currency: 'EUR' },
        { type: 'guardrail', direction: 'stay-above', threshold: 1, unit: 'currency', currency: 'USD' },
      ];
      for (const spec of valid) assert.deepEqual(validateSpec(spec), {}, JSON.stringify(spec));
    });

    it('refuses an increase-to whose target is not above its start', () => {
      assert.deepEqual(Object.keys(validateSpec(increaseSpec(10, 10))), ['target']);
      assert.deepEqual(Object.keys(validateSpec(increaseSpec(10, 5))), ['target']);
      assert.deepEqual(Object.keys(validateSpec(increaseSpec(0, Number.NaN))), ['target']);
    });

    it('refuses a decrease-to whose target is not below its start', () => {
      assert.deepEqual(Object.keys(validateSpec(decreaseSpec(40, 40))), ['target']);
      assert.deepEqual(Object.keys(validateSpec(decreaseSpec(40, 100))), ['target']);
    });

    it('refuses a milestone with no steps, a blank step or too many steps', () => {
      assert.deepEqual(Object.keys(validateSpec(milestoneSpec([]))), ['steps']);
      assert.deepEqual(Object.keys(validateSpec(milestoneSpec(['design', '   ']))), ['steps']);
      assert.deepEqual(Object.keys(validateSpec(milestoneSpec(['']))), ['steps']);
      const tooMany = Array.from({ length: MAX_MILESTONE_STEPS + 1 }, (_, i) => `step ${i}`);
      assert.deepEqual(Object.keys(validateSpec(milestoneSpec(tooMany))), ['steps']);
    });

    it('refuses a currency unit without a currency code', () => {
      assert.deepEqual(Object.keys(validateSpec({ type: 'increase-to', start: 0, target: 10, unit: 'currency' })), ['currency']);
      assert.deepEqual(Object.keys(validateSpec({ type: 'decrease-to', start: 10, target: 0, unit: 'currency', currency: '' })), ['currency']);
      assert.deepEqual(
        Object.keys(validateSpec({ type: 'guardrail', direction: 'stay-below', threshold: 5, unit: 'currency' })),
        ['currency'],
      );
    });

    it('reports target and currency together', () => {
      const errors = validateSpec({ type: 'increase-to', start: 10, target: 0, unit: 'currency' });
      assert.deepEqual(Object.keys(errors).sort(), ['currency', 'target']);
    });
  });

  describe('validateCheckInValue', () => {
    it('accepts any finite number for numeric and guardrail key results', () => {
      assert.equal(expectOk(validateCheckInValue(increaseSpec(), 42.5)), 42.5);
      assert.equal(expectOk(validateCheckInValue(decreaseSpec(), -3)), -3);
      assert.equal(expectOk(validateCheckInValue(guardrailSpec(), 0)), 0);
    });

    it('refuses NaN and infinities for every type', () => {
      for (const spec of [increaseSpec(), decreaseSpec(), milestoneSpec(), binarySpec(), guardrailSpec()]) {
        for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
          expectFail(validateCheckInValue(spec, value), OKR_ERROR.invalidCheckInValue);
        }
      }
    });

    it('takes a whole number of completed steps for milestones', () => {
      const spec = milestoneSpec(['a', 'b', 'c']);
      assert.equal(expectOk(validateCheckInValue(spec, 0)), 0);
      assert.equal(expectOk(validateCheckInValue(spec, 3)), 3);
      expectFail(validateCheckInValue(spec, 1.5), OKR_ERROR.invalidCheckInValue);
      expectFail(validateCheckInValue(spec, -1), OKR_ERROR.invalidCheckInValue);
      const tooMany = expectFail(validateCheckInValue(spec, 4), OKR_ERROR.invalidCheckInValue);
      assert.deepEqual(tooMany.details, { min: 0, max: 3 });
    });

    it('takes only 0 or 1 for binary key results', () => {
      assert.equal(expectOk(validateCheckInValue(binarySpec(), 0)), 0);
      assert.equal(expectOk(validateCheckInValue(binarySpec(), 1)), 1);
      expectFail(validateCheckInValue(binarySpec(), 2), OKR_ERROR.invalidCheckInValue);
      expectFail(validateCheckInValue(binarySpec(), 0.5), OKR_ERROR.invalidCheckInValue);
      expectFail(validateCheckInValue(binarySpec(), -1), OKR_ERROR.invalidCheckInValue);
    });
  });
});
