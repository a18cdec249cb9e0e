import type { StoredConversation } from './conversation-references.js';

/** The outcome of one proactive send, as the send pipeline needs it to decide what comes next. */
export type SendOutcome =
  | { readonly ok: true; readonly activityId: string | null }
  | { readonly ok: false; readonly status: number; readonly retryAfterMs: number | null; readonly message: string };

/** A message to post, in Bot Framework activity JSON (text and/or attachments such as Adaptive Cards). */
export type OutgoingMessage = Readonly<Record<string, unknown>>;

/** Sends into an existing conversation. The real one uses CloudAdapter.continueConversationAsync. */
export interface ProactiveSender {
  send(conversation: StoredConversation, message: OutgoingMessage): Promise<SendOutcome>;
}
