/**
 * A small typed client over the Agents Playground's internal HTTP API and WebSocket streams, so tests
 * can drive a bot the way the Playground's web UI does, without a browser.
 *
 *   POST /_conversation/v1/conversations/:id/messages   a user message (always from the current user: see sendText)
 *   POST /_conversation/v1/invoke                        adaptiveCard/action (Action.Execute); answers the bot's invoke response
 *   POST /_conversation/v1/submit                        Action.Submit (a message activity with `value`)
 *   POST /_debug/conversation/:id/installation           install: installationUpdate(add) + conversationUpdate(membersAdded)
 *   GET  /_internal/v1/customActivities/template         a base activity for a conversation (type=install|uninstall|botAdded|...)
 *   POST /_internal/v1/customActivities                  any activity, posted to the bot as is
 *   GET  /_internal/v1/testConfig                        the loaded world (users, chats, team)
 *   WS   /_ws_conversation/v1/conversations/stream       what the current user sees: bot messages created/updated, typing
 *   WS   /_ws/log/stream                                 the Playground's log: every call the bot made to /_connector and
 *                                                        every activity the Playground sent to the bot, with responses
 *
 * WebSocket: Node 20 has a global WebSocket only with `--experimental-websocket` (the namespace runner
 * passes it); Node 22+ has it by default.
 */

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
export const INVOKE_MESSAGE = 'application/vnd.microsoft.activity.message';

export interface PlaygroundUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  readonly userPrincipleName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly email: string;
}

/** The world the Playground loaded from `.m365agentsplayground.yml` (GET /_internal/v1/testConfig). */
export interface PlaygroundWorld {
  readonly tenantId: string;
  readonly bot: { readonly id: string; readonly name: string };
  readonly currentUser: PlaygroundUser;
  /** currentUser first, then the five others. */
  readonly users: readonly PlaygroundUser[];
  readonly personalChatId: string;
  readonly groupChatId: string;
  readonly teamId: string;
  /** General (same id as the team) first. */
  readonly channelIds: readonly string[];
  readonly channelId: string;
}

export interface Attachment {
  readonly contentType: string;
  readonly content: unknown;
}

/** A bot message as the current user sees it. */
export interface BotMessage {
  readonly kind: 'created' | 'updated' | 'invokeResponse';
  /** Stream order (shared with typing events). */
  readonly seq: number;
  readonly conversationId: string;
  readonly messageId: string;
  readonly timestamp: number;
  readonly fromId: string;
  readonly text: string | undefined;
  readonly textFormat: string | undefined;
  readonly attachments: readonly Attachment[];
  readonly attachmentLayout: string | undefined;
  readonly suggestedActions: unknown;
  readonly raw: unknown;
}

export interface TypingEvent {
  readonly kind: 'typing';
  readonly seq: number;
  readonly conversationId: string;
}

export type StreamEvent = BotMessage | TypingEvent;

/** One entry of the Playground's log stream of kind "bot": an HTTP exchange between it and the bot. */
export interface ExchangeLog {
  readonly seq: number;
  /** 'bot-to-playground': the bot called /_connector (a reply, a proactive message, an update, a members query...).
   *  'playground-to-bot': the Playground posted an activity to the bot's endpoint. */
  readonly direction: 'bot-to-playground' | 'playground-to-bot';
  readonly conversationId: string | undefined;
  /** The activity type, or a connector operation name (getConversationMembers, createConversation...). */
  readonly activityName: string | undefined;
  readonly request: Record<string, any>;
  readonly statusCode: number;
  readonly response: unknown;
}

export interface InvokeResult {
  /** application/vnd.microsoft.card.adaptive, application/vnd.microsoft.activity.message or ...error. */
  readonly type: string;
  readonly value: unknown;
  /** The replacement card when the bot answered with one (the Playground swaps it into the message). */
  readonly card: AdaptiveCardJson | undefined;
}

export interface WaitOptions {
  /** Default 10 s. */
  readonly timeoutMs?: number;
  /** Only events after this cursor (from `cursor()`); default: any event, including past ones. */
  readonly after?: number;
}

export interface SendTextOptions {
  /** A person key ("arjun"), a Playground user id ("29:..."), an aadObjectId or an email. Default: the current user. */
  readonly as?: string;
  /** Default: the current user's personal chat. */
  readonly conversationId?: string;
  /** In group chats and channels the bot only hears @mentions: prepend `<at>Bot</at>` (default true there). */
  readonly mentionBot?: boolean;
  readonly textFormat?: 'plain' | 'markdown' | 'xml';
}

export interface CardActionOptions {
  /** The message id of the card (a BotMessage's messageId). */
  readonly messageId: string;
  readonly data?: Record<string, unknown>;
  readonly as?: string;
  /** Default: the conversation the card was seen in, else the personal chat. */
  readonly conversationId?: string;
}

export type AdaptiveCardJson = Record<string, any>;

export class PlaygroundApiError extends Error {
  override readonly name = 'PlaygroundApiError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method} ${path} -> ${status} ${body.slice(0, 1000)}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function requireWebSocket(): typeof WebSocket {
  const ctor = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
  if (!ctor) {
    throw new Error('No global WebSocket: on Node 20 run node with --experimental-websocket (runInNetworkNamespace does), or use Node 22+.');
  }
  return ctor;
}

async function openSocket(url: string, onMessage: (data: unknown) => void): Promise<WebSocket> {
  const WS = requireWebSocket();
  const ws = new WS(url);
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve(), { once: true });
    ws.addEventListener('error', () => reject(new Error(`WebSocket ${url} failed to open`)), { once: true });
  });
  ws.addEventListener('message', (event: MessageEvent) => {
    try {
      onMessage(JSON.parse(String(event.data)));
    } catch {
      /* not JSON: ignore */
    }
  });
  return ws;
}

/** Every TextBlock/RichText/FactSet/Input label text of a card, in order (for predicates and logs). */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'TextRun' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'FactSet' && Array.isArray(n.facts)) for (const f of n.facts as { title?: string; value?: string }[]) out.push(`${f.title ?? ''}: ${f.value ?? ''}`);
    if (typeof n.label === 'string' && String(n.type ?? '').startsWith('Input.')) out.push(n.label);
    for (const [key, value] of Object.entries(n)) if (key !== 'data' && typeof value === 'object') walk(value);
  };
  walk(card);
  return out;
}

export interface CardAction {
  readonly type: string;
  readonly title: string | undefined;
  readonly verb: string | undefined;
  readonly data: unknown;
  readonly id: string | undefined;
}

/** Every action of a card (card.actions, ActionSets, ShowCard sub-cards, selectActions), in order. */
export function cardActions(card: unknown): CardAction[] {
  const out: CardAction[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.type === 'string' && n.type.startsWith('Action.')) {
      out.push({ type: n.type, title: n.title as string | undefined, verb: n.verb as string | undefined, data: n.data, id: n.id as string | undefined });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'data' && typeof value === 'object') walk(value);
  };
  walk(card);
  return out;
}

/** The first Adaptive Card of a message, if any. */
export function adaptiveCardOf(message: Pick<BotMessage, 'attachments'> | undefined): AdaptiveCardJson | undefined {
  const a = message?.attachments.find((x) => x.contentType.toLowerCase() === ADAPTIVE_CARD);
  return a && a.content && typeof a.content === 'object' ? (a.content as AdaptiveCardJson) : undefined;
}

function newGuid(): string {
  return globalThis.crypto.randomUUID();
}

export class PlaygroundClient {
  /** All stream events (bot messages created/updated, invoke responses, typing), in arrival order. */
  readonly events: StreamEvent[] = [];
  /** Every bot <-> Playground HTTP exchange from the log stream, including chats the current user is not in. */
  readonly exchanges: ExchangeLog[] = [];
  /** Informational lines of the Playground's log stream (warnings such as "unsupported card feature"). */
  readonly logLines: string[] = [];
  private seq = 0;
  private readonly latest = new Map<string, BotMessage>();
  private readonly waiters = new Set<() => void>();
  private sockets: WebSocket[] = [];

  private constructor(
    readonly url: string,
    readonly world: PlaygroundWorld,
  ) {}

  /** Reads the loaded world and subscribes to both streams. Connect before acting: messages sent while no
   *  socket is connected are buffered by the Playground and flushed to the next socket that connects. */
  static async connect(url: string): Promise<PlaygroundClient> {
    const base = url.replace(/\/$/, '');
    const res = await fetch(`${base}/_internal/v1/testConfig`);
    if (!res.ok) throw new PlaygroundApiError('GET', '/_internal/v1/testConfig', res.status, await res.text());
    const { config, internalConfig } = (await res.json()) as { config: any; internalConfig: { channelId: string } };
    const world: PlaygroundWorld = {
      tenantId: config.tenantId,
      bot: config.bot,
      currentUser: config.currentUser,
      users: [config.currentUser, ...config.users],
      personalChatId: config.personalChat.id,
      groupChatId: config.groupChats[0].id,
      teamId: config.teams[0].id,
      channelIds: config.teams[0].channels.map((c: { id: string }) => c.id),
      channelId: internalConfig.channelId,
    };
    const client = new PlaygroundClient(base, world);
    const wsBase = base.replace(/^http/, 'ws');
    client.sockets = await Promise.all([
      openSocket(`${wsBase}/_ws_conversation/v1/conversations/stream`, (d) => client.onConversationEvent(d)),
      openSocket(`${wsBase}/_ws/log/stream`, (d) => client.onLogEvent(d)),
    ]);
    return client;
  }

  // ---- people and conversations

  get currentUser(): PlaygroundUser {
    return this.world.currentUser;
  }

  /** A user by person key ("arjun" = the email's local part), Playground id, aadObjectId or email. */
  user(ref: string): PlaygroundUser {
    const r = ref.toLowerCase();
    const found = this.world.users.find((u) => u.id.toLowerCase() === r || u.aadObjectId.toLowerCase() === r || u.email.toLowerCase() === r || u.email.toLowerCase().split('@')[0] === r);
    if (!found) throw new Error(`No Playground user "${ref}" (known: ${this.world.users.map((u) => u.email.split('@')[0]).join(', ')})`);
    return found;
  }

  private isPersonal(conversationId: string): boolean {
    return conversationId === this.world.personalChatId;
  }

  // ---- acting

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new PlaygroundApiError(method, path, res.status, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * Sends a text message. As the current user (default) it goes through the messages API, like the web
   * UI: shown in the UI, and the bot gets `from` = the current user. The Playground always sends user
   * messages from the current user, so `as` another user sends a message activity built from the
   * conversation's template with that user in `from` through the custom-activity API (not shown in the
   * UI). In group chats and channels the bot is @mentioned unless `mentionBot: false`.
   */
  async sendText(text: string, options: SendTextOptions = {}): Promise<{ messageId: string }> {
    const conversationId = options.conversationId ?? this.world.personalChatId;
    const from = options.as === undefined ? this.currentUser : this.user(options.as);
    const mention = options.mentionBot ?? !this.isPersonal(conversationId);
    const atText = `<at>${this.world.bot.name}</at>`;
    const fullText = mention ? `${atText} ${text}` : text;
    if (from.id === this.currentUser.id) {
      const body: Record<string, unknown> = { from: { id: from.id }, text: fullText, textFormat: options.textFormat ?? 'plain' };
      if (mention) body.mentions = [{ mentioned: { id: this.world.bot.id }, text: atText }];
      const res = await this.call<{ messageId: string; postConversationId?: string }>('POST', `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, body);
      return { messageId: res.messageId };
    }
    const template = await this.customActivityTemplate(undefined, conversationId);
    const activity: Record<string, any> = {
      ...template,
      type: 'message',
      id: newGuid(),
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
      text: fullText,
      textFormat: options.textFormat ?? 'plain',
      locale: 'en-US',
      channelData: { ...(template.channelData ?? {}), tenant: { id: this.world.tenantId } },
      entities: mention ? [{ type: 'mention', mentioned: { id: this.world.bot.id, name: this.world.bot.name }, text: atText }] : [],
    };
    await this.sendCustomActivity(activity);
    return { messageId: activity.id as string };
  }

  private conversationOf(messageId: string, explicit?: string): string {
    return explicit ?? this.latest.get(messageId)?.conversationId ?? this.world.personalChatId;
  }

  /**
   * Clicks an Action.Execute: posts an `adaptiveCard/action` invoke (value `{ action: { type, title, verb, data } }`)
   * replying to the card's message and returns the bot's invoke response. When the bot answers with a
   * card, the Playground swaps it into the message (no stream event: the UI re-renders from this
   * response); the client records it as an `invokeResponse` event so `message(id)` shows the new card.
   */
  async executeAction(options: CardActionOptions & { readonly verb: string; readonly title?: string; readonly extra?: Record<string, unknown> }): Promise<InvokeResult> {
    const conversationId = this.conversationOf(options.messageId, options.conversationId);
    const from = options.as === undefined ? this.currentUser : this.user(options.as);
    // Exactly what the Playground's web UI sends (Teams also adds `trigger: 'manual'`; pass it in `extra` if a test needs it).
    const value = { action: { type: 'Action.Execute', ...(options.title ? { title: options.title } : {}), verb: options.verb, data: options.data ?? {} }, ...(options.extra ?? {}) };
    const res = await this.call<{ type: string; value: unknown }>('POST', '/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      value,
      from: { id: from.id },
      conversation: { id: conversationId },
      replyToId: options.messageId,
    });
    const card = res.type === ADAPTIVE_CARD && res.value && typeof res.value === 'object' ? (res.value as AdaptiveCardJson) : undefined;
    if (card) {
      const before = this.latest.get(options.messageId);
      this.record({
        kind: 'invokeResponse',
        conversationId,
        messageId: options.messageId,
        timestamp: Date.now(),
        fromId: this.world.bot.id,
        text: before?.text,
        textFormat: before?.textFormat,
        attachments: [{ contentType: ADAPTIVE_CARD, content: card }],
        attachmentLayout: before?.attachmentLayout,
        suggestedActions: undefined,
        raw: res,
      });
    }
    return { type: res.type, value: res.value, card };
  }

  /** Clicks an Action.Submit: the bot gets a message activity with `value` = data and `replyToId` = the card's message. */
  async submitAction(options: CardActionOptions): Promise<void> {
    const conversationId = this.conversationOf(options.messageId, options.conversationId);
    const from = options.as === undefined ? this.currentUser : this.user(options.as);
    await this.call('POST', '/_conversation/v1/submit', { conversation: { id: conversationId }, from: { id: from.id }, replyToId: options.messageId, value: options.data ?? {} });
  }

  /**
   * What the web UI does when a conversation is first opened: the bot gets installationUpdate (add),
   * on msteams only, then conversationUpdate (membersAdded), both from the current user.
   */
  async install(conversationId = this.world.personalChatId): Promise<void> {
    await this.call('POST', `/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
  }

  /** The base activity the Playground would send in a conversation; type: install, uninstall, botAdded, userAdded,
   *  botRemoved, userRemoved, channelCreated, channelRenamed, channelDeleted, teamRenamed, teamDeleted, ... */
  async customActivityTemplate(type?: string, conversationId = this.world.personalChatId): Promise<Record<string, any>> {
    const q = new URLSearchParams({ conversationId, ...(type ? { type } : {}) });
    return this.call('GET', `/_internal/v1/customActivities/template?${q}`);
  }

  /** Posts any activity to the bot as is. Fire-and-forget on the Playground's side (200 at once; errors only in its log). */
  async sendCustomActivity(activity: Record<string, unknown>): Promise<void> {
    await this.call('POST', '/_internal/v1/customActivities', activity);
  }

  /** Template + overrides + send, e.g. `sendActivity('uninstall')` or `sendActivity('botAdded', {}, groupChatId)`. */
  async sendActivity(type: string, overrides: Record<string, unknown> = {}, conversationId = this.world.personalChatId): Promise<Record<string, any>> {
    const activity = { ...(await this.customActivityTemplate(type, conversationId)), ...overrides };
    await this.sendCustomActivity(activity);
    return activity;
  }

  // ---- observing

  /** A cursor for `waitFor*({ after })`: only what arrives from now on. */
  cursor(): number {
    return this.seq;
  }

  /** The latest state of a bot message (after updates and invoke responses). */
  message(messageId: string): BotMessage | undefined {
    return this.latest.get(messageId);
  }

  /** Bot messages (latest state) in a conversation, oldest first. */
  messagesIn(conversationId = this.world.personalChatId): BotMessage[] {
    return [...this.latest.values()].filter((m) => m.conversationId === conversationId);
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private record(event: Omit<BotMessage, 'seq'> | Omit<TypingEvent, 'seq'>): void {
    const withSeq = { ...event, seq: ++this.seq } as StreamEvent;
    this.events.push(withSeq);
    if (withSeq.kind !== 'typing') this.latest.set(withSeq.messageId, withSeq);
    this.notify();
  }

  private onConversationEvent(data: unknown): void {
    const d = data as { action?: string; actionConversationId?: string; message?: Record<string, any> };
    if (d.action === 'typing') return this.record({ kind: 'typing', conversationId: d.actionConversationId ?? '' });
    if ((d.action !== 'createMessage' && d.action !== 'updateMessage') || !d.message) return;
    const m = d.message;
    this.record({
      kind: d.action === 'createMessage' ? 'created' : 'updated',
      // A message that starts a channel post is reported on the channel with postConversationId set.
      conversationId: d.actionConversationId ?? '',
      messageId: m.messageId,
      timestamp: m.timestamp,
      fromId: m.from?.id,
      text: m.text ?? undefined,
      textFormat: m.textFormat ?? undefined,
      attachments: Array.isArray(m.attachments) ? m.attachments : [],
      attachmentLayout: m.attachmentLayout,
      suggestedActions: m.suggestedActions,
      raw: d,
    });
  }

  private onLogEvent(data: unknown): void {
    const d = data as { logAction?: string; log?: Record<string, any> };
    const log = d.log;
    if (!log) return;
    if (log.type === 'bot') {
      this.exchanges.push({
        seq: ++this.seq,
        direction: log.from === 'User Application' ? 'bot-to-playground' : 'playground-to-bot',
        conversationId: log.conversationId,
        activityName: log.activityName,
        request: log.request?.body ?? {},
        statusCode: log.response?.statusCode,
        response: log.response?.body,
      });
      this.notify();
    } else if (typeof log.displayText === 'string') {
      this.logLines.push(`${log.level ?? 'info'}: ${log.displayText}`);
    }
  }

  private async waitUntil<T>(find: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const found = find();
    if (found !== undefined) return found;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const hit = find();
        if (hit !== undefined) {
          cleanup();
          resolve(hit);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  private recent(): string {
    const msgs = this.events.slice(-8).map((e) => (e.kind === 'typing' ? `#${e.seq} typing` : `#${e.seq} ${e.kind} ${e.messageId} text=${JSON.stringify(e.text)} cards=${e.attachments.length} ${JSON.stringify(cardTexts(adaptiveCardOf(e))).slice(0, 200)}`));
    const ex = this.exchanges.slice(-6).map((x) => `#${x.seq} ${x.direction} ${x.activityName} ${x.statusCode} ${JSON.stringify(x.request).slice(0, 160)}`);
    return `\n  recent stream events:\n    ${msgs.join('\n    ') || '(none)'}\n  recent exchanges:\n    ${ex.join('\n    ') || '(none)'}\n  log: ${this.logLines.slice(-5).join(' | ')}`;
  }

  /** The first stream event (after `after`) matching the predicate. */
  waitFor(predicate: (e: StreamEvent) => boolean, options: WaitOptions = {}): Promise<StreamEvent> {
    const after = options.after ?? 0;
    return this.waitUntil(() => this.events.find((e) => e.seq > after && predicate(e)), options.timeoutMs ?? 10_000, () => `a matching stream event${this.recent()}`);
  }

  /**
   * The first bot message (created, updated or replaced by an invoke response, after `after`) that
   * matches: a predicate, or `{ text, card, conversationId, kind }` where text/card are a substring or
   * RegExp tested on the message text / the card's texts.
   */
  waitForMessage(
    match: ((m: BotMessage) => boolean) | { text?: string | RegExp; card?: string | RegExp; conversationId?: string; kind?: BotMessage['kind'] },
    options: WaitOptions = {},
  ): Promise<BotMessage> {
    const test = (pattern: string | RegExp, s: string) => (typeof pattern === 'string' ? s.includes(pattern) : pattern.test(s));
    const predicate =
      typeof match === 'function'
        ? match
        : (m: BotMessage) =>
            (match.kind === undefined || m.kind === match.kind) &&
            (match.conversationId === undefined || m.conversationId === match.conversationId) &&
            (match.text === undefined || test(match.text, m.text ?? '')) &&
            (match.card === undefined || (adaptiveCardOf(m) !== undefined && test(match.card, cardTexts(adaptiveCardOf(m)).join('\n'))));
    const after = options.after ?? 0;
    return this.waitUntil(
      () => this.events.find((e): e is BotMessage => e.seq > after && e.kind !== 'typing' && predicate(e)),
      options.timeoutMs ?? 10_000,
      () => `a bot message matching ${typeof match === 'function' ? 'the predicate' : JSON.stringify(match, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}${this.recent()}`,
    );
  }

  /** The first bot <-> Playground exchange (after `after`) matching the predicate: see what the bot received or sent. */
  waitForExchange(predicate: (x: ExchangeLog) => boolean, options: WaitOptions = {}): Promise<ExchangeLog> {
    const after = options.after ?? 0;
    return this.waitUntil(() => this.exchanges.find((x) => x.seq > after && predicate(x)), options.timeoutMs ?? 10_000, () => `a matching exchange${this.recent()}`);
  }

  /** Resolves once nothing new arrived for `quietMs` (default 300 ms). */
  async settle(quietMs = 300, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = this.seq;
    for (;;) {
      await sleep(quietMs);
      if (this.seq === last || Date.now() > deadline) return;
      last = this.seq;
    }
  }

  async close(): Promise<void> {
    await Promise.all(
      this.sockets.map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) return resolve();
            ws.addEventListener('close', () => resolve(), { once: true });
            ws.close();
            setTimeout(resolve, 1000);
          }),
      ),
    );
    this.sockets = [];
  }
}
