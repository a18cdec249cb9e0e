import assert from 'node:assert/strict';
import { calibrationPrompts, FAR_SHORT_GRADE, MAXED_OUT_GRADE, meanGrade } from '../../../../src/domain/okr/insights/ambition-calibration.js';

describe('insights: ambition calibration (coaching prompts)', () => {
  const g = (grade: number | null, cycleId = 'q2') => ({ cycleId, cycleName: cycleId.toUpperCase(), grade });

  it('uses 0.95 two cycles running and 0.3 in the latest cycle', () => {
    assert.equal(MAXED_OUT_GRADE, 0.95);
    assert.equal(FAR_SHORT_GRADE, 0.3);
  });

  it('prompts for subjects at or above 0.95 twice running, and at or below 0.3 in the latest cycle', () => {
    const prompts = calibrationPrompts([
      { kind: 'person', id: 'ann', grades: [g(1), g(0.95, 'q1')] }, // maxed out
      { kind: 'person', id: 'bob', grades: [g(0.96), g(0.94, 'q1')] }, // one cycle only: no prompt
      { kind: 'team', id: 't-eng', grades: [g(0.3), g(0.9, 'q1')] }, // far short
      { kind: 'person', id: 'cat', grades: [g(0.31)] }, // just above: no prompt
      { kind: 'person', id: 'dan', grades: [g(0.98), g(null, 'q1')] }, // nothing graded before: no prompt
      { kind: 'person', id: 'eve', grades: [g(null), g(1, 'q1')] }, // nothing graded now: no prompt
      { kind: 'person', id: 'fay', grades: [g(0.1)] }, // far short, first cycle
    ]);
    assert.deepEqual(prompts.map((p) => [p.kind, p.subject.kind, p.subject.id, p.grades.map((x) => x.grade)]), [
      ['maxed-out', 'person', 'ann', [1, 0.95]],
      ['far-short', 'person', 'fay', [0.1]],
      ['far-short', 'team', 't-eng', [0.3, 0.9]],
    ]);
  });

  it('a subject\'s grade in a cycle is the mean of its graded objectives, to two decimals', () => {
    assert.equal(meanGrade([1, 0.9, 0.95]), 0.95);
    assert.equal(meanGrade([0.333, 0.334]), 0.33);
    assert.equal(meanGrade([]), null);
  });
});
