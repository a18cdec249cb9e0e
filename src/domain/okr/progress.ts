import { lowestConfidence } from './confidence.js';
import { keyResultProgress, type KeyResult } from './key-result.js';

/** Weighted mean of the key results' progress; an objective with no key results has made none. */
export function objectiveProgress(keyResults: readonly Pick<KeyResult, 'spec' | 'current' | 'weight'>[]): number {
  const totalWeight = keyResults.reduce((sum, kr) => sum + kr.weight, 0);
  if (totalWeight === 0) return 0;
  return keyResults.reduce((sum, kr) => sum + kr.weight * keyResultProgress(kr.spec, kr.current), 0) / totalWeight;
}

export const objectiveConfidence = (keyResults: readonly Pick<KeyResult, 'confidence'>[]): number | null =>
  lowestConfidence(keyResults.map((kr) => kr.confidence));

/**
 * Roll-up up the alignment tree: a parent counts half for its own key results and half for the
 * mean of its aligned children, so neither a crowd of children nor one key result dominates.
 */
export function rolledUpProgress(ownProgress: number, childProgress: readonly number[]): number {
  if (childProgress.length === 0) return ownProgress;
  const childMean = childProgress.reduce((a, b) => a + b, 0) / childProgress.length;
  return (ownProgress + childMean) / 2;
}
