import { fail, ok, type Result } from '../../shared/result.js';
import { cleanText, QUESTION_TEXT_MAX } from './feedback-text.js';
import { invalid } from './feedback-validation.js';

export const MIN_QUESTIONS = 1;
export const MAX_QUESTIONS = 5;
export const MAX_INVITEES = 20;

export interface FeedbackQuestion {
  /** Stable within the request ("q1".."q5"): answers and card inputs name it. */
  readonly id: string;
  readonly text: string;
}

export type FeedbackRequestStatus = 'open' | 'closed';

/**
 * A request for feedback about a subject (the requester themselves, or a report of theirs), sent to
 * chosen invitees with one to five questions. Open until the requester closes it.
 */
export interface FeedbackRequest {
  readonly tenantId: string;
  readonly id: string;
  readonly subjectId: string;
  readonly requesterId: string;
  readonly inviteeIds: readonly string[];
  readonly questions: readonly FeedbackQuestion[];
  readonly status: FeedbackRequestStatus;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

export interface NewFeedbackRequest {
  readonly tenantId: string;
  readonly id: string;
  readonly subjectId: string;
  readonly requesterId: string;
  readonly inviteeIds: readonly string[];
  readonly questions: readonly string[];
  readonly createdAt: string;
}

/**
 * A new request, or the rule it breaks: one to five non-empty questions, one to twenty distinct
 * invitees, and neither the subject nor the requester among them. Whether the requester may ask
 * about the subject at all is the access policy's call, not this function's.
 */
export function createFeedbackRequest(input: NewFeedbackRequest): Result<FeedbackRequest, 'PERF.VALIDATION'> {
  const questions = input.questions.map(cleanText);
  if (questions.length < MIN_QUESTIONS || questions.length > MAX_QUESTIONS) {
    return invalid('request.question-count', 'questions', `Ask between ${MIN_QUESTIONS} and ${MAX_QUESTIONS} questions`);
  }
  const empty = questions.findIndex((q) => q.length === 0);
  if (empty >= 0) return invalid('request.question-empty', `questions.${empty}`, 'A question cannot be empty');
  const long = questions.findIndex((q) => q.length > QUESTION_TEXT_MAX);
  if (long >= 0) return invalid('request.question-too-long', `questions.${long}`, `Keep each question under ${QUESTION_TEXT_MAX} characters`);

  const inviteeIds = [...new Set(input.inviteeIds)];
  if (inviteeIds.length === 0) return invalid('request.no-invitees', 'inviteeIds', 'Choose at least one person to ask');
  if (inviteeIds.length > MAX_INVITEES) return invalid('request.too-many-invitees', 'inviteeIds', `Ask at most ${MAX_INVITEES} people`);
  if (inviteeIds.includes(input.subjectId)) return invalid('request.subject-invited', 'inviteeIds', 'The person the feedback is about cannot be asked to answer');
  if (inviteeIds.includes(input.requesterId)) return invalid('request.requester-invited', 'inviteeIds', 'You cannot ask yourself; give feedback directly instead');

  return ok({
    tenantId: input.tenantId,
    id: input.id,
    subjectId: input.subjectId,
    requesterId: input.requesterId,
    inviteeIds,
    questions: questions.map((text, i) => ({ id: `q${i + 1}`, text })),
    status: 'open',
    createdAt: input.createdAt,
    closedAt: null,
  });
}

/** Closes an open request; closing a closed one is refused so a stale screen learns the truth. */
export function closeFeedbackRequest(request: FeedbackRequest, at: string): Result<FeedbackRequest, 'PERF.REQUEST_CLOSED'> {
  if (request.status === 'closed') return fail('PERF.REQUEST_CLOSED', 'This request is closed already');
  return ok({ ...request, status: 'closed', closedAt: at });
}
