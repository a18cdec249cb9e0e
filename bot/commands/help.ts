import { helpCard } from '../cards/help-card.js';
import { sendCard, type CommandHandler } from './command-kit.js';

/** `help`: what the bot does and its commands. */
export const help: CommandHandler = (turn) => sendCard(turn, helpCard(turn.services.links), 'What Tandem can do');
