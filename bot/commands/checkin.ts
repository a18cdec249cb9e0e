import { currentCheckInCard, newCardId } from '../checkin/checkin-flow.js';
import { sendCard, type CommandHandler } from './command-kit.js';

/** `checkin`: the check-in card, now. */
export const checkin: CommandHandler = async (turn) => {
  const { card } = await currentCheckInCard(turn.services, turn.request, newCardId(), null, turn.userMri);
  await sendCard(turn, card, 'Your weekly check-in');
};
