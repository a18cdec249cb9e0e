import { z } from 'zod';

/**
 * The only place that reads the environment. Parsed once at start; any invalid or missing
 * setting stops start-up with one message that lists all of them.
 */
const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(0).max(65535);
const list = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s.length > 0));
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

const common = {
  PORT: port.default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COSMOS_DATABASE: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).default('tandem'),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('100kb'),
  TAB_DIR: z.string().min(1).default('dist/tab'),
  NOTIFICATIONS_ENABLED: flag.default(true),
  SEND_RATE_PER_TENANT: z.coerce.number().positive().max(50).default(25),
  SEND_RATE_PER_CONVERSATION: z.coerce.number().positive().max(7).default(7),
  SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  SEND_WORKERS: z.coerce.number().int().min(1).max(32).default(2),
  SCHEDULER_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** off: no AI drafting; offline: template-based drafts (local demo); azure-openai: the real service. */
  AI_DRAFTING: z.enum(['off', 'offline', 'azure-openai']).optional(),
  AZURE_OPENAI_ENDPOINT: z.url({ protocol: /^https$/ }).optional(),
  AZURE_OPENAI_DEPLOYMENT: z.string().min(1).max(64).optional(),
  AI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(15_000),
  /** The Teams app id from the manifest: card links then open the tab inside Teams. */
  TEAMS_APP_ID: guid.optional(),
  SEND_QUEUE_NAME: z.string().regex(/^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/, 'a lower-case queue name').default('tandem-send'),
};

const localSchema = z.object({
  TANDEM_MODE: z.literal('local'),
  ...common,
  TANDEM_DATA_DIR: z.string().min(1).default('.data'),
  TANDEM_SEED: flag.default(true),
  TANDEM_PERSIST: flag.default(true),
  TANDEM_DEFAULT_USER: z.string().min(1).optional(),
  COSMOS_LOCAL_PORT: port.default(0),
  TANDEM_EXPOSE_TIMINGS: flag.default(false),
  /** Empty locally: the Agents Playground sends unauthenticated activities. */
  BOT_APP_ID: z.string().optional(),
  /** A queue endpoint to use instead of the embedded Azurite, e.g. http://127.0.0.1:10001/devstoreaccount1. */
  STORAGE_QUEUE_ENDPOINT: z.url().optional(),
  AZURITE_QUEUE_PORT: port.default(0),
});

const azureSchema = z
  .object({
    TANDEM_MODE: z.literal('azure'),
    ...common,
    HOST: z.string().min(1).default('0.0.0.0'),
    COSMOS_ENDPOINT: z.url({ protocol: /^https$/ }),
    GOALS_IDENTITY_CLIENT_ID: guid,
    REVIEWS_IDENTITY_CLIENT_ID: guid,
    BOT_APP_ID: guid,
    BOT_TENANT_ID: guid,
    ALLOWED_TENANT_IDS: list.pipe(z.array(guid).min(1, 'needs at least one tenant id')),
    SSO_AUDIENCE: list.pipe(z.array(z.string().min(1)).min(1, 'needs the app id URI or client id')),
    SSO_CLIENT_ID: guid,
    STORAGE_QUEUE_ENDPOINT: z.url({ protocol: /^https$/ }),
    /** App Service sets WEBSITE_HOSTNAME; PUBLIC_BASE_URL overrides it (e.g. behind a custom domain). */
    PUBLIC_BASE_URL: z.url({ protocol: /^https$/ }).optional(),
    WEBSITE_HOSTNAME: z.string().min(1).optional(),
    /** Must be absent: a dev identity in production would let anyone act as anyone. */
    TANDEM_DEV_IDENTITY: z.undefined({ error: 'must not be set in azure mode' }).optional(),
    TANDEM_DEFAULT_USER: z.undefined({ error: 'must not be set in azure mode' }).optional(),
  })
  .refine((c) => c.PUBLIC_BASE_URL !== undefined || c.WEBSITE_HOSTNAME !== undefined, {
    path: ['PUBLIC_BASE_URL'],
    message: 'is required (App Service sets WEBSITE_HOSTNAME, which also does)',
  })
  .refine((c) => c.GOALS_IDENTITY_CLIENT_ID.toLowerCase() !== c.REVIEWS_IDENTITY_CLIENT_ID.toLowerCase(), {
    path: ['REVIEWS_IDENTITY_CLIENT_ID'],
    message: 'must differ from GOALS_IDENTITY_CLIENT_ID: the restricted containers need their own identity',
  });

export interface CommonConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly cosmosDatabase: string;
  readonly bodyLimit: string;
  /** Where the built tab (npm run build) is served from. */
  readonly tabDir: string;
  readonly notifications: NotificationSettings;
  readonly aiDrafting: AiDraftingSettings;
  readonly teamsAppId: string | null;
}

/** Optional AI drafting of key results; never sees review or feedback data. */
export type AiDraftingSettings =
  | { readonly provider: 'off' }
  | { readonly provider: 'offline' }
  | { readonly provider: 'azure-openai'; readonly endpoint: string; readonly deployment: string; readonly timeoutMs: number };

/** The proactive send pipeline: reminders and digests through a queue, within Teams' rate limits. */
export interface NotificationSettings {
  /** Scheduler and workers run; tests and tools may switch them off. */
  readonly enabled: boolean;
  /** Messages per second per tenant (Teams allows 50 per app per tenant; stay well under). */
  readonly ratePerTenant: number;
  /** Messages per second per conversation (Teams: 7 per second). */
  readonly ratePerConversation: number;
  /** Attempts before a message goes to the dead letters. */
  readonly maxAttempts: number;
  readonly workers: number;
  readonly tickSeconds: number;
  readonly queueName: string;
}

export interface LocalConfig extends CommonConfig {
  readonly mode: 'local';
  readonly dataDir: string;
  readonly seed: boolean;
  readonly persist: boolean;
  readonly defaultUserId: string | null;
  readonly cosmosLocalPort: number;
  /** Adds a Server-Timing header with Cosmos round trips; used by the benchmark. */
  readonly exposeTimings: boolean;
  /** Null locally unless set: inbound bot auth is then off, which only local mode allows. */
  readonly botAppId: string | null;
  /** Null: start the embedded Azurite for the send queue. */
  readonly queueEndpoint: string | null;
  readonly azuriteQueuePort: number;
}

export interface AzureConfig extends CommonConfig {
  readonly mode: 'azure';
  readonly cosmosEndpoint: string;
  readonly goalsIdentityClientId: string;
  readonly reviewsIdentityClientId: string;
  readonly botAppId: string;
  readonly botTenantId: string;
  readonly allowedTenantIds: readonly string[];
  readonly ssoAudience: readonly string[];
  /** The Entra app the tab asks Teams for an SSO token for. */
  readonly ssoClientId: string;
  /** https://<account>.queue.core.windows.net, reached with the goals identity. */
  readonly queueEndpoint: string;
  /** Where people reach the tab, for links in bot cards. */
  readonly publicBaseUrl: string;
}

export type Config = LocalConfig | AzureConfig;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Tandem cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function describeIssues(issues: readonly z.core.$ZodIssue[], env: Env): string[] {
  return issues.map((issue) => {
    const key = String(issue.path[0] ?? 'TANDEM_MODE');
    return env[key] === undefined && issue.code === 'invalid_type' ? `${key} is required` : `${key}: ${issue.message}`;
  });
}

/** Empty strings count as unset, so a blank line in an .env file does not masquerade as a value. */
const withoutBlanks = (env: Env): Env => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));

type CommonParsed = { AI_DRAFTING?: 'off' | 'offline' | 'azure-openai' | undefined; AZURE_OPENAI_ENDPOINT?: string | undefined; AZURE_OPENAI_DEPLOYMENT?: string | undefined; AI_TIMEOUT_MS: number; TANDEM_MODE: string };

/** Local mode drafts offline by default so the flow is usable; azure mode is off unless configured. */
function aiDraftingFrom(c: CommonParsed, env: Env): AiDraftingSettings {
  const provider = c.AI_DRAFTING ?? (c.TANDEM_MODE === 'local' ? 'offline' : 'off');
  if (provider !== 'azure-openai') return { provider };
  const missing = (['AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT'] as const).filter((key) => env[key] === undefined);
  if (missing.length > 0) throw new ConfigError(missing.map((key) => `${key} is required when AI_DRAFTING=azure-openai`));
  return { provider, endpoint: c.AZURE_OPENAI_ENDPOINT!, deployment: c.AZURE_OPENAI_DEPLOYMENT!, timeoutMs: c.AI_TIMEOUT_MS };
}

export function loadConfig(rawEnv: Env = process.env): Config {
  const env = withoutBlanks(rawEnv);
  const mode = env.TANDEM_MODE ?? 'local';
  if (mode !== 'local' && mode !== 'azure') throw new ConfigError([`TANDEM_MODE: must be "local" or "azure", not "${mode}"`]);
  const common = (c: z.infer<typeof localSchema> | z.infer<typeof azureSchema>): CommonConfig => ({
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    cosmosDatabase: c.COSMOS_DATABASE,
    bodyLimit: c.BODY_LIMIT,
    tabDir: c.TAB_DIR,
    aiDrafting: aiDraftingFrom(c, env),
    teamsAppId: c.TEAMS_APP_ID ?? null,
    notifications: {
      enabled: c.NOTIFICATIONS_ENABLED,
      ratePerTenant: c.SEND_RATE_PER_TENANT,
      ratePerConversation: c.SEND_RATE_PER_CONVERSATION,
      maxAttempts: c.SEND_MAX_ATTEMPTS,
      workers: c.SEND_WORKERS,
      tickSeconds: c.SCHEDULER_TICK_SECONDS,
      queueName: c.SEND_QUEUE_NAME,
    },
  });
  if (mode === 'local') {
    const parsed = localSchema.safeParse({ ...env, TANDEM_MODE: mode });
    if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, env));
    const c = parsed.data;
    return {
      mode,
      ...common(c),
      dataDir: c.TANDEM_DATA_DIR,
      seed: c.TANDEM_SEED,
      persist: c.TANDEM_PERSIST,
      defaultUserId: c.TANDEM_DEFAULT_USER ?? null,
      cosmosLocalPort: c.COSMOS_LOCAL_PORT,
      exposeTimings: c.TANDEM_EXPOSE_TIMINGS,
      botAppId: c.BOT_APP_ID ?? null,
      queueEndpoint: c.STORAGE_QUEUE_ENDPOINT ?? null,
      azuriteQueuePort: c.AZURITE_QUEUE_PORT,
    };
  }
  const parsed = azureSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, env));
  const c = parsed.data;
  return {
    mode,
    ...common(c),
    cosmosEndpoint: c.COSMOS_ENDPOINT,
    goalsIdentityClientId: c.GOALS_IDENTITY_CLIENT_ID,
    reviewsIdentityClientId: c.REVIEWS_IDENTITY_CLIENT_ID,
    botAppId: c.BOT_APP_ID,
    botTenantId: c.BOT_TENANT_ID,
    allowedTenantIds: c.ALLOWED_TENANT_IDS.map((t) => t.toLowerCase()),
    ssoAudience: c.SSO_AUDIENCE,
    ssoClientId: c.SSO_CLIENT_ID,
    queueEndpoint: c.STORAGE_QUEUE_ENDPOINT,
    publicBaseUrl: (c.PUBLIC_BASE_URL ?? `https://${c.WEBSITE_HOSTNAME!}`).replace(/\/$/, ''),
  };
}
