import type { DocumentKind } from '../document-kinds.js';
import { ok, type Result } from '../../shared/result.js';
import { cleanText, FEEDBACK_TEXT_MAX } from './feedback-text.js';
import { invalid } from './feedback-validation.js';

/**
 * Who sees a piece of feedback. `private`: the recipient, their manager chain, HR and the author.
 * `manager-only`: the recipient's manager chain, HR and the author, never the recipient.
 * `praise`: everyone in the tenant (and, if asked, a channel of one of the recipient's teams).
 */
export const FEEDBACK_VISIBILITIES = ['private', 'manager-only', 'praise'] as const;
export type FeedbackVisibility = (typeof FEEDBACK_VISIBILITIES)[number];

/** The policy's document kind for each visibility. */
export const KIND_OF: Record<FeedbackVisibility, DocumentKind> = {
  private: 'feedback-private',
  'manager-only': 'feedback-manager-only',
  praise: 'praise',
};

/** One piece of feedback (or praise) given by an author to a recipient, the subject it is about. */
export interface FeedbackItem {
  readonly tenantId: string;
  readonly id: string;
  /** The recipient: the person the feedback is about. */
  readonly subjectId: string;
  readonly authorId: string;
  readonly visibility: FeedbackVisibility;
  readonly text: string;
  readonly createdAt: string;
  /** Praise only: the team whose channel the bot posts it to; null when not posted. */
  readonly channelTeamId: string | null;
}

export interface NewFeedback {
  readonly tenantId: string;
  readonly id: string;
  readonly subjectId: string;
  readonly authorId: string;
  readonly visibility: FeedbackVisibility;
  readonly text: string;
  readonly createdAt: string;
  readonly channelTeamId?: string | null;
}

/** A new piece of feedback, or the rule it breaks: not to yourself, some text, channel posts for praise only. */
export function createFeedbackItem(input: NewFeedback): Result<FeedbackItem, 'PERF.VALIDATION'> {
  if (input.subjectId === input.authorId) return invalid('feedback.to-self', 'recipientId', 'You cannot give feedback to yourself');
  const text = cleanText(input.text);
  if (text.length === 0) return invalid('feedback.empty', 'text', 'Write something');
  if (text.length > FEEDBACK_TEXT_MAX) return invalid('feedback.too-long', 'text', `Keep it under ${FEEDBACK_TEXT_MAX} characters`);
  const channelTeamId = input.channelTeamId ?? null;
  if (channelTeamId !== null && input.visibility !== 'praise') {
    return invalid('feedback.channel-not-praise', 'teamId', 'Only praise can be posted to a channel; feedback stays confidential');
  }
  return ok({
    tenantId: input.tenantId,
    id: input.id,
    subjectId: input.subjectId,
    authorId: input.authorId,
    visibility: input.visibility,
    text,
    createdAt: input.createdAt,
    channelTeamId,
  });
}
