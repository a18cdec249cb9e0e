import type { IncomingMessage } from 'node:http';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { FederatedServiceClientCredentialsFactory } from 'botframework-connector';
import type { Logger } from 'pino';
import type { OkrDeps } from '../src/app/okr/okr-deps.js';
import type { PerformanceDeps } from '../src/app/performance/performance-deps.js';
import type { ConversationReferences } from '../src/app/ports/conversation-references.js';
import type { NotificationComposer } from '../src/app/ports/notification-composer.js';
import type { NotificationSettingsRepository } from '../src/app/ports/notification-settings.js';
import type { ProactiveSender } from '../src/app/ports/proactive-sender.js';
import type { BotServices } from './bot-services.js';
import { createCloudAdapterSender } from './cloud-adapter-sender.js';
import { createNotificationComposer } from './notification-composer.js';
import type { WithPerformance } from './performance/performance-services.js';
import { registerMeetingHandlers, type MeetingEventOptions } from './meetings/meeting-events.js';
import { createTabLinks } from './tab-links.js';
import { replyWithFriendlyError, TandemBot } from './tandem-bot.js';
import { activityTenantId } from './turn-identity.js';

export interface CreateBotOptions {
  readonly mode: 'local' | 'azure';
  /** The bot's Entra app id. Null only in local mode: inbound auth is then off (the Agents Playground). */
  readonly botAppId: string | null;
  /** The bot app's tenant (SingleTenant); required in azure mode. */
  readonly botTenantId?: string;
  /** Activities from any other tenant are refused before a handler runs. Required in azure mode. */
  readonly allowedTenantIds?: readonly string[];
  readonly okr: OkrDeps;
  /** Performance management (feedback request cards and their verbs); without it those verbs answer "not available". */
  readonly performance?: PerformanceDeps;
  readonly conversations: ConversationReferences;
  readonly settings: NotificationSettingsRepository;
  /** Where the tab is served, e.g. https://tandem.example.com/ (local: http://127.0.0.1:3978/). */
  readonly tabBaseUrl: string;
  /** The Teams app id (manifest id): card links become Teams deep links into the personal app. */
  readonly teamsAppId?: string;
  /**
   * Azure mode: client id of the managed identity the bot app trusts through a federated identity
   * credential (docs/deploy.md step 2). The bot authenticates outbound with it; no secret exists.
   */
  readonly botIdentityClientId?: string;
  /** Largest request body read when no body parser ran (default 256 KB; Teams activities are far smaller). */
  readonly maxBodyBytes?: number;
  readonly logger: Logger;
  /** Meeting start and end events: the pair's shared agenda reader (built on performance management in server.ts) and, for tests, the chat roster. */
  readonly meetings?: Omit<MeetingEventOptions, 'botAppId'>;
}

export interface BotRequest {
  readonly method?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

export interface BotResponse {
  status(code: number): unknown;
  send(body?: unknown): unknown;
  end(): unknown;
  header(name: string, value: string): unknown;
  readonly headersSent?: boolean;
}

export interface Bot {
  readonly adapter: CloudAdapter;
  /** Express handler for POST /api/messages. Parses the body itself when no JSON parser ran. */
  readonly handle: (req: BotRequest, res: BotResponse) => Promise<void>;
  readonly sender: ProactiveSender;
  readonly composer: NotificationComposer;
  /** The activity handler (tests drive it through a TestAdapter). */
  readonly bot: TandemBot;
}

const DEFAULT_MAX_BODY = 256 * 1024;

class BodyTooLarge extends Error {}

async function readJsonBody(req: BotRequest, limit: number): Promise<unknown> {
  if (req.body !== undefined && req.body !== null && typeof req.body === 'object' && !Buffer.isBuffer(req.body)) return req.body;
  if (Buffer.isBuffer(req.body)) return JSON.parse(req.body.toString('utf8'));
  if (typeof req.body === 'string') return JSON.parse(req.body);
  const stream = req as unknown as IncomingMessage;
  if (typeof stream.on !== 'function') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Whether an activity comes from an allowed tenant. No allow-list (local mode) allows every tenant. */
export function tenantAllowed(activity: Parameters<typeof activityTenantId>[0], allowed: readonly string[] | undefined): boolean {
  if (allowed === undefined) return true;
  const tenantId = activityTenantId(activity);
  return tenantId !== null && allowed.some((t) => t.toLowerCase() === tenantId.toLowerCase());
}

function authenticationFor(options: CreateBotOptions): ConfigurationBotFrameworkAuthentication {
  if (options.mode === 'local') {
    if (options.botAppId === null || options.botAppId === '') {
      // No app id: botbuilder validates nothing. The Agents Playground sends unauthenticated activities.
      return new ConfigurationBotFrameworkAuthentication({});
    }
    return new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: options.botAppId, MicrosoftAppType: 'MultiTenant' });
  }
  if (!options.botAppId) throw new Error('createBot: azure mode needs the bot app id (an empty app id turns inbound authentication off)');
  if (!options.botTenantId) throw new Error('createBot: azure mode needs the bot tenant id (SingleTenant)');
  if (!options.allowedTenantIds || options.allowedTenantIds.length === 0) throw new Error('createBot: azure mode needs a tenant allow-list');
  if (!options.botIdentityClientId) throw new Error('createBot: azure mode needs botIdentityClientId, the managed identity the bot app federates to');
  const credentials = new FederatedServiceClientCredentialsFactory(options.botAppId, options.botIdentityClientId, options.botTenantId);
  return new ConfigurationBotFrameworkAuthentication(
    { MicrosoftAppId: options.botAppId, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: options.botTenantId },
    credentials,
  );
}

/**
 * Builds the bot: a CloudAdapter (tokens validated in azure mode: app id, SingleTenant, tenant
 * allow-list), the Tandem activity handler, the proactive sender and the notification composer.
 */
export function createBot(options: CreateBotOptions): Bot {
  const { logger } = options;
  const log = logger.child({ component: 'bot' });
  const adapter = new CloudAdapter(authenticationFor(options));
  const links = createTabLinks(options.tabBaseUrl, options.teamsAppId);
  const services: BotServices & Partial<WithPerformance> = {
    okr: options.okr,
    conversations: options.conversations,
    settings: options.settings,
    links,
    logger: log,
    ...(options.performance ? { performance: options.performance } : {}),
  };
  const bot = new TandemBot(services);
  registerMeetingHandlers(bot, services, { ...options.meetings, botAppId: options.botAppId ?? '' });
  const allowed = options.allowedTenantIds;

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: error, type: context.activity.type }, 'unhandled bot turn error');
    await replyWithFriendlyError(context, services);
  };

  const logic = async (context: TurnContext): Promise<void> => {
    if (!tenantAllowed(context.activity, allowed)) {
      log.warn({ tenantId: activityTenantId(context.activity), type: context.activity.type }, 'bot activity from a tenant that is not allowed');
      if (context.activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
      return;
    }
    await bot.run(context);
  };

  const handle = async (req: BotRequest, res: BotResponse): Promise<void> => {
    try {
      if (req.method !== undefined && req.method !== 'POST') {
        res.status(405);
        res.end();
        return;
      }
      let body: unknown;
      try {
        body = await readJsonBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY);
      } catch (error) {
        res.status(error instanceof BodyTooLarge ? 413 : 400);
        res.end();
        return;
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        res.status(400);
        res.end();
        return;
      }
      // Refused before authentication and before any handler: nothing from another tenant runs.
      if (!tenantAllowed(body as Parameters<typeof activityTenantId>[0], allowed)) {
        log.warn({ tenantId: activityTenantId(body as Parameters<typeof activityTenantId>[0]) }, 'bot request from a tenant that is not allowed');
        res.status(403);
        res.end();
        return;
      }
      req.body = body;
      await adapter.process(req as never, res as never, logic);
    } catch (error) {
      log.error({ err: error }, 'bot request failed');
      if (!res.headersSent) {
        res.status(500);
        res.end();
      }
    }
  };

  return {
    adapter,
    handle,
    sender: createCloudAdapterSender(adapter, options.botAppId ?? ''),
    composer: createNotificationComposer({
      okr: options.okr,
      settings: options.settings,
      links,
      conversations: options.conversations,
      ...(options.performance ? { performance: options.performance } : {}),
    }),
    bot,
  };
}
