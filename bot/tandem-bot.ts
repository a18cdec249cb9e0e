import { ActivityTypes, TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue } from 'botbuilder';
import type { Person } from '../src/domain/people/person.js';
import type { BotServices, PersonTurn } from './bot-services.js';
import { cardMessage, type AdaptiveCard } from './cards/card-kit.js';
import { errorCard } from './cards/error-card.js';
import { helpCard, teamWelcomeCard, welcomeCard } from './cards/help-card.js';
import { COMMAND_TABLE, matchCommand } from './command-table.js';
import { teamSummary } from './commands/team-summary.js';
import { forgetConversation, rememberConversation } from './conversation-tracking.js';
import { activityIdentity, conversationScope, resolvePerson } from './turn-identity.js';
import { verbHandler } from './verb-table.js';
import { cardResponse, type ActionData } from './verbs/verb-kit.js';

export const FRIENDLY_ERROR = 'Sorry, something went wrong on my side. Please try again in a minute.';
export const UNKNOWN_PERSON = "I can't find you in Tandem's directory yet. If you just joined, try again tomorrow; otherwise ask your Tandem admin.";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tandem's Teams bot. Every handler takes the person from the verified activity (`from.aadObjectId`
 * in the activity's tenant), never from card data, and goes through the OKR use cases, which check
 * access again. Commands come from bot/command-table.ts, card actions from bot/verb-table.ts.
 */
export class TandemBot extends TeamsActivityHandler {
  constructor(private readonly services: BotServices) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.handleInstall(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.handleUninstall(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (botId && context.activity.membersAdded?.some((m) => m.id === botId)) await this.handleInstall(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (botId && context.activity.membersRemoved?.some((m) => m.id === botId)) await this.handleUninstall(context);
      await next();
    });
  }

  /** Runs a turn; an error is logged and answered with a friendly message instead of failing the request. */
  override async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
    } catch (error) {
      this.services.logger.error({ err: error, type: context.activity.type, name: context.activity.name }, 'bot turn failed');
      await replyWithFriendlyError(context, this.services);
    }
  }

  private async turnFor(context: TurnContext): Promise<PersonTurn | null> {
    const person: Person | null = await resolvePerson(this.services.okr.directory, context.activity);
    if (!person) {
      const identity = activityIdentity(context.activity);
      this.services.logger.info({ tenantId: identity?.tenantId ?? null, hasAadObjectId: Boolean(identity) }, 'bot activity from someone not in the directory');
      return null;
    }
    const mri = context.activity.from?.id;
    return { context, person, request: { actor: person }, services: this.services, userMri: mri && mri !== person.id ? mri : null };
  }

  private async handleInstall(context: TurnContext): Promise<void> {
    const scope = conversationScope(context.activity);
    const { isNew, saved } = await rememberConversation(this.services, context);
    this.services.logger.info({ scope, saved, isNew }, 'bot installed');
    if (!isNew) return;
    if (scope === 'personal') {
      const person = await resolvePerson(this.services.okr.directory, context.activity);
      const name = person ? (person.displayName.split(' ')[0] ?? person.displayName) : null;
      await context.sendActivity(cardMessage(welcomeCard(name, this.services.links), 'Welcome to Tandem'));
    } else {
      await context.sendActivity(cardMessage(teamWelcomeCard(scope, this.services.links), 'Tandem is here'));
    }
  }

  private async handleUninstall(context: TurnContext): Promise<void> {
    const done = await forgetConversation(this.services, context);
    this.services.logger.info({ scope: conversationScope(context.activity), done }, 'bot uninstalled');
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const scope = conversationScope(context.activity);
    if (scope === 'personal') await rememberConversation(this.services, context, { onlyIfChanged: true });
    const value: unknown = context.activity.value;
    if (isRecord(value) && !context.activity.text?.trim()) {
      await this.handleSubmit(context, value);
      return;
    }
    const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text?.trim() ?? '';
    const turn = await this.turnFor(context);
    if (!turn) {
      await context.sendActivity(UNKNOWN_PERSON);
      return;
    }
    if (scope !== 'personal') {
      await teamSummary(turn, text);
      return;
    }
    const matched = matchCommand(text);
    if (!matched) {
      await context.sendActivity(cardMessage(helpCard(this.services.links, text.length > 0 ? text : null), 'What Tandem can do'));
      return;
    }
    await COMMAND_TABLE[matched.command](turn, matched.args);
  }

  /**
   * An Action.Submit from a host that does not send Action.Execute as an invoke: the same verb
   * table, and the resulting card replaces the one acted on (or follows it, if it cannot be updated).
   */
  private async handleSubmit(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const command = typeof value.command === 'string' ? matchCommand(value.command) : null;
    const action = isRecord(value.action) ? value.action : null;
    const verb = value.verb ?? action?.verb;
    const data: ActionData = isRecord(action?.data) ? { ...value, ...action.data } : value;
    const turn = await this.turnFor(context);
    if (!turn) {
      await context.sendActivity(UNKNOWN_PERSON);
      return;
    }
    if (command && verb === undefined) {
      await COMMAND_TABLE[command.command](turn, command.args);
      return;
    }
    const handler = verbHandler(verb);
    const answer = handler ? await handler(turn, data) : cardResponse(unknownActionCard(this.services));
    await replaceCard(context, answer.value as unknown as AdaptiveCard, this.services);
  }

  /** `adaptiveCard/action` invokes (Action.Execute and refresh): one verb, one handler, a card back within the invoke. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb;
    const handler = verbHandler(verb);
    if (!handler) {
      this.services.logger.warn({ verb: typeof verb === 'string' ? verb.slice(0, 40) : null }, 'unknown card verb');
      return cardResponse(unknownActionCard(this.services));
    }
    try {
      const turn = await this.turnFor(context);
      if (!turn) return cardResponse(errorCard('Who are you?', UNKNOWN_PERSON, { hint: 'Nothing was saved.' }));
      const data = isRecord(invokeValue.action.data) ? invokeValue.action.data : {};
      return await handler(turn, data);
    } catch (error) {
      this.services.logger.error({ err: error, verb }, 'card action failed');
      return cardResponse(errorCard('Something went wrong', FRIENDLY_ERROR, { links: this.services.links, hint: 'If you submitted a check-in, open My OKRs to see whether it was saved.' }));
    }
  }
}

const unknownActionCard = (services: BotServices): AdaptiveCard =>
  errorCard('This button is not supported', 'This card comes from an older version of Tandem.', { links: services.links, retry: { title: 'Get a fresh card', command: 'checkin' } });

/** Replaces the card a submit came from; posts the new card when the original cannot be updated. */
async function replaceCard(context: TurnContext, value: AdaptiveCard, services: BotServices): Promise<void> {
  const message = cardMessage(value, 'Tandem');
  const replyToId = context.activity.replyToId;
  if (replyToId) {
    try {
      await context.updateActivity({ ...message, id: replyToId });
      return;
    } catch (error) {
      services.logger.info({ err: error }, 'could not update the submitted card; posting a new one');
    }
  }
  await context.sendActivity(message);
}

/** The answer to a failed turn: a short apology in chat (invokes get their error card from the handler). */
export async function replyWithFriendlyError(context: TurnContext, services: Pick<BotServices, 'logger'>): Promise<void> {
  if (context.activity.type !== ActivityTypes.Message && context.activity.type !== ActivityTypes.ConversationUpdate && context.activity.type !== ActivityTypes.InstallationUpdate) return;
  try {
    await context.sendActivity(FRIENDLY_ERROR);
  } catch (error) {
    services.logger.warn({ err: error }, 'could not send the error message either');
  }
}
