import { answerFeedbackRequest } from '../../../src/app/performance/feedback/answer-feedback-request.js';
import type { PersonTurn } from '../../bot-services.js';
import type { AdaptiveCard } from '../../cards/card-kit.js';
import { conversationScope } from '../../turn-identity.js';
import { cardResponse, type ActionData, type VerbHandler } from '../../verbs/verb-kit.js';
import { feedbackClosedCard, feedbackErrorCard, feedbackRequestCard, feedbackThanksCard } from '../cards/feedback-cards.js';
import { answersFrom, feedbackCardDataSchema, type FeedbackCardData } from '../feedback-card-data.js';
import { loadFeedbackCardContext } from '../feedback-card-context.js';
import { performanceOf } from '../performance-services.js';
import type { PerformanceDeps } from '../../../src/app/performance/performance-deps.js';

const NOT_FOUND_MESSAGE = 'This feedback request does not exist, or it was not sent to you.';

/** The common checks of every feedback verb: deps wired, a personal chat, card data in shape. */
const feedbackVerb =
  (run: (turn: PersonTurn, deps: PerformanceDeps, data: FeedbackCardData, raw: ActionData) => Promise<AdaptiveCard>): VerbHandler =>
  async (turn, raw) => {
    const deps = performanceOf(turn.services);
    if (!deps) return cardResponse(feedbackErrorCard('Feedback is not available', 'This Tandem bot was started without performance management.', 'PERF.UNAVAILABLE'));
    // Answers are confidential: they are taken in the personal chat with Tandem only.
    if (conversationScope(turn.context.activity) !== 'personal') {
      return cardResponse(feedbackErrorCard('Answer in your chat with Tandem', 'Feedback is given in your personal chat with Tandem, never in a channel or group chat.', 'PERF.PERSONAL_CHAT_ONLY'));
    }
    const data = feedbackCardDataSchema.safeParse(raw);
    if (!data.success) {
      turn.services.logger.warn({ personId: turn.person.id, issues: data.error.issues.map((i) => i.path.join('.')) }, 'feedback card data rejected');
      return cardResponse(feedbackErrorCard('This card could not be read', 'Its data is incomplete or was changed on the way.', 'PERF.VALIDATION'));
    }
    return cardResponse(await run(turn, deps, data.data, raw));
  };

/** The card for the request as it stands for this invitee: the form, their answers, or closed. */
async function currentCard(turn: PersonTurn, deps: PerformanceDeps, requestId: string, view: 'form' | 'answers', extra: Parameters<typeof feedbackRequestCard>[1] = {}): Promise<AdaptiveCard> {
  const context = await loadFeedbackCardContext(deps, turn.request, requestId, turn.services.links, turn.userMri);
  if (!context.ok) return feedbackErrorCard('Feedback request not found', NOT_FOUND_MESSAGE, context.code);
  const { request, myResponse } = context.value.detail;
  if (request.status === 'closed') return feedbackClosedCard(context.value);
  return view === 'answers' && myResponse ? feedbackThanksCard(context.value, false) : feedbackRequestCard(context.value, extra);
}

/**
 * `feedback.respond`: records the invitee's answers through the same use case as the API. The person
 * is the activity's; the request id from the card is re-checked by the use case and the policy, so a
 * card for someone else's request gets an error card and writes nothing.
 */
export const feedbackRespond: VerbHandler = feedbackVerb(async (turn, deps, data, raw) => {
  const answers = answersFrom(raw);
  if (answers === null) return feedbackErrorCard('This card could not be read', 'Its answers are not what the card sends.', 'PERF.VALIDATION');
  const answered = await answerFeedbackRequest(deps, turn.request, data.requestId, answers);
  if (answered.ok) {
    const context = await loadFeedbackCardContext(deps, turn.request, data.requestId, turn.services.links, turn.userMri);
    return context.ok ? feedbackThanksCard(context.value, answered.value.updated) : feedbackErrorCard('Saved', 'Your feedback is saved, but the card could not be refreshed.', context.code);
  }
  switch (answered.code) {
    case 'PERF.VALIDATION':
      return currentCard(turn, deps, data.requestId, 'form', { typed: answers, problem: { message: answered.message, code: answered.code } });
    case 'PERF.REQUEST_CLOSED':
      return currentCard(turn, deps, data.requestId, 'form');
    case 'PERF.NOT_FOUND':
      return feedbackErrorCard('Feedback request not found', NOT_FOUND_MESSAGE, answered.code);
    default:
      return feedbackErrorCard('Your feedback was not saved', answered.message, answered.code);
  }
});

/** `feedback.refresh`: the card's user-specific refresh, and "Change my answers" (mode edit). */
export const feedbackRefresh: VerbHandler = feedbackVerb(async (turn, deps, data) => currentCard(turn, deps, data.requestId, data.mode === 'edit' ? 'form' : 'answers'));
