import type { PersonTurn } from '../bot-services.js';
import { cardMessage, type AdaptiveCard } from '../cards/card-kit.js';

/** One personal-chat command. `args` is what followed the command word, trimmed. */
export type CommandHandler = (turn: PersonTurn, args: string) => Promise<void>;

export const sendCard = async (turn: PersonTurn, value: AdaptiveCard, summary: string): Promise<void> => {
  await turn.context.sendActivity(cardMessage(value, summary));
};
