/**
 * A tiny bot for the Playground harness self-test: botbuilder's CloudAdapter with no app id (inbound
 * auth off, as in local mode), on 127.0.0.1.
 *
 * - "card"                 -> an Adaptive Card counter with Action.Execute (verb "increment") and Action.Submit
 * - any other text         -> "echo: <text>"
 * - Action.Execute         -> invoke response: the counter card with count + 1 (replaces the card)
 * - Action.Submit          -> updates the card's message in place (updateActivity) and replies "submitted: <json>"
 * - installationUpdate add -> "Thanks for installing the harness bot"
 * Every activity it receives is kept (for assertions), and the conversation reference of each
 * conversation, for `sendProactive`.
 */
import type { Server } from 'node:http';
import express from 'express';
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationReference,
} from 'botbuilder';

export function counterCard(count: number, title = 'Harness counter'): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: `Count: ${count}`, wrap: true },
      { type: 'FactSet', facts: [{ title: 'Objective', value: 'Ship the Playground harness' }, { title: 'Progress', value: `${Math.min(100, count * 25)}%` }] },
    ],
    actions: [
      { type: 'Action.Execute', title: 'Add one', verb: 'increment', data: { count } },
      { type: 'Action.Submit', title: 'Reset', data: { action: 'reset' } },
    ],
  };
}

class EchoBot extends ActivityHandler {
  readonly received: Partial<Activity>[] = [];
  readonly references = new Map<string, Partial<ConversationReference>>();

  constructor() {
    super();
    this.onTurn(async (context, next) => {
      this.received.push(JSON.parse(JSON.stringify(context.activity)) as Partial<Activity>);
      this.references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
      await next();
    });
    this.onMessage(async (context, next) => {
      const activity = context.activity;
      if (activity.value && typeof activity.value === 'object') {
        if (activity.replyToId) {
          await context.updateActivity({ type: 'message', id: activity.replyToId, attachments: [CardFactory.adaptiveCard(counterCard(0, 'Harness counter (reset)'))] });
        }
        await context.sendActivity(`submitted: ${JSON.stringify(activity.value)}`);
      } else {
        const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
        if (text === 'card') await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(counterCard(0))));
        else await context.sendActivity(`echo: ${text}`);
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await context.sendActivity('Thanks for installing the harness bot');
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(_context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    if (invokeValue.action.verb !== 'increment') return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: `unknown verb ${invokeValue.action.verb}` } as never };
    const data = (invokeValue.action.data ?? {}) as { count?: number };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: counterCard(Number(data.count ?? 0) + 1) };
  }
}

export interface RunningEchoBot {
  readonly endpoint: string;
  readonly received: Partial<Activity>[];
  readonly references: Map<string, Partial<ConversationReference>>;
  /** Sends a proactive message through the stored reference (its serviceUrl is the Playground's /_connector). */
  sendProactive(conversationId: string, text: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export async function startEchoBot(): Promise<RunningEchoBot> {
  // No MicrosoftAppId: inbound requests are not authenticated and outbound calls carry no token.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const errors: unknown[] = [];
  adapter.onTurnError = async (context, error) => {
    errors.push(error);
    process.stderr.write(`echo bot turn error: ${error instanceof Error ? error.stack : String(error)}\n`);
    await context.sendActivity('echo bot error').catch(() => undefined);
  };
  const bot = new EchoBot();
  const app = express();
  app.use(express.json());
  app.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('echo bot: no port');
  return {
    endpoint: `http://127.0.0.1:${address.port}/api/messages`,
    received: bot.received,
    references: bot.references,
    sendProactive: async (conversationId, text) => {
      const reference = bot.references.get(conversationId);
      if (!reference) throw new Error(`echo bot: no conversation reference for ${conversationId}`);
      let id: string | undefined;
      await adapter.continueConversationAsync('', reference, async (context) => {
        id = (await context.sendActivity(text))?.id;
      });
      return id;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
