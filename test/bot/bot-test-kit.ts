import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { TestAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { CONTOSO, FABRIKAM, demoPersonId, type DemoTenant } from '../../src/app/demo/demo-org.js';
import { createLogger } from '../../src/logger.js';
import { CosmosConversationReferences } from '../../src/store/goals/cosmos-conversation-references.js';
import { CosmosNotificationSettings } from '../../src/store/goals/cosmos-notification-settings.js';
import { createBot, type Bot } from '../../bot/create-bot.js';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';

export { CONTOSO, FABRIKAM };

/**
 * botbuilder's TestAdapter without the gap DESIGN §7 mentions: it continues conversations
 * (proactive sends), records card updates, and hands back what the bot sent during one activity.
 */
export class ProactiveTestAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];

  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true);
    await this.runMiddleware(this.createContext(activity), logic);
  }

  override async continueConversationAsync(_botAppIdOrIdentity: unknown, reference: Partial<ConversationReference>, logic: unknown, maybeLogic?: unknown): Promise<void> {
    const run = (typeof logic === 'function' ? logic : maybeLogic) as (context: TurnContext) => Promise<void>;
    await this.continueConversation(reference, run);
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    this.updates.push(activity);
    await super.updateActivity(context, activity);
  }

  /** Everything the bot sent so far that nobody took yet. */
  drain(): Partial<Activity>[] {
    return this.activeQueue.splice(0, this.activeQueue.length);
  }
}

export interface TeamsUser {
  readonly key: string;
  readonly tenant: DemoTenant;
  readonly aadObjectId: string;
}

export const user = (key: string, tenant: DemoTenant = CONTOSO): TeamsUser => ({ key, tenant, aadObjectId: demoPersonId(tenant, key) });

const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
export const BOT_ACCOUNT = { id: '28:tandem-bot', name: 'Tandem' };

/** The personal-chat conversation id Teams would give this user. */
export const personalConversationId = (u: TeamsUser): string => `a:personal-${u.aadObjectId}`;

interface Where {
  /** Override the conversation's tenant (forgery tests). */
  readonly tenantId?: string;
  readonly scope?: 'personal' | 'team' | 'groupChat';
  readonly teamId?: string;
  readonly teamName?: string;
  readonly conversationId?: string;
}

/** A Teams-shaped activity from a user, in their personal chat unless told otherwise. */
export function activityFrom(u: TeamsUser, fields: Partial<Activity>, where: Where = {}): Partial<Activity> {
  const tenantId = where.tenantId ?? u.tenant.tenantId;
  const scope = where.scope ?? 'personal';
  const conversationId =
    where.conversationId ?? (scope === 'personal' ? personalConversationId(u) : scope === 'team' ? `19:general-${where.teamId ?? 'team'}@thread.tacv2` : `19:group-chat@thread.v2`);
  return {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    id: randomUUID(),
    timestamp: new Date(),
    from: { id: `29:${u.aadObjectId}`, aadObjectId: u.aadObjectId, name: u.key } as Activity['from'],
    recipient: BOT_ACCOUNT as Activity['recipient'],
    conversation: {
      id: conversationId,
      conversationType: scope === 'team' ? 'channel' : scope,
      tenantId,
      isGroup: scope !== 'personal',
    } as Activity['conversation'],
    channelData: {
      tenant: { id: tenantId },
      ...(scope === 'team' ? { team: { id: where.teamId ?? '19:team@thread.tacv2', name: where.teamName ?? 'Some team' }, channel: { id: conversationId } } : {}),
    },
    ...fields,
  };
}

export const message = (u: TeamsUser, text: string, where: Where = {}): Partial<Activity> => activityFrom(u, { type: 'message', text }, where);

/** An @mention of the bot in a channel: "<at>Tandem</at> text" with its mention entity. */
export const mention = (u: TeamsUser, text: string, where: Where = {}): Partial<Activity> =>
  activityFrom(
    u,
    {
      type: 'message',
      text: `<at>Tandem</at> ${text}`.trim(),
      entities: [{ type: 'mention', text: '<at>Tandem</at>', mentioned: BOT_ACCOUNT }],
    },
    { scope: 'team', ...where },
  );

/** An `adaptiveCard/action` invoke, as Teams sends for Action.Execute and card refresh. */
export const invoke = (u: TeamsUser, verb: string, data: Record<string, unknown>, where: Where = {}): Partial<Activity> =>
  activityFrom(u, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }, where);

export const installActivity = (u: TeamsUser, action: 'add' | 'remove', where: Where = {}): Partial<Activity> => activityFrom(u, { type: 'installationUpdate', action }, where);

export const membersAdded = (u: TeamsUser, where: Where = {}): Partial<Activity> => activityFrom(u, { type: 'conversationUpdate', membersAdded: [BOT_ACCOUNT] }, where);

export interface BotFixture {
  readonly t: TestTandem;
  readonly built: Bot;
  readonly adapter: ProactiveTestAdapter;
  readonly conversations: CosmosConversationReferences;
  readonly settings: CosmosNotificationSettings;
  /** Runs one activity through the bot and returns what it sent. */
  deliver(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Runs an invoke and returns the invoke response ({ status, body }). */
  invoke(activity: Partial<Activity>): Promise<{ status: number; body: any; elapsedMs: number }>;
  close(): Promise<void>;
}

export async function startBotFixture(): Promise<BotFixture> {
  const t = await startTestTandem();
  const container = t.directoryContainer();
  const conversations = new CosmosConversationReferences(container);
  const settings = new CosmosNotificationSettings(container, () => t.clock.now());
  const built = createBot({
    mode: 'local',
    botAppId: null,
    okr: t.tandem.okr,
    conversations,
    settings,
    tabBaseUrl: `${t.url}/`,
    logger: createLogger('silent'),
  });
  const adapter = new ProactiveTestAdapter();
  const deliver = async (activity: Partial<Activity>) => {
    adapter.drain();
    await adapter.processActivity(activity, (context) => built.bot.run(context));
    return adapter.drain();
  };
  return {
    t,
    built,
    adapter,
    conversations,
    settings,
    deliver,
    invoke: async (activity) => {
      const started = performance.now();
      const sent = await deliver(activity);
      const elapsedMs = performance.now() - started;
      const response = sent.find((a) => a.type === 'invokeResponse');
      assert.ok(response, `no invoke response; the bot sent ${JSON.stringify(sent.map((a) => a.type))}`);
      return { ...(response.value as { status: number; body: any }), elapsedMs };
    },
    close: () => t.close(),
  };
}

/** The Adaptive Card of a sent message (first attachment). */
export function cardOf(activity: Partial<Activity> | Readonly<Record<string, unknown>> | null | undefined): any {
  assert.ok(activity, 'expected a message');
  const attachment = (activity as Partial<Activity>).attachments?.[0];
  assert.ok(attachment, `expected a card, got ${JSON.stringify(activity).slice(0, 300)}`);
  assert.equal(attachment.contentType, 'application/vnd.microsoft.card.adaptive');
  return attachment.content;
}

/** Every element of a card body, depth first (containers, column sets). */
export function elements(card: any): any[] {
  const out: any[] = [];
  const walk = (items: any[] | undefined) => {
    for (const item of items ?? []) {
      out.push(item);
      walk(item.items);
      for (const column of item.columns ?? []) walk(column.items);
    }
  };
  walk(card.body);
  return out;
}

/** All text a card shows (text blocks and facts), for "does it say X" assertions. */
export function cardText(card: any): string {
  return elements(card)
    .flatMap((e) => [e.text, ...(e.facts ?? []).flatMap((f: any) => [f.title, f.value]), e.label])
    .filter((s) => typeof s === 'string')
    .join('\n');
}

export const inputsOf = (card: any): any[] => elements(card).filter((e) => typeof e.type === 'string' && e.type.startsWith('Input.'));

export const actionOf = (card: any, verb: string): any => {
  const action = (card.actions ?? []).find((a: any) => a.verb === verb);
  assert.ok(action, `card has no ${verb} action`);
  return action;
};

/** What a client sends for Action.Execute: the action's data with the inputs merged in. */
export function submitData(card: any, verb: string, inputs: Record<string, unknown> = {}): Record<string, unknown> {
  const action = actionOf(card, verb);
  const values: Record<string, unknown> = {};
  if (action.associatedInputs !== 'none') {
    for (const input of inputsOf(card)) if (input.value !== undefined) values[input.id] = typeof input.value === 'number' ? String(input.value) : input.value;
  }
  return { ...values, ...inputs, ...action.data };
}
