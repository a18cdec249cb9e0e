import type { AccessAction } from '../../../domain/performance/document-kinds.js';
import { DEVELOPMENT_PLAN_ID } from '../../../domain/performance/development-plans/development-plan.js';
import type { PolicySubject } from '../../../domain/performance/relationships.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import { notFound, type AccessGuard, type GuardedDocument } from '../access-guard.js';

/** The policy facts of a person's plan (and of its notes): the person is the subject. */
export const planFacts = (tenantId: string, subjectId: string, id = DEVELOPMENT_PLAN_ID): GuardedDocument => ({ id, tenantId, subjectId });

/**
 * Opens a person's development plan for the actor: read for the person, their manager chain and
 * HR; write for the person and their current manager. Anyone else: 404.
 */
export async function openPlan(guard: AccessGuard, subjectId: string, action: AccessAction): Promise<Result<PolicySubject, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>> {
  const subject = await guard.subject(subjectId);
  if (!subject) {
    guard.recordMiss(action, 'development-plan', DEVELOPMENT_PLAN_ID, subjectId);
    return notFound('That development plan');
  }
  const allowed = await guard.require(action, 'development-plan', planFacts(guard.actor.tenantId, subjectId));
  return allowed.ok ? ok(subject) : allowed;
}
