import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { CosmosClient, Database } from '@azure/cosmos';
import { ManagedIdentityCredential } from '@azure/identity';
import compression from 'compression';
import express, { type Response } from 'express';
import type { Logger } from 'pino';
import { DevIdentityResolver } from './api/auth/dev-identity-resolver.js';
import type { IdentityResolver } from './api/auth/identity-resolver.js';
import { SsoIdentityResolver } from './api/auth/sso-identity-resolver.js';
import { createSsoTokenValidator, createTenantJwksResolver } from './api/auth/sso-token-validator.js';
import { createBot, type Bot } from '../bot/create-bot.js';
import { createApiRouter, sendFailure } from './api/create-api-router.js';
import { devRoutes } from './api/dev/dev-routes.js';
import type { ApiResult, Route } from './api/http/api-types.js';
import { coachRoutes } from './api/okr/coach-routes.js';
import { insightsRoutes } from './api/insights/insights-routes.js';
import { cycleRoutes } from './api/okr/cycle-routes.js';
import { keyResultRoutes } from './api/okr/key-result-routes.js';
import { objectiveRoutes } from './api/okr/objective-routes.js';
import { peopleRoutes } from './api/people/people-routes.js';
import { performanceRoutes } from './api/performance/performance-routes.js';
import { devMeetingRoutes } from './api/meetings/dev-meeting-routes.js';
import { meetingRoutes } from './api/meetings/meeting-routes.js';
import { stageRoutes } from './api/meetings/stage-routes.js';
import { createTeamsMeetingParticipants } from '../bot/meetings/teams-meeting-participants.js';
import { cachedMeetingParticipants } from './app/meetings/cached-meeting-participants.js';
import { sharedTalkingPointsFor } from './app/meetings/shared-talking-points.js';
import type { MeetingParticipants } from './app/meetings/ports/meeting-participants.js';
import { LocalMeetingRoster } from './store/teams/local-meeting-roster.js';
import { portabilityRoutes } from './api/portability/portability-routes.js';
import { CONTOSO, DEFAULT_DEMO_USER_KEY, DEMO_TENANTS, demoPersonId } from './app/demo/demo-org.js';
import { seedDemoWorld } from './app/demo/seed-demo-world.js';
import type { OkrDeps } from './app/okr/okr-deps.js';
import { seedPerformanceWorld } from './app/performance/demo/seed-performance-world.js';
import { AttachableFeedbackNotifier } from './app/performance/feedback/feedback-notifier.js';
import { createQueuedFeedbackNotifier } from './app/performance/feedback/queued-feedback-notifier.js';
import { createQueuedReviewNotifier } from './app/performance/reviews/queued-review-notifier.js';
import { AttachableReviewNotifier } from './app/performance/reviews/review-notifier.js';
import { createReviewReminderPlanner } from './app/performance/reviews/review-reminders.js';
import type { PerformanceDeps } from './app/performance/performance-deps.js';
import { syncOrg } from './app/people/sync-org.js';
import { systemClock, type Clock } from './app/ports/clock.js';
import { randomIdGenerator } from './app/ports/random-id-generator.js';
import type { AzureConfig, Config, LocalConfig } from './config.js';
import { createLogger } from './logger.js';
import { createCosmosClient } from './store/cosmos/cosmos-client-factory.js';
import { createKeyResultDrafter } from './store/ai/create-drafter.js';
import { CosmosTrace, runWithCosmosTrace } from './store/cosmos/cosmos-metrics.js';
import { CosmosConversationReferences } from './store/goals/cosmos-conversation-references.js';
import { CosmosDeliveryLedger } from './store/goals/cosmos-delivery-ledger.js';
import { CosmosDirectoryRepository } from './store/goals/cosmos-directory-repository.js';
import { CosmosNotificationSettings } from './store/goals/cosmos-notification-settings.js';
import { CosmosGoalsRepository } from './store/goals/cosmos-goals-repository.js';
import { CosmosErasureLedger } from './store/goals/cosmos-erasure-ledger.js';
import { CosmosGoalsErasure } from './store/goals/cosmos-goals-erasure.js';
import { CosmosPersonalGoalsData } from './store/goals/cosmos-personal-goals-data.js';
import type { PersonalDataPorts } from './app/performance/personal-data/personal-data-deps.js';
import { GOAL_CONTAINERS } from './store/goals/goal-containers.js';
import { createReviewStore } from './store/reviews/create-review-store.js';
import { CredentialGraphTokenProvider } from './store/graph/graph-token-provider.js';
import { GraphOrgSource } from './store/graph/graph-org-source.js';
import { restoreSnapshot, saveSnapshot, SnapshotScheduler } from './store/local/cosmos-snapshot.js';
import { startLocalCosmosServer } from './store/local/local-cosmos-server.js';
import { startAzuriteQueue, type AzuriteQueueServer } from './store/local/azurite-server.js';
import { AZURITE_ACCOUNT_KEY, AZURITE_ACCOUNT_NAME, createStorageSendQueue } from './store/queues/storage-send-queue.js';
import { createNotificationPipeline, type NotificationPipeline } from './app/notifications/notification-pipeline.js';
import { DEFAULT_CLAIM_STALE_AFTER_MS } from './app/notifications/enqueue-once.js';
import { ALL_CONTAINERS, provisionContainers } from './store/local/provision-containers.js';

export interface TandemOptions {
  readonly clock?: Clock;
  readonly logger?: Logger;
}

export interface RunningTandem {
  readonly url: string;
  readonly okr: OkrDeps;
  /** Performance management on the restricted store (tests reach it to arrange and inspect data). */
  readonly performance: PerformanceDeps;
  /** The Teams bot at /api/messages, with its proactive sender and composer. */
  readonly bot: Bot;
  /** Reminders and digests through the send queue; null when notifications are switched off. */
  readonly notifications: NotificationPipeline | null;
  readonly logger: Logger;
  /** Saves local data now (local mode); a no-op in azure mode. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

interface Storage {
  readonly goalsClient: CosmosClient;
  /** The restricted client: only performance-management modules will be handed it. */
  readonly reviewsClient: CosmosClient;
  readonly goalsDatabase: Database;
  readonly flush: () => Promise<void>;
  readonly close: () => Promise<void>;
}

async function localStorage(config: LocalConfig, logger: Logger, afterStart: (database: Database) => Promise<void>): Promise<Storage> {
  const cosmos = await startLocalCosmosServer(config.cosmosLocalPort);
  const auth = { kind: 'local-key', key: cosmos.key, agent: cosmos.agent } as const;
  const goalsClient = createCosmosClient(cosmos.endpoint, auth);
  const reviewsClient = createCosmosClient(cosmos.endpoint, auth);
  const database = await provisionContainers(goalsClient, config.cosmosDatabase);
  const snapshotFile = join(config.dataDir, 'cosmos-snapshot.json');
  const containerIds = ALL_CONTAINERS.map((c) => c.id!);
  const scheduler = new SnapshotScheduler(
    async () => logger.debug({ documents: await saveSnapshot(database, containerIds, snapshotFile) }, 'local data saved'),
    500,
    (error) => logger.error({ err: error }, 'saving local data failed'),
  );
  if (config.persist) {
    const restored = await restoreSnapshot(database, snapshotFile);
    if (restored > 0) logger.info({ documents: restored, file: snapshotFile }, 'local data restored');
  }
  await afterStart(database);
  if (config.persist) {
    cosmos.onWrite(() => scheduler.markDirty());
    scheduler.markDirty();
    await scheduler.flush();
  }
  return {
    goalsClient,
    reviewsClient,
    goalsDatabase: database,
    flush: () => (config.persist ? scheduler.flush() : Promise.resolve()),
    close: async () => {
      if (config.persist) await scheduler.flush();
      goalsClient.dispose();
      reviewsClient.dispose();
      await cosmos.close();
    },
  };
}

function azureStorage(config: AzureConfig): Storage {
  const goalsClient = createCosmosClient(config.cosmosEndpoint, { kind: 'managed-identity', clientId: config.goalsIdentityClientId });
  const reviewsClient = createCosmosClient(config.cosmosEndpoint, { kind: 'managed-identity', clientId: config.reviewsIdentityClientId });
  return {
    goalsClient,
    reviewsClient,
    goalsDatabase: goalsClient.database(config.cosmosDatabase),
    flush: async () => undefined,
    close: async () => {
      goalsClient.dispose();
      reviewsClient.dispose();
    },
  };
}

/** Adds a Server-Timing header: Cosmos round trips by kind and their time, and our own time. */
function timingInstrument(res: Response, run: () => Promise<ApiResult>): Promise<ApiResult> {
  const trace = new CosmosTrace();
  const started = performance.now();
  return runWithCosmosTrace(trace, async () => {
    const result = await run();
    const total = performance.now() - started;
    const kinds = trace.calls.map((c) => c.kind).join(' ');
    res.setHeader(
      'Server-Timing',
      `cosmos;dur=${trace.totalMs.toFixed(3)};desc="${trace.calls.length} ${kinds}", app;dur=${Math.max(0, total - trace.totalMs).toFixed(3)}, total;dur=${total.toFixed(3)}`,
    );
    return result;
  });
}

const ORG_SYNC_INTERVAL_MS = 6 * 3600_000;

/** Composition root: builds clients, stores, use cases and routes, and serves them. */
export async function startTandem(config: Config, options: TandemOptions = {}): Promise<RunningTandem> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  let okr: OkrDeps | null = null;
  const depsFor = (database: Database): OkrDeps => ({
    goals: new CosmosGoalsRepository(database.container(GOAL_CONTAINERS.okrs.id!)),
    directory: new CosmosDirectoryRepository(database.container(GOAL_CONTAINERS.directory.id!)),
    clock,
    ids: randomIdGenerator,
  });

  const storage =
    config.mode === 'local'
      ? await localStorage(config, logger, async (database) => {
          okr = depsFor(database);
          if (config.seed) {
            const { seededTenants } = await seedDemoWorld(okr);
            if (seededTenants.length > 0) logger.info({ tenants: seededTenants }, 'demo world seeded');
          }
        })
      : azureStorage(config);
  const deps: OkrDeps = okr ?? depsFor(storage.goalsDatabase);
  // Only performance management is handed the restricted store, built on the reviews identity's client.
  const performance: PerformanceDeps = {
    directory: deps.directory,
    goals: deps.goals,
    clock,
    ids: randomIdGenerator,
    ...createReviewStore(storage.reviewsClient, config.cosmosDatabase),
  };
  if (config.mode === 'local' && config.seed) await seedPerformanceWorld(performance);
  // Data-subject requests reach the shared goal containers only through these narrow ports (goals identity).
  const goalContainer = (id: string | undefined) => storage.goalsDatabase.container(id!);
  const personalData: PersonalDataPorts = {
    goalsData: new CosmosPersonalGoalsData(goalContainer(GOAL_CONTAINERS.okrs.id), goalContainer(GOAL_CONTAINERS.directory.id)),
    goalsErasure: new CosmosGoalsErasure(goalContainer(GOAL_CONTAINERS.okrs.id), goalContainer(GOAL_CONTAINERS.directory.id)),
    erasures: new CosmosErasureLedger(goalContainer(GOAL_CONTAINERS.directory.id)),
    onErasureStepFailed: (step, error) => logger.error({ err: error, step }, 'erasure stopped half-way; running it again finishes it'),
  };
  // Feedback cards and praise posts go through the send pipeline, which is built after the routes.
  const feedbackNotifier = new AttachableFeedbackNotifier();
  const reviewNotifier = new AttachableReviewNotifier();

  // Who takes part in a meeting: Teams' participant API with the bot's credentials in azure mode (the
  // bot is built below, once the server listens), the meetings the local dev host registers locally.
  const localMeetings = config.mode === 'local' ? new LocalMeetingRoster(config.mode) : null;
  const meetingParticipants: MeetingParticipants =
    localMeetings ??
    cachedMeetingParticipants(
      createTeamsMeetingParticipants({
        adapter: () => bot?.adapter ?? null,
        botAppId: config.botAppId ?? '',
        conversations: new CosmosConversationReferences(storage.goalsDatabase.container(GOAL_CONTAINERS.directory.id!)),
      }),
      clock,
    );

  let identity: IdentityResolver;
  const publicRoutes: Route[] = [];
  const timers: NodeJS.Timeout[] = [];
  if (config.mode === 'local') {
    const defaultUserId = config.defaultUserId ?? demoPersonId(CONTOSO, DEFAULT_DEMO_USER_KEY);
    identity = new DevIdentityResolver(deps.directory, DEMO_TENANTS.map((t) => t.tenantId), defaultUserId);
    publicRoutes.push(...devRoutes(deps.directory, DEMO_TENANTS, defaultUserId));
    publicRoutes.push(...devMeetingRoutes(localMeetings!, deps.directory, DEMO_TENANTS.map((t) => t.tenantId)));
  } else {
    const validator = createSsoTokenValidator({ audience: config.ssoAudience, allowedTenantIds: config.allowedTenantIds, keyResolver: createTenantJwksResolver() });
    identity = new SsoIdentityResolver(validator, deps.directory, (code, message) => logger.info({ code, message }, 'SSO token rejected'));
    const graph = new GraphOrgSource({ tokens: new CredentialGraphTokenProvider(new ManagedIdentityCredential({ clientId: config.goalsIdentityClientId })) });
    const sync = async (): Promise<void> => {
      for (const tenantId of config.allowedTenantIds) {
        const synced = await syncOrg(graph, deps.directory, { tenantId, defaultTimezone: 'UTC', defaultLocale: 'en-US' }).catch((error: unknown) => {
          logger.error({ err: error, tenantId }, 'org sync failed');
          return null;
        });
        if (synced) logger.info({ tenantId, result: synced.ok ? synced.value : synced.code }, 'org sync finished');
      }
    };
    void sync();
    const timer = setInterval(() => void sync(), ORG_SYNC_INTERVAL_MS);
    timer.unref();
    timers.push(timer);
  }

  // Key result drafting (the writing coach): Azure OpenAI with the goals identity, never the reviews identity.
  const drafter = createKeyResultDrafter(config.aiDrafting, {
    ...(config.mode === 'azure' ? { managedIdentityClientId: config.goalsIdentityClientId } : {}),
    onFailure: (code, reason) => logger.warn({ code, reason }, 'key result drafting failed'),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.get('/api/health', async (_req, res) => {
    try {
      await storage.goalsDatabase.read();
      res.json({ status: 'ok', mode: config.mode });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      sendFailure(res, { code: 'API.STORE_UNAVAILABLE', message: 'The goals store does not answer' });
    }
  });
  app.use(
    '/api/v1',
    createApiRouter({
      routes: [...peopleRoutes(deps), ...cycleRoutes(deps), ...objectiveRoutes(deps), ...keyResultRoutes(deps), ...coachRoutes(deps, drafter), ...insightsRoutes(deps), ...portabilityRoutes(deps), ...performanceRoutes(performance, { feedbackNotifier, reviewNotifier, personalData }), ...meetingRoutes({ okr: deps, performance, participants: meetingParticipants }), ...stageRoutes({ okr: deps, participants: meetingParticipants })],
      publicRoutes,
      identity,
      bodyLimit: config.bodyLimit,
      logger,
      ...(config.mode === 'local' && config.exposeTimings ? { instrument: timingInstrument } : {}),
    }),
  );
  app.get('/api/tab-config', (_req, res) => {
    res.json(config.mode === 'local' ? { mode: 'local' } : { mode: 'azure', ssoClientId: config.ssoClientId, initiateLoginEndpoint: '/auth-start.html' });
  });
  // The bot is built once the server knows its own URL (cards link back into the tab).
  let bot: Bot | null = null;
  app.post('/api/messages', (req, res) => {
    if (!bot) return sendFailure(res, { code: 'API.STARTING', message: 'Tandem is starting' });
    void bot.handle(req, res);
  });
  app.use('/api', (req, res) => sendFailure(res, { code: 'API.ROUTE_NOT_FOUND', message: `No API at ${req.method} ${req.path}` }));
  // The tab: index.html at /, its bundles under /tab (content-hashed chunks cache well).
  const tabDir = resolve(config.tabDir);
  app.use('/tab', express.static(tabDir, { index: false, maxAge: '1h' }));
  app.get(['/', '/index.html'], (_req, res) => {
    res.sendFile(join(tabDir, 'index.html'), (error) => {
      if (error && !res.headersSent) res.status(503).type('text/plain').send('The tab is not built yet: run npm run build (npm start does it for you).\n');
    });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  const directoryContainer = storage.goalsDatabase.container(GOAL_CONTAINERS.directory.id!);
  bot = createBot({
    mode: config.mode,
    botAppId: config.botAppId,
    ...(config.mode === 'azure'
      ? { botTenantId: config.botTenantId, allowedTenantIds: config.allowedTenantIds, botIdentityClientId: config.goalsIdentityClientId }
      : { allowedTenantIds: DEMO_TENANTS.map((t) => t.tenantId) }),
    okr: deps,
    performance,
    conversations: new CosmosConversationReferences(directoryContainer),
    settings: new CosmosNotificationSettings(directoryContainer, () => clock.now()),
    tabBaseUrl: config.mode === 'azure' ? config.publicBaseUrl : url,
    ...(config.teamsAppId ? { teamsAppId: config.teamsAppId } : {}),
    logger,
    // Meeting events see a pair's shared agenda only, through this reader, never the review store.
    meetings: { talkingPoints: (manager, reportId) => sharedTalkingPointsFor(performance, manager, reportId) },
  });

  // The send pipeline: the scheduler enqueues one message per recipient and period; workers send
  // them through the bot within Teams' limits. Locally the queue is an embedded Azurite.
  let azurite: AzuriteQueueServer | null = null;
  let notifications: NotificationPipeline | null = null;
  if (config.notifications.enabled) {
    const conversations = new CosmosConversationReferences(directoryContainer);
    let queue;
    if (config.mode === 'azure') {
      queue = await createStorageSendQueue(config.queueEndpoint, config.notifications.queueName, {
        kind: 'token',
        credential: new ManagedIdentityCredential({ clientId: config.goalsIdentityClientId }),
      });
    } else {
      azurite = config.queueEndpoint ? null : await startAzuriteQueue({ port: config.azuriteQueuePort, ...(config.persist ? { dataDir: config.dataDir } : {}) });
      queue = await createStorageSendQueue(config.queueEndpoint ?? azurite!.queueEndpoint, config.notifications.queueName, {
        kind: 'shared-key',
        accountName: AZURITE_ACCOUNT_NAME,
        accountKey: AZURITE_ACCOUNT_KEY,
      });
    }
    const ledger = new CosmosDeliveryLedger(storage.goalsDatabase.container(GOAL_CONTAINERS.deliveries.id!));
    feedbackNotifier.attach(createQueuedFeedbackNotifier({ queue, ledger, conversations, clock, logger, claimStaleAfterMs: DEFAULT_CLAIM_STALE_AFTER_MS }));
    reviewNotifier.attach(createQueuedReviewNotifier({ queue, ledger, conversations, clock, logger, claimStaleAfterMs: DEFAULT_CLAIM_STALE_AFTER_MS }));
    notifications = createNotificationPipeline({
      queue,
      ledger,
      conversations,
      settings: new CosmosNotificationSettings(directoryContainer, () => clock.now()),
      composer: bot.composer,
      sender: bot.sender,
      okr: deps,
      clock,
      config: config.notifications,
      logger,
      tenants: () => (config.mode === 'azure' ? config.allowedTenantIds : DEMO_TENANTS.map((t) => t.tenantId)),
      // Review deadlines and peer request cards: read from the restricted store, composed as each recipient.
      planners: [createReviewReminderPlanner({ reviews: performance.reviews, directory: performance.directory, audit: performance.audit, ids: performance.ids })],
    });
    await notifications.start();
  }

  return {
    url,
    okr: deps,
    performance,
    bot,
    notifications,
    logger,
    flush: storage.flush,
    close: async () => {
      timers.forEach(clearInterval);
      await notifications?.stop();
      await azurite?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}
