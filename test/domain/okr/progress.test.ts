import assert from 'node:assert/strict';
import { objectiveConfidence, objectiveProgress, rolledUpProgress } from '../../../src/domain/okr/progress.js';
import { binarySpec, decreaseSpec, guardrailSpec, increaseSpec, milestoneSpec } from './builders.js';

describe('progress roll-up', () => {
  describe('objectiveProgress', () => {
    it('is the weighted mean of key result progress (weights 1 and 3)', () => {
      const progress = objectiveProgress([
        { spec: increaseSpec(0, 100), current: 100, weight: 1 }, // 1
        { spec: increaseSpec(0, 100), current: 20, weight: 3 }, // 0.2
      ]);
      // (1*1 + 3*0.2) / 4 = 0.4
      assert.ok(Math.abs(progress - 0.4) < 1e-12, String(progress));
    });

    it('weights matter: swapping them changes the result', () => {
      const progress = objectiveProgress([
        { spec: increaseSpec(0, 100), current: 100, weight: 3 },
        { spec: increaseSpec(0, 100), current: 20, weight: 1 },
      ]);
      // (3*1 + 1*0.2) / 4 = 0.8
      assert.ok(Math.abs(progress - 0.8) < 1e-12, String(progress));
    });

    it('is the plain mean with equal weights across types', () => {
      const progress = objectiveProgress([
        { spec: decreaseSpec(100, 40), current: 70, weight: 1 }, // 0.5
        { spec: milestoneSpec(['a', 'b', 'c', 'd']), current: 1, weight: 1 }, // 0.25
        { spec: binarySpec(), current: 1, weight: 1 }, // 1
        { spec: guardrailSpec('stay-above', 95), current: 90, weight: 1 }, // 0
      ]);
      assert.equal(progress, 1.75 / 4);
    });

    it('is 0 without key results', () => {
      assert.equal(objectiveProgress([]), 0);
    });

    it('is 0 when nothing moved', () => {
      assert.equal(objectiveProgress([{ spec: increaseSpec(10, 20), current: 10, weight: 2 }]), 0);
    });
  });

  describe('objectiveConfidence', () => {
    it('is the lowest key result confidence', () => {
      assert.equal(objectiveConfidence([{ confidence: 8 }, { confidence: 4 }, { confidence: 9 }]), 4);
      assert.equal(objectiveConfidence([{ confidence: null }, { confidence: 6 }]), 6);
    });

    it('is null when nobody checked in', () => {
      assert.equal(objectiveConfidence([{ confidence: null }]), null);
      assert.equal(objectiveConfidence([]), null);
    });
  });

  describe('rolledUpProgress', () => {
    it('is half own progress and half the mean of the children', () => {
      assert.equal(rolledUpProgress(0.4, [1, 0.5, 0]), (0.4 + 0.5) / 2);
      assert.equal(rolledUpProgress(1, [0]), 0.5);
      assert.equal(rolledUpProgress(0, [0.8, 0.6]), 0.35);
    });

    it('is own progress without children', () => {
      assert.equal(rolledUpProgress(0.3, []), 0.3);
    });
  });
});
