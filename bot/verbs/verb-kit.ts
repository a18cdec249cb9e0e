import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { PersonTurn } from '../bot-services.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/card-kit.js';

/** What a card action sent: the action's data with the inputs merged in, exactly as the client sent it (untrusted). */
export type ActionData = Readonly<Record<string, unknown>>;

/** One card verb's handler. It runs for a person resolved from the verified activity. */
export type VerbHandler = (turn: PersonTurn, data: ActionData) => Promise<AdaptiveCardInvokeResponse>;

/** The answer to an `adaptiveCard/action` invoke: the card that replaces the one acted on. */
export const cardResponse = (value: AdaptiveCard): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: ADAPTIVE_CARD_CONTENT_TYPE,
  value: value as unknown as AdaptiveCardInvokeResponse['value'],
});
