import type { PolicyDocument } from '../relationships.js';
import type { FeedbackItem } from './feedback-item.js';
import type { FeedbackRequest } from './feedback-request.js';
import type { FeedbackResponse } from './feedback-response.js';

/** What the access policy needs of each feedback document: facts stored with it, never taken from a client. */
export type FeedbackFacts = PolicyDocument & { readonly id: string };

export const itemFacts = (item: FeedbackItem): FeedbackFacts => ({ id: item.id, tenantId: item.tenantId, subjectId: item.subjectId, authorId: item.authorId });

export const requestFacts = (request: FeedbackRequest): FeedbackFacts => ({
  id: request.id,
  tenantId: request.tenantId,
  subjectId: request.subjectId,
  requesterId: request.requesterId,
  inviteeIds: request.inviteeIds,
});

/** A response is judged with its request's facts too: the invitee list decides who may write one. */
export const responseFacts = (
  response: Pick<FeedbackResponse, 'id' | 'tenantId' | 'subjectId' | 'authorId' | 'requesterId'>,
  request: Pick<FeedbackRequest, 'inviteeIds'>,
): FeedbackFacts => ({
  id: response.id,
  tenantId: response.tenantId,
  subjectId: response.subjectId,
  authorId: response.authorId,
  requesterId: response.requesterId,
  inviteeIds: request.inviteeIds,
});
