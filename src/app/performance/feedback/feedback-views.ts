import type { FeedbackItem, FeedbackVisibility } from '../../../domain/performance/feedback/feedback-item.js';
import type { FeedbackQuestion, FeedbackRequestStatus } from '../../../domain/performance/feedback/feedback-request.js';
import type { FeedbackAnswer, FeedbackResponse } from '../../../domain/performance/feedback/feedback-response.js';

/** A piece of feedback or praise as the API shows it. Continuous feedback is attributed: the author is named. */
export interface FeedbackView {
  readonly id: string;
  readonly visibility: FeedbackVisibility;
  readonly subjectId: string;
  readonly authorId: string;
  readonly text: string;
  readonly createdAt: string;
  readonly channelTeamId: string | null;
}

/**
 * A feedback request as one viewer may see it. Who was asked and who answered are shown to those who
 * may read the answers (the requester, the subject's manager chain, HR); an invitee sees only their
 * own part, and the subject of someone else's request sees neither.
 */
export interface FeedbackRequestView {
  readonly id: string;
  readonly subjectId: string;
  readonly requesterId: string;
  readonly questions: readonly FeedbackQuestion[];
  readonly status: FeedbackRequestStatus;
  readonly createdAt: string;
  readonly closedAt: string | null;
  /** Everyone asked, or only the viewer when they were asked and may not see the rest; empty otherwise. */
  readonly inviteeIds: readonly string[];
  /** Who answered so far; null when the viewer may not read the answers. */
  readonly answeredInviteeIds: readonly string[] | null;
  /** Whether the viewer answered; null when the viewer was not asked. */
  readonly answeredByMe: boolean | null;
  readonly canAnswer: boolean;
  readonly canClose: boolean;
}

export interface FeedbackResponseView {
  readonly id: string;
  readonly requestId: string;
  readonly authorId: string;
  readonly answers: readonly FeedbackAnswer[];
  readonly submittedAt: string;
  readonly updatedAt: string;
}

export interface FeedbackRequestDetail {
  readonly request: FeedbackRequestView;
  /** The answers the viewer may read (their own included). */
  readonly responses: readonly FeedbackResponseView[];
  readonly myResponse: FeedbackResponseView | null;
}

export interface PageView<T> {
  readonly items: readonly T[];
  readonly continuationToken?: string;
}

export const toFeedbackView = (item: FeedbackItem): FeedbackView => ({
  id: item.id,
  visibility: item.visibility,
  subjectId: item.subjectId,
  authorId: item.authorId,
  text: item.text,
  createdAt: item.createdAt,
  channelTeamId: item.channelTeamId,
});

export const toResponseView = (response: FeedbackResponse): FeedbackResponseView => ({
  id: response.id,
  requestId: response.requestId,
  authorId: response.authorId,
  answers: response.answers,
  submittedAt: response.submittedAt,
  updatedAt: response.updatedAt,
});

export const pageView = <T>(items: readonly T[], continuationToken: string | undefined): PageView<T> =>
  continuationToken ? { items, continuationToken } : { items };
