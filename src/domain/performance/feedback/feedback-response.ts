import { fail, ok, type Result } from '../../shared/result.js';
import type { FeedbackRequest } from './feedback-request.js';
import { feedbackResponseId } from './feedback-ids.js';
import { cleanText, FEEDBACK_TEXT_MAX } from './feedback-text.js';
import { invalid } from './feedback-validation.js';

export interface FeedbackAnswer {
  readonly questionId: string;
  readonly text: string;
}

/** One invitee's answers to a feedback request: one per invitee, editable while the request is open. */
export interface FeedbackResponse {
  readonly tenantId: string;
  readonly id: string;
  readonly requestId: string;
  readonly subjectId: string;
  readonly requesterId: string;
  readonly authorId: string;
  /** Only the questions answered, in the request's question order. */
  readonly answers: readonly FeedbackAnswer[];
  readonly submittedAt: string;
  readonly updatedAt: string;
}

/**
 * The author's response to a request (new, or replacing their earlier one), or the rule it breaks:
 * the request must be open, the author invited, every answer for one of its questions, at least one
 * answer with text, none too long. Blank answers are dropped.
 */
export function answerFeedbackRequest(
  request: FeedbackRequest,
  authorId: string,
  answers: Readonly<Record<string, string>>,
  at: string,
  previous: FeedbackResponse | null,
): Result<FeedbackResponse, 'PERF.VALIDATION' | 'PERF.REQUEST_CLOSED' | 'PERF.FORBIDDEN'> {
  if (request.status !== 'open') return fail('PERF.REQUEST_CLOSED', 'This request is closed: answers can no longer be given or changed');
  if (!request.inviteeIds.includes(authorId)) return fail('PERF.FORBIDDEN', 'You were not asked to answer this request');
  const known = new Set(request.questions.map((q) => q.id));
  const unknown = Object.keys(answers).find((id) => !known.has(id));
  if (unknown !== undefined) return invalid('response.unknown-question', `answers.${unknown}`, 'That question is not part of this request');
  const kept: FeedbackAnswer[] = [];
  for (const question of request.questions) {
    const raw = answers[question.id];
    if (raw === undefined) continue;
    const text = cleanText(raw);
    if (text.length > FEEDBACK_TEXT_MAX) return invalid('response.too-long', `answers.${question.id}`, `Keep each answer under ${FEEDBACK_TEXT_MAX} characters`);
    if (text.length > 0) kept.push({ questionId: question.id, text });
  }
  if (kept.length === 0) return invalid('response.empty', 'answers', 'Answer at least one question');
  return ok({
    tenantId: request.tenantId,
    id: feedbackResponseId(request.id, authorId),
    requestId: request.id,
    subjectId: request.subjectId,
    requesterId: request.requesterId,
    authorId,
    answers: kept,
    submittedAt: previous?.submittedAt ?? at,
    updatedAt: at,
  });
}
