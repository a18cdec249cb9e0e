import { requestFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { FeedbackErrorCode } from '../../../domain/performance/feedback/feedback-error-codes.js';
import { feedbackRequestId } from '../../../domain/performance/feedback/feedback-ids.js';
import { createFeedbackRequest as newFeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';
import { invalid } from '../../../domain/performance/feedback/feedback-validation.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { FeedbackNotifier } from './feedback-notifier.js';
import type { FeedbackRequestView } from './feedback-views.js';
import { projectFeedbackRequest } from './project-feedback-request.js';

export interface CreateFeedbackRequestInput {
  /** Who the feedback is about: the requester (default) or, for a manager, someone in their reporting line. */
  readonly subjectId?: string;
  readonly inviteeIds: readonly string[];
  readonly questions: readonly string[];
}

/**
 * Asks chosen people for feedback about yourself or, as a manager, about a report. The policy
 * decides who may ask about whom; each invitee then gets a card in their personal chat with Tandem.
 */
export async function createFeedbackRequest(
  deps: PerformanceDeps,
  notifier: FeedbackNotifier,
  ctx: RequestContext,
  input: CreateFeedbackRequestInput,
): Promise<Result<FeedbackRequestView, FeedbackErrorCode>> {
  return guarded(deps, ctx, 'feedback.create-request', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    const subjectId = input.subjectId ?? ctx.actor.id;
    if (!(await guard.subject(subjectId))) return notFound('That person');
    const created = newFeedbackRequest({
      tenantId,
      id: feedbackRequestId(subjectId, deps.ids.unique()),
      subjectId,
      requesterId: ctx.actor.id,
      inviteeIds: input.inviteeIds,
      questions: input.questions,
      createdAt: deps.clock.now().toISOString(),
    });
    if (!created.ok) return created;
    const request = created.value;
    const allowed = await guard.require('write', 'feedback-request', requestFacts(request));
    if (!allowed.ok) return allowed;
    const invitees = await deps.directory.getPeople(tenantId, request.inviteeIds);
    const known = new Set(invitees.filter((p) => p.tenantId === tenantId).map((p) => p.id));
    if (request.inviteeIds.some((id) => !known.has(id))) return invalid('request.unknown-invitee', 'inviteeIds', 'Someone you chose is not in your organisation');
    const stored = await deps.feedback.createRequest(request);
    if (!stored.ok) throw new Error(`feedback request ${request.id} could not be stored: ${stored.message}`);
    await notifier.requestCreated(stored.value.value);
    return ok(await projectFeedbackRequest(guard, stored.value.value, []));
  });
}
