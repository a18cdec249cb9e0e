import { listMyActiveObjectives } from '../../src/app/okr/owned-key-results.js';
import { myOkrsCard } from '../cards/my-okrs-card.js';
import { sendCard, type CommandHandler } from './command-kit.js';

/** `okrs`: my OKRs this quarter as a card, with links into the tab. */
export const okrs: CommandHandler = async (turn) => {
  const cycles = await listMyActiveObjectives(turn.services.okr, turn.request);
  await sendCard(turn, myOkrsCard(turn.person, cycles, turn.services.links), 'Your OKRs');
};
