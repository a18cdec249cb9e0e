import type { TeamsActivityHandler, TurnContext } from 'botbuilder';
import type { SharedTalkingPointsReader } from '../../src/app/meetings/shared-talking-points.js';
import type { BotServices } from '../bot-services.js';
import { cardMessage } from '../cards/card-kit.js';
import { createCloudAdapterSender, type ContinueConversationAdapter } from '../cloud-adapter-sender.js';
import { rememberConversation } from '../conversation-tracking.js';
import { activityTenantId, conversationScope } from '../turn-identity.js';
import { meetingAgendaCard, meetingFollowUpCard } from './meeting-cards.js';
import { oneOnOneLink } from './meeting-links.js';
import { meetingPairOf, teamsChatMembers, type ChatMembers } from './meeting-pair-from-chat.js';

/** What the meeting handlers need beyond the bot's services: a narrow reader of the pair's shared agenda. */
export interface MeetingEventOptions {
  /** Built in the composition root on performance management's use cases; absent: no agenda card. */
  readonly talkingPoints?: SharedTalkingPointsReader;
  /** The bot's app id, for the proactive message to the manager (empty locally). */
  readonly botAppId: string;
  /** Who is in the meeting chat; default Teams' member list (tests give their own). */
  readonly chatMembers?: ChatMembers;
}

export type MeetingEventOutcome =
  | 'agenda-posted'
  | 'follow-up-sent'
  | 'not-a-meeting-chat'
  | 'not-a-one-on-one'
  | 'no-agenda-reader'
  | 'agenda-unavailable'
  | 'manager-not-reachable'
  | 'send-failed';

/** The pair a meeting event is about, from the chat's members and the directory (never from the event's text). */
async function pairOfTurn(services: BotServices, options: MeetingEventOptions, context: TurnContext) {
  const tenantId = activityTenantId(context.activity);
  if (!tenantId || conversationScope(context.activity) !== 'groupChat') return { tenantId, pair: null, outcome: 'not-a-meeting-chat' as const };
  const members = await (options.chatMembers ?? teamsChatMembers)(context);
  const pair = await meetingPairOf(services.okr.directory, tenantId, members);
  return { tenantId, pair, outcome: pair ? null : ('not-a-one-on-one' as const) };
}

/** Meeting start: in a 1:1's meeting chat, the shared talking points, nothing private. */
export async function onMeetingStart(services: BotServices, options: MeetingEventOptions, context: TurnContext): Promise<MeetingEventOutcome> {
  // The meeting chat's reference lets the tab ask Teams about this meeting's participants later.
  if (conversationScope(context.activity) === 'groupChat') await rememberConversation(services, context, { onlyIfChanged: true });
  const { pair, outcome } = await pairOfTurn(services, options, context);
  if (!pair) return outcome ?? 'not-a-one-on-one';
  if (!options.talkingPoints) return 'no-agenda-reader';
  const agenda = await options.talkingPoints(pair.manager, pair.report.id);
  if (!agenda.ok) {
    services.logger.warn({ code: agenda.code }, 'meeting start: the 1:1 agenda could not be read');
    return 'agenda-unavailable';
  }
  await context.sendActivity(cardMessage(meetingAgendaCard(agenda.value), '1:1 agenda'));
  return 'agenda-posted';
}

/** Meeting end: the manager, in personal chat only, is asked to record notes and action items. */
export async function onMeetingEnd(services: BotServices, options: MeetingEventOptions, context: TurnContext): Promise<MeetingEventOutcome> {
  const { tenantId, pair, outcome } = await pairOfTurn(services, options, context);
  if (!pair || !tenantId) return outcome ?? 'not-a-one-on-one';
  const personal = await services.conversations.get(tenantId, 'personal', pair.manager.id);
  if (!personal || personal.uninstalledAt !== null) {
    services.logger.info({ tenantId }, 'meeting end: the manager has no personal chat with Tandem');
    return 'manager-not-reachable';
  }
  let openPoints: number | null = null;
  if (options.talkingPoints) {
    const agenda = await options.talkingPoints(pair.manager, pair.report.id);
    openPoints = agenda.ok ? agenda.value.points.length : null;
  }
  const message = cardMessage(meetingFollowUpCard({ reportName: pair.report.displayName, openPoints, link: oneOnOneLink(services.links, pair.report.id) }), 'Record your 1:1 notes');
  const sent = await createCloudAdapterSender(context.adapter as unknown as ContinueConversationAdapter, options.botAppId).send(personal, message);
  if (!sent.ok) {
    services.logger.warn({ status: sent.status }, 'meeting end: the follow-up could not be sent');
    return 'send-failed';
  }
  return 'follow-up-sent';
}

/** Registers the meeting start and end handlers (Teams sends them where the app is in the meeting). */
export function registerMeetingHandlers(bot: TeamsActivityHandler, services: BotServices, options: MeetingEventOptions): void {
  bot.onTeamsMeetingStartEvent(async (_meeting, context, next) => {
    const outcome = await onMeetingStart(services, options, context);
    services.logger.info({ outcome }, 'meeting started');
    await next();
  });
  bot.onTeamsMeetingEndEvent(async (_meeting, context, next) => {
    const outcome = await onMeetingEnd(services, options, context);
    services.logger.info({ outcome }, 'meeting ended');
    await next();
  });
}
