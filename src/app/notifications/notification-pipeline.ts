import { DEFAULT_RETRY_POLICY } from '../../domain/notifications/retry-policy.js';
import type { OkrDeps } from '../okr/okr-deps.js';
import type { Clock } from '../ports/clock.js';
import type { ConversationReferences } from '../ports/conversation-references.js';
import type { NotificationComposer } from '../ports/notification-composer.js';
import type { NotificationSettingsRepository } from '../ports/notification-settings.js';
import type { ProactiveSender } from '../ports/proactive-sender.js';
import type { DeliveryDeps } from './deliver-message.js';
import { DEFAULT_CLAIM_STALE_AFTER_MS } from './enqueue-once.js';
import { EnqueueMemo } from './enqueue-memo.js';
import type { DeliveryLedger } from './ports/delivery-ledger.js';
import type { NotificationPlanner } from './ports/notification-planner.js';
import type { PipelineLogger } from './ports/pipeline-logger.js';
import type { SendQueue } from './ports/send-queue.js';
import { realSleep, type Sleep } from './ports/sleep.js';
import { scheduleTick, type TickResult } from './schedule-tick.js';
import { SendGate } from './send-gate.js';
import { SendWorker, type SendWorkerOptions } from './send-worker.js';
import { ThrottleMarkers } from './throttle-markers.js';
import { TtlCache } from './ttl-cache.js';

/** The send pipeline's settings: the shape of config.ts's NotificationSettings (the app does not read config). */
export interface PipelineSettings {
  readonly enabled: boolean;
  readonly ratePerTenant: number;
  readonly ratePerConversation: number;
  readonly maxAttempts: number;
  readonly workers: number;
  readonly tickSeconds: number;
  readonly queueName: string;
}

/** Tuning with sensible defaults; tests and the benchmark change some. */
export interface PipelineTuning {
  readonly visibilityTimeoutMs: number;
  readonly sendBudgetMs: number;
  readonly worker: Partial<Omit<SendWorkerOptions, 'name'>>;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly catchUpMinutes: number;
  /** People and key-result owners are reloaded at most this often per tenant. */
  readonly cacheTtlMs: number;
  readonly claimStaleAfterMs: number;
  readonly markerRefreshMs: number;
}

export const DEFAULT_TUNING: PipelineTuning = {
  visibilityTimeoutMs: 30_000,
  sendBudgetMs: 10_000,
  worker: {},
  retryBaseDelayMs: DEFAULT_RETRY_POLICY.baseDelayMs,
  retryMaxDelayMs: DEFAULT_RETRY_POLICY.maxDelayMs,
  catchUpMinutes: 12 * 60,
  cacheTtlMs: 5 * 60_000,
  claimStaleAfterMs: DEFAULT_CLAIM_STALE_AFTER_MS,
  markerRefreshMs: 1000,
};

export interface NotificationPipelineOptions {
  readonly queue: SendQueue;
  readonly ledger: DeliveryLedger;
  readonly conversations: ConversationReferences;
  readonly settings: NotificationSettingsRepository;
  readonly composer: NotificationComposer;
  readonly sender: ProactiveSender;
  readonly okr: Pick<OkrDeps, 'goals' | 'directory'>;
  readonly clock: Clock;
  readonly config: PipelineSettings;
  readonly logger: PipelineLogger;
  /** The tenants the scheduler serves: the seeded ones locally, ALLOWED_TENANT_IDS in Azure. */
  readonly tenants: () => Promise<readonly string[]> | readonly string[];
  /** Other sources of due notifications the scheduler asks each tick (review deadlines, peer request cards). */
  readonly planners?: readonly NotificationPlanner[];
  readonly tuning?: Partial<PipelineTuning>;
  readonly sleep?: Sleep;
  readonly random?: () => number;
}

export interface NotificationPipeline {
  /** Starts the workers and the scheduler's tick (every config.tickSeconds); a no-op when disabled. */
  start(): Promise<void>;
  /** Stops ticking and stops every worker gracefully. */
  stop(): Promise<void>;
  /** One scheduler tick now (or at `now`), whether started or not. */
  tick(now?: Date): Promise<TickResult>;
  readonly workers: readonly SendWorker[];
  /**
   * Starts one more worker sharing this process's rate limiter and throttle markers; `ports` swaps
   * its queue or sender (the benchmark kills a worker that way).
   */
  addWorker(ports?: Partial<Pick<DeliveryDeps, 'queue' | 'sender' | 'ledger'>>): SendWorker;
}

/** Builds the scheduler and the send workers around the given ports. Nothing runs until start(). */
export function createNotificationPipeline(options: NotificationPipelineOptions): NotificationPipeline {
  const { config, clock, logger } = options;
  const tuning: PipelineTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const markers = new ThrottleMarkers(options.ledger, clock, tuning.markerRefreshMs);
  const gate = new SendGate({ ratePerTenant: config.ratePerTenant, ratePerConversation: config.ratePerConversation }, clock, sleep, markers);
  const deliveryDeps: DeliveryDeps = {
    queue: options.queue,
    ledger: options.ledger,
    conversations: options.conversations,
    composer: options.composer,
    sender: options.sender,
    gate,
    markers,
    clock,
    sleep,
    random,
    logger,
    policy: { maxAttempts: config.maxAttempts, baseDelayMs: tuning.retryBaseDelayMs, maxDelayMs: tuning.retryMaxDelayMs },
    visibilityTimeoutMs: tuning.visibilityTimeoutMs,
    sendBudgetMs: tuning.sendBudgetMs,
  };
  const memo = new EnqueueMemo((tuning.catchUpMinutes + 60) * 60_000);
  const cache = new TtlCache(tuning.cacheTtlMs);
  const schedulerDeps = {
    tenants: async () => options.tenants(),
    settings: options.settings,
    goals: options.okr.goals,
    directory: options.okr.directory,
    conversations: options.conversations,
    ledger: options.ledger,
    queue: options.queue,
    logger,
    memo,
    cache,
    catchUpMinutes: tuning.catchUpMinutes,
    claimStaleAfterMs: tuning.claimStaleAfterMs,
    ...(options.planners ? { planners: options.planners } : {}),
  };

  const workers: SendWorker[] = [];
  const addWorker = (ports: Partial<Pick<DeliveryDeps, 'queue' | 'sender' | 'ledger'>> = {}): SendWorker => {
    const worker = new SendWorker({ ...deliveryDeps, ...ports }, { ...tuning.worker, name: `send-worker-${workers.length + 1}` });
    workers.push(worker);
    worker.start();
    return worker;
  };
  const initial = Array.from({ length: config.workers }, (_, i) => new SendWorker(deliveryDeps, { ...tuning.worker, name: `send-worker-${i + 1}` }));
  workers.push(...initial);

  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<unknown> | null = null;
  const tick = (now: Date = clock.now()): Promise<TickResult> => scheduleTick(schedulerDeps, now);
  const timedTick = (): void => {
    if (ticking) return; // the previous tick is still at work: skip this one
    ticking = tick()
      .then((result) => {
        if (result.enqueued > 0 || result.failed > 0) logger.info({ ...result }, 'notifications scheduled');
        gate.sweep();
      })
      .catch((error: unknown) => logger.error({ err: error }, 'scheduler tick failed'))
      .finally(() => {
        ticking = null;
      });
  };

  return {
    workers,
    tick,
    addWorker,
    start: async () => {
      if (!config.enabled) {
        logger.info({}, 'proactive notifications are switched off');
        return;
      }
      if (timer) return;
      for (const worker of initial) worker.start();
      timer = setInterval(timedTick, config.tickSeconds * 1000);
      timer.unref();
      timedTick();
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      timer = null;
      await ticking;
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}
