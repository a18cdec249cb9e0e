import assert from 'node:assert/strict';
import {
  closeObjective,
  defaultGrade,
  gradeBand,
  gradeDistribution,
  MAX_REFLECTION_LENGTH,
  weightedGrade,
  type CloseObjectiveInput,
} from '../../../src/domain/okr/grading.js';
import type { Objective } from '../../../src/domain/okr/objective.js';
import { OKR_ERROR } from '../../../src/domain/okr/okr-error-codes.js';
import {
  binarySpec,
  decreaseSpec,
  expectFail,
  expectOk,
  failedFields,
  guardrailSpec,
  increaseSpec,
  keyResult,
  krId,
  LATER,
  milestoneSpec,
  objective,
} from './builders.js';

const K1 = krId('01');
const K2 = krId('02');

/** k1: 40 of 100 (0.4, weight 1); k2: 2 of 3 steps (0.67, weight 3). */
const activeObjective = (overrides: Partial<Objective> = {}): Objective =>
  objective({
    state: 'active',
    revision: 5,
    keyResults: [
      keyResult({ id: K1, title: 'Users', spec: increaseSpec(0, 100), current: 40, weight: 1 }),
      keyResult({ id: K2, title: 'Launch', spec: milestoneSpec(['a', 'b', 'c']), current: 2, weight: 3 }),
    ],
    ...overrides,
  });

const closeInput = (overrides: Partial<CloseObjectiveInput> = {}): CloseObjectiveInput => ({
  adjustments: [],
  reflection: 'We learned a lot',
  ...overrides,
});

describe('grading', () => {
  describe('gradeBand', () => {
    it('has boundaries at 0.4 and 0.7', () => {
      assert.equal(gradeBand(0), 'low');
      assert.equal(gradeBand(0.39), 'low');
      assert.equal(gradeBand(0.399), 'low');
      assert.equal(gradeBand(0.4), 'mid');
      assert.equal(gradeBand(0.69), 'mid');
      assert.equal(gradeBand(0.699), 'mid');
      assert.equal(gradeBand(0.7), 'success');
      assert.equal(gradeBand(1), 'success');
    });
  });

  describe('defaultGrade', () => {
    it('is the measured progress rounded to two decimals', () => {
      assert.equal(defaultGrade({ spec: increaseSpec(0, 100), current: 40 }), 0.4);
      assert.equal(defaultGrade({ spec: decreaseSpec(100, 40), current: 70 }), 0.5);
      assert.equal(defaultGrade({ spec: milestoneSpec(['a', 'b', 'c']), current: 1 }), 0.33);
      assert.equal(defaultGrade({ spec: milestoneSpec(['a', 'b', 'c']), current: 2 }), 0.67);
      assert.equal(defaultGrade({ spec: binarySpec(), current: 1 }), 1);
      assert.equal(defaultGrade({ spec: guardrailSpec('stay-below', 5), current: 6 }), 0);
      assert.equal(defaultGrade({ spec: increaseSpec(0, 100), current: 150 }), 1);
    });
  });

  describe('weightedGrade', () => {
    it('is the weighted mean rounded to two decimals', () => {
      assert.equal(
        weightedGrade([
          { weight: 1, grade: { value: 0.4, reason: null } },
          { weight: 3, grade: { value: 0.67, reason: null } },
        ]),
        0.6, // 2.41 / 4 = 0.6025
      );
      assert.equal(
        weightedGrade([
          { weight: 1, grade: { value: 1, reason: null } },
          { weight: 2, grade: { value: 0, reason: null } },
        ]),
        0.33,
      );
    });

    it('counts an ungraded key result as 0 and is 0 without weight', () => {
      assert.equal(weightedGrade([{ weight: 1, grade: { value: 0.8, reason: null } }, { weight: 1, grade: null }]), 0.4);
      assert.equal(weightedGrade([]), 0);
    });
  });

  describe('closeObjective', () => {
    it('grades each key result at its measured progress by default', () => {
      const closed = expectOk(closeObjective(activeObjective(), closeInput({ reflection: '  Good quarter  ' }), LATER));
      assert.equal(closed.state, 'closed');
      assert.deepEqual(
        closed.keyResults.map((kr) => kr.grade),
        [
          { value: 0.4, reason: null },
          { value: 0.67, reason: null },
        ],
      );
      assert.equal(closed.grade, 0.6);
      assert.equal(closed.reflection, 'Good quarter');
      assert.equal(closed.revision, 6);
      assert.equal(closed.updatedAt, LATER);
    });

    it('accepts an adjusted grade with a reason and uses it in the objective grade', () => {
      const closed = expectOk(
        closeObjective(activeObjective(), closeInput({ adjustments: [{ keyResultId: K1, grade: 0.5, reason: '  Blocked by vendor ' }] }), LATER),
      );
      assert.deepEqual(closed.keyResults[0]!.grade, { value: 0.5, reason: 'Blocked by vendor' });
      assert.deepEqual(closed.keyResults[1]!.grade, { value: 0.67, reason: null });
      assert.equal(closed.grade, 0.63); // (0.5 + 3 * 0.67) / 4 = 0.6275
    });

    it('refuses an adjusted grade without a reason', () => {
      for (const reason of [null, '', '   ']) {
        const failure = expectFail(
          closeObjective(activeObjective(), closeInput({ adjustments: [{ keyResultId: K2, grade: 0.9, reason }] }), LATER),
          OKR_ERROR.gradeReasonRequired,
        );
        assert.deepEqual(failure.details, { keyResultId: K2, measured: 0.67, grade: 0.9 });
      }
    });

    it('needs no reason when the "adjustment" equals the measured grade, and drops a reason given anyway', () => {
      const closed = expectOk(
        closeObjective(
          activeObjective(),
          closeInput({
            adjustments: [
              { keyResultId: K1, grade: 0.4, reason: null },
              { keyResultId: K2, grade: 0.67, reason: 'same anyway' },
            ],
          }),
          LATER,
        ),
      );
      assert.deepEqual(
        closed.keyResults.map((kr) => kr.grade),
        [
          { value: 0.4, reason: null },
          { value: 0.67, reason: null },
        ],
      );
    });

    it('rounds an adjusted grade to two decimals', () => {
      const closed = expectOk(closeObjective(activeObjective(), closeInput({ adjustments: [{ keyResultId: K1, grade: 0.456, reason: 'r' }] }), LATER));
      assert.equal(closed.keyResults[0]!.grade?.value, 0.46);
    });

    it('refuses grades outside 0..1', () => {
      for (const grade of [-0.01, 1.01, Number.NaN]) {
        const failure = expectFail(
          closeObjective(activeObjective(), closeInput({ adjustments: [{ keyResultId: K1, grade, reason: 'because' }] }), LATER),
          OKR_ERROR.validation,
        );
        assert.deepEqual(failedFields(failure), [`grades.${K1}`], `grade ${grade}`);
      }
      expectOk(closeObjective(activeObjective(), closeInput({ adjustments: [{ keyResultId: K1, grade: 0, reason: 'r' }, { keyResultId: K2, grade: 1, reason: 'r' }] }), LATER));
    });

    it('refuses a grade for an unknown key result', () => {
      const failure = expectFail(
        closeObjective(activeObjective(), closeInput({ adjustments: [{ keyResultId: krId('99'), grade: 0.5, reason: 'r' }] }), LATER),
        OKR_ERROR.unknownKeyResult,
      );
      assert.deepEqual(failure.details, { keyResultId: krId('99') });
    });

    it('requires a reflection', () => {
      expectFail(closeObjective(activeObjective(), closeInput({ reflection: '' }), LATER), OKR_ERROR.reflectionRequired);
      expectFail(closeObjective(activeObjective(), closeInput({ reflection: ' \n\t ' }), LATER), OKR_ERROR.reflectionRequired);
    });

    it('refuses a reflection longer than the limit', () => {
      expectOk(closeObjective(activeObjective(), closeInput({ reflection: 'x'.repeat(MAX_REFLECTION_LENGTH) }), LATER));
      const failure = expectFail(closeObjective(activeObjective(), closeInput({ reflection: 'x'.repeat(MAX_REFLECTION_LENGTH + 1) }), LATER), OKR_ERROR.validation);
      assert.deepEqual(failedFields(failure), ['reflection']);
    });

    it('closes only active objectives', () => {
      for (const state of ['draft', 'proposed', 'closed'] as const) {
        const failure = expectFail(closeObjective(activeObjective({ state }), closeInput(), LATER), OKR_ERROR.invalidTransition);
        assert.deepEqual(failure.details, { from: state, to: 'closed' });
      }
    });
  });

  describe('gradeDistribution', () => {
    it('counts grades per band', () => {
      assert.deepEqual(gradeDistribution([0, 0.39, 0.4, 0.69, 0.7, 0.75, 1]), { low: 2, mid: 2, success: 3 });
      assert.deepEqual(gradeDistribution([0.5]), { low: 0, mid: 1, success: 0 });
      assert.deepEqual(gradeDistribution([]), { low: 0, mid: 0, success: 0 });
    });
  });
});
