import type { PersonalDataErrorCode } from '../../../domain/performance/personal-data/personal-data-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import { planFacts } from '../development-plans/plan-access.js';
import { exportAuditRecords } from './export-audit-records.js';
import { exportFeedbackRecords } from './export-feedback-records.js';
import { exportReviewRecords } from './export-review-records.js';
import { exportSubjectAccess } from './export-subject-access.js';
import type { PersonalDataDeps } from './personal-data-deps.js';
import { LEFT_OUT, PERSONAL_DATA_FORMAT, type PersonalDataExport } from './personal-data-export.js';
import { openPersonalData } from './personal-data-gate.js';

/**
 * HR: everything Tandem holds about a person, from both stores, for a data-subject access request.
 * Restricted documents are read as the policy lets HR read them (every decision in this request's
 * audit record); the 1:1 records HR may not read come through the subject-access path, judged as the
 * person themselves and audited under an operation of its own.
 */
export async function exportPersonalData(deps: PersonalDataDeps, ctx: RequestContext, personId: string): Promise<Result<PersonalDataExport, PersonalDataErrorCode>> {
  return guarded(deps, ctx, 'personal-data.export', async (guard) => {
    const opened = await openPersonalData(deps, guard, personId);
    if (!opened.ok) return opened;
    const person = opened.value;
    const [goals, reviews, feedback, auditRecords] = await Promise.all([
      deps.goalsData.collect(person.tenantId, person.id),
      exportReviewRecords(deps, guard, person.id),
      exportFeedbackRecords(deps, guard, person.id),
      exportAuditRecords(deps, person),
    ]);
    // Judged as the person, without any role: what they could read of their own records.
    const subjectAccess = await guarded(deps, { actor: { ...person, roles: [] } }, 'personal-data.export.subject-access', (subjectGuard) => exportSubjectAccess(deps, subjectGuard));
    const [plan, progressNotes] = await Promise.all([deps.developmentPlans.getPlan(person.tenantId, person.id), deps.developmentPlans.listAllNotes(person.tenantId, person.id)]);
    const mayReadPlan = await guard.allows('read', 'development-plan', planFacts(person.tenantId, person.id));
    return ok({
      format: PERSONAL_DATA_FORMAT,
      exportedAt: deps.clock.now().toISOString(),
      exportedBy: ctx.actor.id,
      tenantId: person.tenantId,
      person,
      goals,
      performance: {
        ...reviews,
        ...feedback,
        ...subjectAccess,
        developmentPlan: mayReadPlan ? { plan: plan?.value ?? null, progressNotes } : { plan: null, progressNotes: [] },
        auditRecords,
      },
      leftOut: LEFT_OUT,
    });
  });
}
