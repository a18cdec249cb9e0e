import type { PerformanceDeps } from '../../../src/app/performance/performance-deps.js';
import { getPeerRequest } from '../../../src/app/performance/reviews/get-peer-request.js';
import { savePeerResponse, submitPeerResponse } from '../../../src/app/performance/reviews/peer-response-commands.js';
import type { PeerRequestView } from '../../../src/app/performance/reviews/review-views.js';
import type { PersonTurn } from '../../bot-services.js';
import type { AdaptiveCard } from '../../cards/card-kit.js';
import { conversationScope } from '../../turn-identity.js';
import { cardResponse, type ActionData, type VerbHandler } from '../../verbs/verb-kit.js';
import { peerClosedCard, peerRequestCard, peerSubmittedCard, reviewErrorCard, type ReviewCardContext, type ReviewFormOptions } from '../cards/review-cards.js';
import { reviewCardDataSchema, reviewInputsFrom, type ReviewCardData } from '../review-card-data.js';
import { performanceOf } from '../performance-services.js';

const NOT_FOUND_TITLE = 'Feedback request not found';
const NOT_FOUND_MESSAGE = 'This feedback request does not exist, or it was not sent to you.';

const contextOf = (turn: PersonTurn): ReviewCardContext => ({ reviewerId: turn.person.id, links: turn.services.links, userMri: turn.userMri });

/** The common checks of every review verb: deps wired, a personal chat, card data in shape. */
const reviewVerb =
  (run: (turn: PersonTurn, deps: PerformanceDeps, data: ReviewCardData, raw: ActionData) => Promise<AdaptiveCard>): VerbHandler =>
  async (turn, raw) => {
    const deps = performanceOf(turn.services);
    if (!deps) return cardResponse(reviewErrorCard('Reviews are not available', 'This Tandem bot was started without performance management.', 'PERF.UNAVAILABLE'));
    // Review feedback is confidential: it is given in the personal chat with Tandem only.
    if (conversationScope(turn.context.activity) !== 'personal') {
      return cardResponse(reviewErrorCard('Answer in your chat with Tandem', 'Review feedback is given in your personal chat with Tandem, never in a channel or group chat.', 'PERF.PERSONAL_CHAT_ONLY'));
    }
    const data = reviewCardDataSchema.safeParse(raw);
    if (!data.success) {
      turn.services.logger.warn({ personId: turn.person.id, issues: data.error.issues.map((i) => i.path.join('.')) }, 'review card data rejected');
      return cardResponse(reviewErrorCard('This card could not be read', 'Its data is incomplete or was changed on the way.', 'PERF.VALIDATION'));
    }
    return cardResponse(await run(turn, deps, data.data, raw));
  };

/** The card for a request as it stands: the form while it may be answered, else submitted or closed. */
export function cardForRequest(request: PeerRequestView, context: ReviewCardContext, options: ReviewFormOptions = {}): AdaptiveCard {
  if (request.status === 'submitted') return peerSubmittedCard(request, context);
  if (!request.canEdit) return peerClosedCard(request, context);
  return peerRequestCard(request, context, options);
}

async function currentCard(turn: PersonTurn, deps: PerformanceDeps, responseId: string, options: ReviewFormOptions = {}): Promise<AdaptiveCard> {
  const found = await getPeerRequest(deps, turn.request, responseId);
  if (!found.ok) return reviewErrorCard(NOT_FOUND_TITLE, NOT_FOUND_MESSAGE, found.code);
  return cardForRequest(found.value, contextOf(turn), options);
}

const fieldErrorsOf = (details: unknown): Record<string, string> => {
  const fields = (details as { fields?: unknown } | undefined)?.fields;
  return fields && typeof fields === 'object' ? Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
};

/**
 * Saves (draft) or submits the reviewer's answers through the same use cases as the API. The person
 * is the activity's; the response id from the card is re-checked by the use case and the policy, so a
 * card for someone else's request gets an error card and writes nothing. Inputs the card cannot send
 * come back on the form with their codes, and nothing is written.
 */
const write = (submit: boolean): VerbHandler =>
  reviewVerb(async (turn, deps, data, raw) => {
    const inputs = reviewInputsFrom(raw);
    if (Object.keys(inputs.fieldErrors).length > 0) {
      return currentCard(turn, deps, data.responseId, { typed: inputs.typed, fieldErrors: inputs.fieldErrors, problem: { message: 'Some answers could not be read', code: 'PERF.VALIDATION' } });
    }
    const command = submit ? submitPeerResponse : savePeerResponse;
    const written = await command(deps, turn.request, data.responseId, { answers: inputs.answers, ratings: inputs.ratings });
    const context = contextOf(turn);
    if (written.ok) return submit ? peerSubmittedCard(written.value, context) : peerRequestCard(written.value, context, { notice: 'Draft saved. Submit when it is ready; until then only you see it.' });
    switch (written.code) {
      case 'PERF.VALIDATION':
        return currentCard(turn, deps, data.responseId, { typed: inputs.typed, fieldErrors: fieldErrorsOf(written.details), problem: { message: written.message, code: written.code } });
      case 'PERF.ALREADY_SUBMITTED': {
        const found = await getPeerRequest(deps, turn.request, data.responseId);
        return found.ok ? peerSubmittedCard(found.value, context, { message: 'This feedback was submitted already; nothing was changed', code: written.code }) : reviewErrorCard(NOT_FOUND_TITLE, NOT_FOUND_MESSAGE, found.code);
      }
      case 'PERF.NOT_FOUND':
        return reviewErrorCard(NOT_FOUND_TITLE, NOT_FOUND_MESSAGE, written.code);
      default:
        return reviewErrorCard('Your feedback was not saved', written.message, written.code);
    }
  });

/** `review.respond`: submits the feedback (final). */
export const reviewRespond: VerbHandler = write(true);

/** `review.save`: saves a draft only the reviewer sees. */
export const reviewSave: VerbHandler = write(false);

/** `review.refresh`: the card's user-specific refresh, and a reminder's "Answer for …" button. */
export const reviewRefresh: VerbHandler = reviewVerb(async (turn, deps, data) => currentCard(turn, deps, data.responseId));
