import type { GuardedDocument, AccessGuard } from '../access-guard.js';
import { notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import { hasRole } from '../../../domain/people/person.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { Versioned } from '../../ports/goals-repository.js';

/**
 * A cycle is tenant-wide, not about one person: the policy is asked with the actor as the subject
 * (the review-cycle rules look only at tenant membership and the HR role).
 */
export const cycleFacts = (cycle: Pick<ReviewCycle, 'id' | 'tenantId'>, guard: AccessGuard): GuardedDocument => ({
  id: cycle.id,
  tenantId: cycle.tenantId,
  subjectId: guard.actor.id,
});

/** A cycle the actor may see: HR sees drafts too, everyone else only launched cycles. */
export async function readCycle(deps: PerformanceDeps, guard: AccessGuard, cycleId: string): Promise<Result<Versioned<ReviewCycle>, 'PERF.NOT_FOUND'>> {
  const tenantId = guard.actor.tenantId;
  const found = cycleId.length > 0 && !cycleId.includes('.') ? await deps.reviews.getCycle(tenantId, cycleId) : null;
  if (!found) {
    guard.recordMiss('read', 'review-cycle', cycleId, guard.actor.id);
    return notFound('That review cycle');
  }
  const allowed = await guard.require('read', 'review-cycle', cycleFacts(found.value, guard));
  if (!allowed.ok) return notFound('That review cycle');
  if (found.value.phase === 'draft' && !hasRole(guard.actor, 'hr-admin')) return notFound('That review cycle');
  return ok(found);
}

/** The cycle, for HR's operations on it: 404 when unknown, 403 when the actor may not run cycles. */
export async function readCycleAsAdmin(deps: PerformanceDeps, guard: AccessGuard, cycleId: string): Promise<Result<Versioned<ReviewCycle>, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>> {
  const found = await readCycle(deps, guard, cycleId);
  if (!found.ok) return found;
  const allowed = await guard.require('write', 'review-cycle', cycleFacts(found.value.value, guard));
  return allowed.ok ? found : allowed;
}
