import { fail, ok, type Result } from '../../shared/result.js';
import { REVIEW_PHASES, type ReviewPhase } from '../document-kinds.js';
import type { ReviewCycle } from './review-cycle.js';

/**
 * The phase HR may advance a cycle to next. A draft has none: it is launched (which snapshots the
 * org and creates packets), not advanced. Closed is final.
 */
export function nextPhase(phase: ReviewPhase): ReviewPhase | null {
  if (phase === 'draft' || phase === 'closed') return null;
  return REVIEW_PHASES[REVIEW_PHASES.indexOf(phase) + 1] ?? null;
}

/** How far the cycle's packets are, as far as advancing needs to know. */
export interface AdvanceReadiness {
  /** Packets whose manager review is not submitted (not counting released ones). */
  readonly managerReviewsMissing: number;
}

/**
 * Moves a cycle one phase on. Phases go strictly in order, one step at a time, so no phase can be
 * skipped by accident. Leaving the manager phase needs every manager review submitted: managers
 * write only in that phase, so a review missing later could never be finished or released.
 * Moving to "released" checks the same again (the caller then releases every packet).
 */
export function advanceCycle(cycle: ReviewCycle, to: ReviewPhase, readiness: AdvanceReadiness, now: string): Result<ReviewCycle, 'PERF.WRONG_PHASE' | 'PERF.NOT_READY'> {
  if (cycle.phase === 'draft') return fail('PERF.WRONG_PHASE', 'A draft cycle is launched, not advanced');
  const next = nextPhase(cycle.phase);
  if (next === null) return fail('PERF.WRONG_PHASE', 'A closed cycle does not move on');
  if (to !== next) return fail('PERF.WRONG_PHASE', `From ${cycle.phase} the cycle can only move to ${next}`, { phase: cycle.phase, next });
  if ((to === 'calibration' || to === 'released') && readiness.managerReviewsMissing > 0) {
    return fail('PERF.NOT_READY', `${readiness.managerReviewsMissing} manager review(s) are not submitted yet`, { notReady: readiness.managerReviewsMissing });
  }
  return ok({ ...cycle, phase: to, updatedAt: now, revision: cycle.revision + 1 });
}

/** A launched cycle: the draft becomes the self-review phase. */
export function markLaunched(cycle: ReviewCycle, packetCount: number, now: string): ReviewCycle {
  return { ...cycle, phase: 'self', launchedAt: now, packetCount, updatedAt: now, revision: cycle.revision + 1 };
}

/** Is the cycle in one of these phases? */
export const cycleIn = (cycle: Pick<ReviewCycle, 'phase'>, ...phases: ReviewPhase[]): boolean => phases.includes(cycle.phase);
