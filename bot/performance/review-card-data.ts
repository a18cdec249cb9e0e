import { z } from 'zod';
import { MAX_ANSWER_LENGTH } from '../../src/domain/performance/reviews/review-fields.js';

/** The input ids of a peer request card: one rating per competency, one answer per question. */
export const ratingInputId = (competencyId: string): string => `rating_${competencyId}`;
export const reviewAnswerInputId = (questionId: string): string => `answer_${questionId}`;
const RATING_INPUT = /^rating_([a-z0-9-]{1,60})$/;
const ANSWER_INPUT = /^answer_([a-z0-9-]{1,60})$/;
const RATING_VALUE = /^\d{1,2}$/;

/**
 * What a peer request card carries: the response id, nothing else (the client echoes it, so the use
 * case re-checks it against the store and the policy). Who answers comes from the activity.
 */
export const reviewCardDataSchema = z.object({
  responseId: z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.pr[A-Za-z0-9_-]+$/),
});
export type ReviewCardData = z.infer<typeof reviewCardDataSchema>;

export interface ReviewCardInputs {
  readonly answers: Record<string, string>;
  readonly ratings: Record<string, number>;
  /** Inputs that are not what the card sends, by the field path the API uses ("ratings.craft"). */
  readonly fieldErrors: Record<string, string>;
  /** What was typed, by input id, to show again on the form. */
  readonly typed: Record<string, string>;
}

/**
 * The answers and ratings typed into the card. An empty choice means "not rated" (a peer may not
 * have seen every competency). Values the card cannot send (a rating that is not a number, an answer
 * that is not text) are field errors, and nothing is written.
 */
export function reviewInputsFrom(data: Readonly<Record<string, unknown>>): ReviewCardInputs {
  const answers: Record<string, string> = {};
  const ratings: Record<string, number> = {};
  const fieldErrors: Record<string, string> = {};
  const typed: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const rating = RATING_INPUT.exec(key);
    const answer = ANSWER_INPUT.exec(key);
    if (!rating && !answer) continue;
    if (typeof value !== 'string') {
      fieldErrors[rating ? `ratings.${rating[1]}` : `answers.${answer![1]}`] = rating ? 'Choose a point on the scale' : 'Not text';
      continue;
    }
    typed[key] = value.slice(0, MAX_ANSWER_LENGTH * 2);
    if (rating) {
      if (value.trim() === '') continue;
      if (RATING_VALUE.test(value.trim())) ratings[rating[1]!] = Number(value.trim());
      else fieldErrors[`ratings.${rating[1]}`] = 'Choose a point on the scale';
    } else if (value.length > MAX_ANSWER_LENGTH * 2) {
      fieldErrors[`answers.${answer![1]}`] = `At most ${MAX_ANSWER_LENGTH} characters`;
    } else {
      answers[answer![1]!] = value;
    }
  }
  return { answers, ratings, fieldErrors, typed };
}
