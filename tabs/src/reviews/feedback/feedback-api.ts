import type { ApiClient } from '../../api/api-client.js';
import type { AnswerOutcome } from '../../../../src/app/performance/feedback/answer-feedback-request.js';
import type { FeedbackRequestDetail, FeedbackRequestView, FeedbackView } from '../../../../src/app/performance/feedback/feedback-views.js';
import type { PraiseChannel } from '../../../../src/app/performance/feedback/list-praise-channels.js';
import type { FeedbackVisibility } from '../../../../src/domain/performance/feedback/feedback-item.js';

export type { FeedbackView, FeedbackRequestView, FeedbackResponseView, FeedbackRequestDetail } from '../../../../src/app/performance/feedback/feedback-views.js';
export type { AnswerOutcome, PraiseChannel, FeedbackVisibility };
export { MAX_INVITEES, MAX_QUESTIONS } from '../../../../src/domain/performance/feedback/feedback-request.js';
export { FEEDBACK_TEXT_MAX, QUESTION_TEXT_MAX } from '../../../../src/domain/performance/feedback/feedback-text.js';

export interface GiveInput {
  readonly recipientId: string;
  readonly visibility: FeedbackVisibility;
  readonly text: string;
  readonly teamId: string | null;
}

export interface RequestInput {
  readonly subjectId: string;
  readonly inviteeIds: readonly string[];
  readonly questions: readonly string[];
}

const id = encodeURIComponent;

/** The continuous-feedback API as the tab calls it. */
export function feedbackApi(api: ApiClient) {
  return {
    give: (input: GiveInput) => api.post<FeedbackView>('/feedback', input),
    channelsFor: (personId: string) => api.get<{ items: PraiseChannel[] }>(`/praise/channels?for=${id(personId)}`).then((r) => r.items),
    request: (input: RequestInput) => api.post<FeedbackRequestView>('/feedback-requests', input),
    detail: (requestId: string) => api.get<FeedbackRequestDetail>(`/feedback-requests/${id(requestId)}`),
    answer: (requestId: string, answers: Record<string, string>) => api.post<AnswerOutcome>(`/feedback-requests/${id(requestId)}/responses`, { answers }),
    close: (requestId: string) => api.post<FeedbackRequestView>(`/feedback-requests/${id(requestId)}/close`),
  };
}

/** Paged list endpoints (each answers `{ items, continuationToken? }`). */
export const feedbackLists = {
  received: '/feedback/received',
  given: '/feedback/given',
  praise: '/praise',
  praiseAbout: (personId: string) => `/praise?about=${id(personId)}`,
  waiting: '/feedback-requests?scope=asked-of-me',
  made: '/feedback-requests?scope=made',
  about: (personId: string) => `/people/${id(personId)}/feedback`,
  requestsAbout: (personId: string) => `/people/${id(personId)}/feedback-requests`,
};
