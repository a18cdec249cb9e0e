import { DEFAULT_CATCH_UP_MINUTES, dueOccurrence } from '../../domain/notifications/due-occurrence.js';
import { countDirectReports, indexKeyResultOwners, NO_KEY_RESULTS, type OwnerFacts } from '../../domain/notifications/key-result-owners.js';
import { parseSlot, type WeeklySlot } from '../../domain/notifications/local-slot.js';
import { digestDecision, reminderDecision } from '../../domain/notifications/recipient-eligibility.js';
import { acceptsCheckIns } from '../../domain/okr/cycle.js';
import type { Person } from '../../domain/people/person.js';
import { listAllPeople } from '../people/list-all-people.js';
import type { ConversationReferences } from '../ports/conversation-references.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';
import type { GoalsRepository } from '../ports/goals-repository.js';
import type { LocalSlot, NotificationSettingsRepository, PersonNotificationPreferences } from '../ports/notification-settings.js';
import { enqueueOnce, type EnqueueDeps } from './enqueue-once.js';
import { EnqueueMemo } from './enqueue-memo.js';
import { WallClocks } from './local-time.js';
import { mapConcurrent } from './map-concurrent.js';
import type { NotificationPlanner } from './ports/notification-planner.js';
import type { PipelineLogger } from './ports/pipeline-logger.js';
import { NOTIFICATION_SCOPE, notificationKey, type NotificationKind, type QueuedNotification } from './queued-notification.js';
import { TtlCache } from './ttl-cache.js';

export interface SchedulerDeps extends EnqueueDeps {
  /** The tenants to schedule for (the seeded ones locally, the allow-list in Azure). */
  readonly tenants: () => Promise<readonly string[]>;
  readonly settings: NotificationSettingsRepository;
  readonly goals: GoalsRepository;
  readonly directory: DirectoryRepository;
  readonly conversations: ConversationReferences;
  readonly logger: PipelineLogger;
  /** Keys this instance settled; a fresh memo per call makes every tick ask the ledger. */
  readonly memo?: EnqueueMemo;
  /** People and key result owners, reloaded at most once per TTL; none: loaded on every tick. */
  readonly cache?: TtlCache;
  readonly catchUpMinutes?: number;
  /** Candidates handled in parallel (conversation read, claim, enqueue). */
  readonly concurrency?: number;
  /** Other sources of due notifications (review deadlines, peer request cards), queued like the rest. */
  readonly planners?: readonly NotificationPlanner[];
}

export type TickSkipReason =
  | 'paused'
  | 'no-key-results'
  | 'checked-in-recently'
  | 'no-direct-reports'
  | 'no-conversation'
  | 'uninstalled';

export interface TickResult {
  readonly at: string;
  readonly tenants: number;
  /** Deliveries whose slot is due now and that this instance had not settled yet. */
  readonly due: number;
  readonly enqueued: number;
  /** Claimed by another tick or instance before: not enqueued again. */
  readonly alreadyEnqueued: number;
  readonly skipped: Readonly<Record<TickSkipReason, number>>;
  readonly failed: number;
}

/** Skipped people are looked at again after this long (a pause may end, a key result may come). */
const RECHECK_SKIPPED_MS = 15 * 60_000;

interface Candidate {
  readonly person: Person;
  readonly kind: NotificationKind;
  readonly period: string;
  readonly key: string;
}

const slotOf = (slot: LocalSlot | null | undefined): WeeklySlot | null => (slot ? parseSlot(slot.day, slot.time) : null);
const pausedUntilMs = (preferences: PersonNotificationPreferences | undefined): number | null => {
  const at = preferences?.pausedUntil ? Date.parse(preferences.pausedUntil) : Number.NaN;
  return Number.isFinite(at) ? at : null;
};

async function loadOwners(goals: GoalsRepository, tenantId: string): Promise<Map<string, OwnerFacts>> {
  const cycles = (await goals.listCycles(tenantId)).filter(acceptsCheckIns);
  const objectives = await Promise.all(cycles.map((cycle) => goals.listAllObjectives(tenantId, cycle.id, { states: ['active'] })));
  return indexKeyResultOwners(objectives.flat());
}

class Tally {
  due = 0;
  enqueued = 0;
  alreadyEnqueued = 0;
  failed = 0;
  readonly skipped: Record<TickSkipReason, number> = {
    paused: 0,
    'no-key-results': 0,
    'checked-in-recently': 0,
    'no-direct-reports': 0,
    'no-conversation': 0,
    uninstalled: 0,
  };
}

/**
 * One scheduler tick (every minute, in every server instance): for each tenant, finds whose
 * reminder or digest slot is due on their own wall clock, applies the skip rules, and enqueues one
 * message per recipient and period. Safe with any number of instances: the ledger claim lets one
 * enqueue each key.
 */
export async function scheduleTick(deps: SchedulerDeps, now: Date): Promise<TickResult> {
  const memo = deps.memo ?? new EnqueueMemo(0);
  const nowMs = now.getTime();
  memo.prune(nowMs);
  const tally = new Tally();
  const clocks = new WallClocks(now);
  const tenants = await deps.tenants();
  for (const tenantId of tenants) {
    try {
      await tickTenant(deps, memo, tenantId, now, clocks, tally);
    } catch (error) {
      tally.failed++;
      deps.logger.error({ err: error, tenantId }, 'scheduler tick failed for a tenant');
    }
    for (const planner of deps.planners ?? []) {
      try {
        await tickPlanner(deps, memo, planner, tenantId, now, tally);
      } catch (error) {
        tally.failed++;
        deps.logger.error({ err: error, tenantId, planner: planner.name }, 'a notification planner failed for a tenant');
      }
    }
  }
  return { at: now.toISOString(), tenants: tenants.length, due: tally.due, enqueued: tally.enqueued, alreadyEnqueued: tally.alreadyEnqueued, skipped: tally.skipped, failed: tally.failed };
}

async function tickTenant(deps: SchedulerDeps, memo: EnqueueMemo, tenantId: string, now: Date, clocks: WallClocks, tally: Tally): Promise<void> {
  const nowMs = now.getTime();
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => (deps.cache ? deps.cache.get(`${key}:${tenantId}`, nowMs, load) : load());
  const catchUp = deps.catchUpMinutes ?? DEFAULT_CATCH_UP_MINUTES;
  const [settings, preferenceList, people] = await Promise.all([
    deps.settings.getTenantSettings(tenantId),
    deps.settings.listPreferences(tenantId),
    cached('people', () => listAllPeople(deps.directory, tenantId)),
  ]);
  const preferences = new Map(preferenceList.map((p) => [p.personId, p]));
  const tenantReminderSlot = slotOf(settings.reminder);
  const digestSlot = settings.digest.enabled ? slotOf(settings.digest) : null;
  const reports = countDirectReports(people);

  const candidates: Candidate[] = [];
  const consider = (person: Person, kind: NotificationKind, period: string): void => {
    const key = notificationKey({ tenantId, recipientId: person.id, kind, period });
    if (!memo.has(key, nowMs)) candidates.push({ person, kind, period, key });
  };
  for (const person of people) {
    const { local } = clocks.of(person.timezone);
    const reminderSlot = slotOf(preferences.get(person.id)?.reminderSlot) ?? tenantReminderSlot;
    const reminder = reminderSlot && dueOccurrence(local, reminderSlot, settings.reminder.cadence, catchUp);
    if (reminder) consider(person, 'checkin-reminder', reminder.period);
    const digest = digestSlot && reports.has(person.id) ? dueOccurrence(local, digestSlot, 'weekly', catchUp) : null;
    if (digest) consider(person, 'manager-digest', digest.period);
  }
  if (candidates.length === 0) return;
  tally.due += candidates.length;

  const owners = candidates.some((c) => c.kind === 'checkin-reminder') ? await cached('owners', () => loadOwners(deps.goals, tenantId)) : new Map<string, OwnerFacts>();
  const settledFor = (catchUp + 60) * 60_000;
  await mapConcurrent(candidates, deps.concurrency ?? 16, async (candidate) => {
    const { person, kind, key } = candidate;
    const paused = pausedUntilMs(preferences.get(person.id));
    const decision =
      kind === 'checkin-reminder'
        ? reminderDecision({ pausedUntilMs: paused, ...(owners.get(person.id) ?? NO_KEY_RESULTS) }, nowMs, settings.reminder.skipIfCheckedInWithinDays)
        : digestDecision({ enabled: settings.digest.enabled, pausedUntilMs: paused, directReports: reports.get(person.id) ?? 0 }, nowMs);
    if (!decision.send) {
      if (decision.reason !== 'digest-disabled') tally.skipped[decision.reason]++;
      memo.remember(key, nowMs, RECHECK_SKIPPED_MS);
      return;
    }
    try {
      const conversation = await deps.conversations.get(tenantId, 'personal', person.id);
      if (!conversation || conversation.uninstalledAt !== null) {
        tally.skipped[conversation ? 'uninstalled' : 'no-conversation']++;
        memo.remember(key, nowMs, RECHECK_SKIPPED_MS);
        return;
      }
      const notification: QueuedNotification = { key, tenantId, recipientId: person.id, kind, period: candidate.period, enqueuedAt: now.toISOString() };
      const outcome = await enqueueOnce(deps, notification, now);
      if (outcome === 'enqueued') tally.enqueued++;
      else tally.alreadyEnqueued++;
      memo.remember(key, nowMs, settledFor);
    } catch (error) {
      tally.failed++;
      deps.logger.error({ err: error, tenantId, key }, 'could not enqueue a notification');
    }
  });
}

/**
 * Queues what a planner found due: the same memo, conversation check (in the kind's scope: personal
 * for every confidential kind), ledger claim and queue as the reminders above, so each key goes out once.
 */
async function tickPlanner(deps: SchedulerDeps, memo: EnqueueMemo, planner: NotificationPlanner, tenantId: string, now: Date, tally: Tally): Promise<void> {
  const nowMs = now.getTime();
  const planned = (await planner.plan(tenantId, now)).map((p) => ({ ...p, key: notificationKey({ tenantId, ...p }) })).filter((p) => !memo.has(p.key, nowMs));
  tally.due += planned.length;
  const settledFor = ((deps.catchUpMinutes ?? DEFAULT_CATCH_UP_MINUTES) + 60) * 60_000;
  await mapConcurrent(planned, deps.concurrency ?? 16, async (p) => {
    try {
      const conversation = await deps.conversations.get(tenantId, NOTIFICATION_SCOPE[p.kind], p.recipientId);
      if (!conversation || conversation.uninstalledAt !== null) {
        tally.skipped[conversation ? 'uninstalled' : 'no-conversation']++;
        memo.remember(p.key, nowMs, RECHECK_SKIPPED_MS);
        return;
      }
      const notification: QueuedNotification = { key: p.key, tenantId, recipientId: p.recipientId, kind: p.kind, period: p.period, enqueuedAt: now.toISOString() };
      const outcome = await enqueueOnce(deps, notification, now);
      if (outcome === 'enqueued') tally.enqueued++;
      else tally.alreadyEnqueued++;
      memo.remember(p.key, nowMs, settledFor);
    } catch (error) {
      tally.failed++;
      deps.logger.error({ err: error, tenantId, key: p.key }, 'could not enqueue a planned notification');
    }
  });
}
