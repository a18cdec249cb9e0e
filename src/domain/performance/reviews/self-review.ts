import { fail, ok, type Result } from '../../shared/result.js';
import { touched, type ReviewPacket } from './review-packet.js';
import { checkAnswerSet, type ReviewTemplate } from './review-template.js';

export interface AnswerInput {
  /** Given maps replace the saved ones whole; absent ones keep them. */
  readonly answers?: Readonly<Record<string, string>> | undefined;
  readonly ratings?: Readonly<Record<string, number>> | undefined;
}

/**
 * Saves the subject's self review as a draft or submits it. Submitting needs every required
 * question answered and every competency rated; a submitted self review is final.
 */
export function writeSelfReview(packet: ReviewPacket, template: ReviewTemplate, input: AnswerInput, submit: boolean, now: string): Result<ReviewPacket, 'PERF.VALIDATION' | 'PERF.ALREADY_SUBMITTED'> {
  const saved = packet.selfReview;
  if (saved?.submittedAt) return fail('PERF.ALREADY_SUBMITTED', 'The self review is submitted already');
  const checked = checkAnswerSet(
    template,
    { answers: input.answers ?? saved?.answers ?? {}, ratings: input.ratings ?? saved?.ratings ?? {} },
    submit ? { requiredAnswers: true, allRatings: true } : null,
  );
  if (!checked.ok) return checked;
  return ok(touched(packet, { selfReview: { ...checked.value, updatedAt: now, submittedAt: submit ? now : null } }, now));
}
