import { BOT_COMMANDS } from '../bot-commands.js';
import type { TabLinks } from '../tab-links.js';
import { card, commandButton, facts, heading, openUrl, subtle, text, type AdaptiveCard } from './card-kit.js';

const commandFacts = () => facts(BOT_COMMANDS.map((c) => [c.title, c.description] as const));

const shortcuts = (links: TabLinks) => [commandButton('Check in now', 'checkin'), commandButton('My OKRs', 'okrs'), commandButton('Reminder settings', 'settings'), openUrl('Open Tandem', links.my())];

/** Sent once when someone installs Tandem in personal chat: what the bot does and its commands. */
export function welcomeCard(name: string | null, links: TabLinks): AdaptiveCard {
  return card(
    [
      heading(name ? `Welcome to Tandem, ${name}` : 'Welcome to Tandem'),
      text('I help you keep your OKRs moving without leaving Teams.'),
      text(
        '- Once a week I send you a **check-in card** for the key results you own: update the numbers, your confidence and a note right in the chat.\n' +
          '- Managers get a short **weekly digest**: who checked in, what is at risk, what has gone quiet.\n' +
          '- Mention me in a team channel and I post the **team\'s OKR summary**.',
      ),
      text('Type one of these any time:', { weight: 'Bolder', spacing: 'Medium' }),
      commandFacts(),
      subtle('Going on holiday? Type "pause 2w" and I stay quiet until you are back.', { spacing: 'Medium' }),
    ],
    { actions: shortcuts(links), fallbackText: 'Welcome to Tandem. Type help to see what I can do.' },
  );
}

/** The answer to `help` and to anything the bot does not understand. */
export function helpCard(links: TabLinks, notUnderstood: string | null = null): AdaptiveCard {
  return card(
    [
      notUnderstood !== null ? text(`I did not understand "${notUnderstood.slice(0, 80)}".`, { color: 'Warning' }) : null,
      heading('What I can do'),
      commandFacts(),
      subtle('In a team channel, mention me (@Tandem) for the team\'s OKR summary; add a team name to pick another team.', { spacing: 'Medium' }),
    ],
    { actions: shortcuts(links), fallbackText: 'Commands: help, okrs, checkin, pause, resume, settings.' },
  );
}

/** Posted when Tandem is added to a team or group chat. */
export function teamWelcomeCard(scope: 'team' | 'groupChat', links: TabLinks): AdaptiveCard {
  return card(
    [
      heading('Tandem is here'),
      text(
        scope === 'team'
          ? 'Mention me (@Tandem) in this channel and I post the team\'s OKR summary: objectives, progress against the quarter and what is at risk.'
          : 'Mention me (@Tandem) with a team name, e.g. "@Tandem Platform", and I post that team\'s OKR summary here.',
      ),
      subtle('Check-ins and reminders happen in your 1:1 chat with Tandem.'),
    ],
    { actions: [openUrl('Open the board', links.board())] },
  );
}
