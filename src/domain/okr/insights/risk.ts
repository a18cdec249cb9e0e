import { lowestConfidence } from '../confidence.js';
import { keyResultProgress, type KeyResult, type KeyResultType } from '../key-result.js';

/**
 * When a key result or objective counts as at risk. Only what has been checked in is judged: a key
 * result nobody checked in on has no signal yet (participation shows those people instead).
 */
export const LOW_CONFIDENCE_MAX = 3;
/** "Well behind": progress at least this far below the share of the cycle that has elapsed. */
export const BEHIND_MARGIN = 0.25;

export const RISK_REASONS = ['low-confidence', 'behind', 'guardrail-breached'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

/** Key result types whose progress should track elapsed time; done / not done ones jump at the end. */
const PACED: ReadonlySet<KeyResultType> = new Set(['increase-to', 'decrease-to', 'milestone']);

export type RiskInput = Pick<KeyResult, 'spec' | 'current' | 'confidence' | 'weight' | 'checkInCount'>;

/** Why a key result is at risk given the progress expected by now (0-1); empty when it is not. */
export function keyResultRisk(kr: RiskInput, expected: number): RiskReason[] {
  if (kr.checkInCount === 0) return [];
  const reasons: RiskReason[] = [];
  if (kr.confidence !== null && kr.confidence <= LOW_CONFIDENCE_MAX) reasons.push('low-confidence');
  const progress = keyResultProgress(kr.spec, kr.current);
  if (PACED.has(kr.spec.type) && progress < expected - BEHIND_MARGIN) reasons.push('behind');
  if (kr.spec.type === 'guardrail' && kr.current !== null && progress === 0) reasons.push('guardrail-breached');
  return reasons;
}

/**
 * Why an objective is at risk: its least confident key result is low, its paced key results
 * together are well behind, or a guardrail is breached. Judged once something was checked in.
 */
export function objectiveRisk(keyResults: readonly RiskInput[], expected: number): RiskReason[] {
  const checkedIn = keyResults.filter((kr) => kr.checkInCount > 0);
  if (checkedIn.length === 0) return [];
  const reasons: RiskReason[] = [];
  const confidence = lowestConfidence(checkedIn.map((kr) => kr.confidence));
  if (confidence !== null && confidence <= LOW_CONFIDENCE_MAX) reasons.push('low-confidence');
  const paced = keyResults.filter((kr) => PACED.has(kr.spec.type));
  const weight = paced.reduce((sum, kr) => sum + kr.weight, 0);
  if (weight > 0) {
    const progress = paced.reduce((sum, kr) => sum + kr.weight * keyResultProgress(kr.spec, kr.current), 0) / weight;
    if (progress < expected - BEHIND_MARGIN) reasons.push('behind');
  }
  if (checkedIn.some((kr) => kr.spec.type === 'guardrail' && kr.current !== null && keyResultProgress(kr.spec, kr.current) === 0)) reasons.push('guardrail-breached');
  return reasons;
}
