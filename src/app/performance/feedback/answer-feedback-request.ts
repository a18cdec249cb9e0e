import { requestFacts, responseFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { FeedbackErrorCode } from '../../../domain/performance/feedback/feedback-error-codes.js';
import { feedbackResponseId, parseFeedbackRequestId } from '../../../domain/performance/feedback/feedback-ids.js';
import { answerFeedbackRequest as answerRequest } from '../../../domain/performance/feedback/feedback-response.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { toResponseView, type FeedbackResponseView } from './feedback-views.js';

/** Writers racing on the same response (a double submit) settle within this many rounds. */
const MAX_ROUNDS = 3;

export interface AnswerOutcome {
  readonly response: FeedbackResponseView;
  /** True when this replaced the caller's earlier answers. */
  readonly updated: boolean;
}

/**
 * An invitee answers a feedback request, or changes their answers while it is open: one response per
 * invitee. Whoever the API or the bot says is acting; the request id is re-checked against the policy,
 * so a request the caller was not asked to answer is a 404 (or a 403 if they may read it).
 */
export async function answerFeedbackRequest(
  deps: PerformanceDeps,
  ctx: RequestContext,
  requestId: string,
  answers: Readonly<Record<string, string>>,
): Promise<Result<AnswerOutcome, FeedbackErrorCode>> {
  return guarded(deps, ctx, 'feedback.answer-request', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    const me = ctx.actor.id;
    for (let round = 1; ; round++) {
      const found = await deps.feedback.getRequest(tenantId, requestId);
      if (!found) {
        guard.recordMiss('write', 'feedback-response', requestId.slice(0, 200), parseFeedbackRequestId(requestId)?.subjectId ?? 'unknown');
        return notFound('That feedback request');
      }
      const request = found.value;
      const readable = await guard.require('read', 'feedback-request', requestFacts(request));
      if (!readable.ok) return readable;
      const previous = await deps.feedback.getResponse(tenantId, request.id, me);
      const at = deps.clock.now().toISOString();
      const facts = responseFacts({ id: feedbackResponseId(request.id, me), tenantId, subjectId: request.subjectId, authorId: me, requesterId: request.requesterId }, request);
      const writable = await guard.require('write', 'feedback-response', facts);
      if (!writable.ok) return writable;
      const answered = answerRequest(request, me, answers, at, previous?.value ?? null);
      if (!answered.ok) return answered;
      const written = previous ? await deps.feedback.replaceResponse(answered.value, previous.etag) : await deps.feedback.createResponse(answered.value);
      if (written.ok) return ok({ response: toResponseView(written.value.value), updated: previous !== null });
      // Another submit of the same person landed in between: read again and apply on top of it.
      if (round >= MAX_ROUNDS) return fail('PERF.WRITE_CONTENTION', 'Your answers were changed at the same time elsewhere; try again');
    }
  });
}
