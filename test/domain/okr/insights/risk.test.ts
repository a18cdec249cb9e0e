import assert from 'node:assert/strict';
import { BEHIND_MARGIN, keyResultRisk, LOW_CONFIDENCE_MAX, objectiveRisk } from '../../../../src/domain/okr/insights/risk.js';
import { binarySpec, guardrailSpec, increaseSpec, keyResult, milestoneSpec } from '../builders.js';

describe('insights: at-risk rule', () => {
  const checked = (overrides: Parameters<typeof keyResult>[0]) => keyResult({ checkInCount: 1, confidence: 7, ...overrides });

  it('uses confidence 3 or lower and a 0.25 gap to expected-by-now', () => {
    assert.equal(LOW_CONFIDENCE_MAX, 3);
    assert.equal(BEHIND_MARGIN, 0.25);
  });

  it('flags low confidence at 3, not at 4', () => {
    assert.deepEqual(keyResultRisk(checked({ confidence: 3, current: 60 }), 0.5), ['low-confidence']);
    assert.deepEqual(keyResultRisk(checked({ confidence: 4, current: 60 }), 0.5), []);
  });

  it('flags paced key results more than 0.25 behind: expected 0.5, progress 0.24 is behind, 0.25 is not', () => {
    assert.deepEqual(keyResultRisk(checked({ spec: increaseSpec(0, 100), current: 24 }), 0.5), ['behind']);
    assert.deepEqual(keyResultRisk(checked({ spec: increaseSpec(0, 100), current: 25 }), 0.5), []);
    // Milestones are paced too: 1 of 5 steps (0.2) at expected 0.6 is behind.
    assert.deepEqual(keyResultRisk(checked({ spec: milestoneSpec(['a', 'b', 'c', 'd', 'e']), current: 1 }), 0.6), ['behind']);
  });

  it('never calls done / not done key results behind; flags a breached guardrail', () => {
    assert.deepEqual(keyResultRisk(checked({ spec: binarySpec(), current: 0 }), 0.9), []);
    assert.deepEqual(keyResultRisk(checked({ spec: guardrailSpec('stay-above', 95), current: 94 }), 0.1), ['guardrail-breached']);
    assert.deepEqual(keyResultRisk(checked({ spec: guardrailSpec('stay-above', 95), current: 96 }), 0.9), []);
  });

  it('does not judge key results nobody checked in on', () => {
    assert.deepEqual(keyResultRisk(keyResult({ checkInCount: 0, confidence: 1, current: 0 }), 0.9), []);
    assert.deepEqual(objectiveRisk([keyResult({ checkInCount: 0, current: 0 })], 0.9), []);
  });

  it('objectives: lowest confidence, weighted pace of paced key results, any breached guardrail', () => {
    // Paced: (3*0.1 + 1*0.9)/4 = 0.3 against expected 0.6: behind (0.3 < 0.35). The binary is ignored for pace.
    const krs = [
      checked({ spec: increaseSpec(0, 10), current: 1, weight: 3, confidence: 6 }),
      checked({ spec: increaseSpec(0, 10), current: 9, weight: 1, confidence: 8 }),
      checked({ spec: binarySpec(), current: 0, confidence: 3 }),
    ];
    assert.deepEqual(objectiveRisk(krs, 0.6), ['low-confidence', 'behind']);
    // At expected 0.5 the pace is fine (0.3 >= 0.25); the binary's confidence 3 still flags it.
    assert.deepEqual(objectiveRisk(krs, 0.5), ['low-confidence']);
    assert.deepEqual(objectiveRisk([checked({ spec: guardrailSpec('stay-below', 10), current: 12 })], 0.2), ['guardrail-breached']);
  });
});
