import assert from 'node:assert/strict';
import { confidenceDistribution } from '../../../../src/domain/okr/insights/confidence-distribution.js';
import { gradeDistributionAtClose, GRADE_TARGET } from '../../../../src/domain/okr/insights/grade-distribution.js';
import { histogram, progressDistribution } from '../../../../src/domain/okr/insights/progress-distribution.js';

describe('insights: distributions', () => {
  it('histogram: ten bars of 0.1, the last one closed at 1, 0.3 lands in [0.3, 0.4)', () => {
    const bars = histogram([0, 0.05, 0.1, 0.1 + 0.2, 0.99, 1, 1.2, -0.1]);
    assert.deepEqual(bars.map((b) => b.count), [3, 1, 0, 1, 0, 0, 0, 0, 0, 3]);
    assert.deepEqual(bars.map((b) => [b.from, b.to]).slice(0, 2), [[0, 0.1], [0.1, 0.2]]);
    assert.deepEqual([bars[9]!.from, bars[9]!.to], [0.9, 1]);
  });

  it('progress: count, mean and buckets', () => {
    const d = progressDistribution([0.375, 0.2, 0]);
    assert.equal(d.count, 3);
    assert.equal(d.mean, 0.192); // 0.575 / 3 = 0.19167
    assert.deepEqual(d.buckets.map((b) => b.count), [1, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
    assert.equal(progressDistribution([]).mean, null);
  });

  it('confidence: by value 0-10, none, and bands (7+ on track, 4-6 at risk, 0-3 off track)', () => {
    const d = confidenceDistribution([8, 6, 5, null, 3, 10, 0, 7]);
    assert.deepEqual(d.byValue, [1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1]);
    assert.equal(d.none, 1);
    assert.deepEqual(d.bands, { 'on-track': 3, 'at-risk': 2, 'off-track': 2, none: 1 });
  });

  it('grades at close against the 0.7 band', () => {
    const d = gradeDistributionAtClose([1, 0.2, 0.7, 0.5]);
    assert.equal(GRADE_TARGET, 0.7);
    assert.equal(d.count, 4);
    assert.equal(d.mean, 0.6);
    assert.deepEqual(d.bands, { low: 1, mid: 1, success: 2 });
    assert.equal(d.atOrAboveTarget, 0.5);
    assert.deepEqual(d.buckets.map((b) => b.count), [0, 0, 1, 0, 0, 1, 0, 1, 0, 1]);
    const none = gradeDistributionAtClose([]);
    assert.equal(none.mean, null);
    assert.equal(none.atOrAboveTarget, null);
  });
});
