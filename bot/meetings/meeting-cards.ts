import type { SharedTalkingPoints } from '../../src/app/meetings/shared-talking-points.js';
import { card, container, heading, openUrl, subtle, text, type AdaptiveCard } from '../cards/card-kit.js';

const MAX_POINTS = 12;

const firstName = (name: string): string => name.split(' ')[0] ?? name;

/**
 * Posted in the meeting chat when a 1:1 starts: the shared talking points and open action items,
 * nothing else. Both people in the chat can see all of it already; private notes are never read into it.
 */
export function meetingAgendaCard(agenda: SharedTalkingPoints): AdaptiveCard {
  const name = (id: string) => (id === agenda.manager.id ? firstName(agenda.manager.displayName) : id === agenda.report.id ? firstName(agenda.report.displayName) : '');
  const shown = agenda.points.slice(0, MAX_POINTS);
  return card(
    [
      heading(`1:1 agenda: ${agenda.manager.displayName} and ${agenda.report.displayName}`),
      subtle('Shared talking points from Tandem. Private notes stay private: only their author sees them, in the side panel.'),
      shown.length === 0
        ? text('No talking points yet: add them in the Tandem side panel.', { spacing: 'Medium' })
        : container(
            shown.map((p) => text(`• ${p.text}${name(p.authorId) ? ` (${name(p.authorId)})` : ''}${p.carriedFromDate ? ` · carried over from ${p.carriedFromDate}` : ''}`, { spacing: 'Small' })),
            { spacing: 'Medium' },
          ),
      agenda.points.length > shown.length ? subtle(`and ${agenda.points.length - shown.length} more in the side panel`) : null,
      agenda.openActionItems.length > 0 ? text('Open action items', { weight: 'Bolder', spacing: 'Medium' }) : null,
      ...agenda.openActionItems.slice(0, MAX_POINTS).map((a) => text(`• ${a.text}${name(a.ownerId) ? ` (${name(a.ownerId)}${a.dueDate ? `, due ${a.dueDate}` : ''})` : ''}`, { spacing: 'Small' })),
    ],
    { fallbackText: `1:1 agenda: ${shown.map((p) => p.text).join('; ') || 'no talking points yet'}` },
  );
}

/** Sent to the manager alone, in personal chat, when the 1:1 ends. */
export function meetingFollowUpCard(input: { reportName: string; openPoints: number | null; link: string }): AdaptiveCard {
  return card(
    [
      heading(`Your 1:1 with ${input.reportName} has ended`),
      text('Record your notes and the action items you agreed while they are fresh. Shared notes are seen by both of you; private notes by you alone.'),
      input.openPoints !== null && input.openPoints > 0
        ? subtle(`${input.openPoints} talking point${input.openPoints === 1 ? ' is' : 's are'} still open: they move on to the next 1:1 when you complete this one.`, { spacing: 'Small' })
        : null,
    ],
    { actions: [openUrl('Open the 1:1 in Tandem', input.link)], fallbackText: `Your 1:1 with ${input.reportName} has ended: record notes and action items in Tandem.` },
  );
}
