import type { FeedbackItem } from '../feedback/feedback-item.js';
import type { FeedbackRequest } from '../feedback/feedback-request.js';
import type { FeedbackResponse } from '../feedback/feedback-response.js';
import { ERASED_PERSON_ID, REMOVED_TEXT } from './erasure-markers.js';

/**
 * Feedback or praise the erased person gave someone else: it stays in the recipient's record (and
 * in feedback counts), without its words and without its author. Null when already so.
 */
export const feedbackOfErasedAuthor = (item: FeedbackItem): FeedbackItem | null =>
  item.authorId === ERASED_PERSON_ID && item.text === REMOVED_TEXT ? null : { ...item, authorId: ERASED_PERSON_ID, text: REMOVED_TEXT };

/**
 * A request about someone else after erasing `personId`: if they asked it, their questions' words
 * and their id go (the answers stay with the subject's record); if they were asked, they leave the
 * invitee list (their answer is deleted). Null when it does not involve them.
 */
export function requestWithoutPerson(request: FeedbackRequest, personId: string): FeedbackRequest | null {
  const asked = request.requesterId === personId;
  const invited = request.inviteeIds.includes(personId);
  if (!asked && !invited) return null;
  return {
    ...request,
    requesterId: asked ? ERASED_PERSON_ID : request.requesterId,
    questions: asked ? request.questions.map((q) => ({ ...q, text: REMOVED_TEXT })) : request.questions,
    inviteeIds: request.inviteeIds.filter((id) => id !== personId),
  };
}

/** An answer to a request the erased person asked: it no longer names them as the requester. */
export const responseWithoutRequester = (response: FeedbackResponse, personId: string): FeedbackResponse | null =>
  response.requesterId === personId ? { ...response, requesterId: ERASED_PERSON_ID } : null;
