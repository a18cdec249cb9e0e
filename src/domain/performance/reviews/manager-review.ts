import { fail, ok, type Result } from '../../shared/result.js';
import { isOnScale } from './rating-scale.js';
import { invalid, MAX_ANSWER_LENGTH, MAX_SUMMARY_LENGTH, type FieldErrors } from './review-fields.js';
import { touched, type ReviewPacket } from './review-packet.js';
import { checkAnswerSet, type ReviewTemplate } from './review-template.js';

export interface ManagerReviewInput {
  /** Given fields replace the saved ones; absent ones keep them. */
  readonly ratings?: Readonly<Record<string, number>> | undefined;
  readonly comments?: Readonly<Record<string, string>> | undefined;
  readonly summary?: string | undefined;
  readonly overallRating?: number | null | undefined;
}

/**
 * The cycle manager's review: per-competency ratings and comments, a summary and an overall rating
 * proposal. Submitting needs every competency rated and an overall rating; submitted is final.
 * Nothing here is derived from the OKR context: every number comes from the manager's input.
 */
export function writeManagerReview(packet: ReviewPacket, template: ReviewTemplate, input: ManagerReviewInput, by: string, submit: boolean, now: string): Result<ReviewPacket, 'PERF.VALIDATION' | 'PERF.ALREADY_SUBMITTED'> {
  const saved = packet.managerReview;
  if (saved?.submittedAt) return fail('PERF.ALREADY_SUBMITTED', 'The manager review is submitted already');
  const errors: FieldErrors = {};
  const ratings = checkAnswerSet(template, { answers: {}, ratings: input.ratings ?? saved?.ratings ?? {} }, submit ? { requiredAnswers: false, allRatings: true } : null);
  if (!ratings.ok) Object.assign(errors, ratings.details?.fields as FieldErrors);
  const comments: Record<string, string> = {};
  const competencyIds = new Set(template.competencies.map((c) => c.id));
  for (const [id, text] of Object.entries(input.comments ?? saved?.comments ?? {})) {
    if (!competencyIds.has(id)) errors[`comments.${id}`] = 'Not a competency of this review';
    else if (text.length > MAX_ANSWER_LENGTH) errors[`comments.${id}`] = `At most ${MAX_ANSWER_LENGTH} characters`;
    else if (text.trim().length > 0) comments[id] = text.trim();
  }
  const summary = (input.summary ?? saved?.summary ?? '').trim();
  if (summary.length > MAX_SUMMARY_LENGTH) errors.summary = `At most ${MAX_SUMMARY_LENGTH} characters`;
  const overallRating = input.overallRating !== undefined ? input.overallRating : (saved?.overallRating ?? null);
  if (overallRating !== null && !isOnScale(template.overallScale, overallRating)) errors.overallRating = 'Not a point on the overall rating scale';
  if (submit && overallRating === null) errors.overallRating ??= 'Propose an overall rating';
  if (Object.keys(errors).length > 0 || !ratings.ok) return invalid(errors);
  return ok(
    touched(packet, { managerReview: { authorId: by, ratings: ratings.value.ratings, comments, summary, overallRating, updatedAt: now, submittedAt: submit ? now : null } }, now),
  );
}
