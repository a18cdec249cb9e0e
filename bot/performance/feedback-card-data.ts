import { z } from 'zod';
import { MAX_QUESTIONS } from '../../src/domain/performance/feedback/feedback-request.js';
import { FEEDBACK_TEXT_MAX } from '../../src/domain/performance/feedback/feedback-text.js';

/** The input id of a question's answer on the card. */
export const answerInputId = (questionId: string): string => `answer_${questionId}`;
const ANSWER_INPUT = /^answer_(q\d{1,2})$/;

/**
 * What a feedback card carries: the request id, nothing else (the client echoes it, so it is checked
 * again and re-checked against the store and the policy). Who answers comes from the activity.
 */
export const feedbackCardDataSchema = z.object({
  requestId: z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/),
  /** A refresh asking for the form again, to change earlier answers. */
  mode: z.enum(['edit']).optional(),
});
export type FeedbackCardData = z.infer<typeof feedbackCardDataSchema>;

/** The answers typed into the card, by question id; null when the inputs are not what the card sends. */
export function answersFrom(data: Readonly<Record<string, unknown>>): Record<string, string> | null {
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const match = ANSWER_INPUT.exec(key);
    if (!match) continue;
    if (typeof value !== 'string' || value.length > FEEDBACK_TEXT_MAX * 2) return null;
    answers[match[1]!] = value;
  }
  return Object.keys(answers).length <= MAX_QUESTIONS ? answers : null;
}
