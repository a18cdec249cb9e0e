import type { ClaimResult, DeadLetter, DeliveryLedger, DeliveryRef, SentRecord } from '../../../src/app/notifications/ports/delivery-ledger.js';
import type { ReceivedMessage, SendQueue } from '../../../src/app/notifications/ports/send-queue.js';
import { abortError, type Sleep } from '../../../src/app/notifications/ports/sleep.js';
import type { QueuedNotification } from '../../../src/app/notifications/queued-notification.js';
import { notificationKey } from '../../../src/app/notifications/queued-notification.js';
import type { Clock } from '../../../src/app/ports/clock.js';
import type { ConversationReferences, StoredConversation } from '../../../src/app/ports/conversation-references.js';
import type { NotificationComposer } from '../../../src/app/ports/notification-composer.js';
import {
  defaultPreferences,
  defaultTenantSettings,
  type NotificationSettingsRepository,
  type PersonNotificationPreferences,
  type TenantNotificationSettings,
} from '../../../src/app/ports/notification-settings.js';
import type { OutgoingMessage, ProactiveSender, SendOutcome } from '../../../src/app/ports/proactive-sender.js';
import type { DirectoryRepository } from '../../../src/app/ports/directory-repository.js';
import type { GoalsRepository, ObjectiveFilter } from '../../../src/app/ports/goals-repository.js';
import type { Cycle } from '../../../src/domain/okr/cycle.js';
import type { Objective } from '../../../src/domain/okr/objective.js';
import type { Person } from '../../../src/domain/people/person.js';
import { ok } from '../../../src/domain/shared/result.js';
import { TestClock } from '../../support/test-clock.js';

/**
 * Virtual time: a sleep registers its wake-up time; whenever everything else is waiting (the next
 * setImmediate), the clock jumps to the earliest wake-up and wakes those sleepers. Concurrent
 * sleepers therefore share one timeline, as they would on a real clock.
 */
export function virtualSleep(clock: TestClock): Sleep {
  const sleepers: { atMs: number; resolve: () => void }[] = [];
  let driving = false;
  const drive = (): void => {
    if (driving) return;
    driving = true;
    setImmediate(() => {
      driving = false;
      if (sleepers.length === 0) return;
      const next = Math.min(...sleepers.map((s) => s.atMs));
      if (next > clock.now().getTime()) clock.set(new Date(next).toISOString());
      for (let i = sleepers.length - 1; i >= 0; i--) {
        if (sleepers[i]!.atMs <= next) sleepers.splice(i, 1)[0]!.resolve();
      }
      if (sleepers.length > 0) drive();
    });
  };
  return (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const sleeper = {
        atMs: clock.now().getTime() + Math.max(0, ms),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        const index = sleepers.indexOf(sleeper);
        if (index >= 0) sleepers.splice(index, 1);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      sleepers.push(sleeper);
      drive();
    });
}

interface StoredMessage {
  readonly messageId: string;
  body: string;
  visibleAtMs: number;
  popReceipt: string;
  dequeueCount: number;
}

/** Azure-queue semantics on the test clock: visibility timeouts, pop receipts, dequeue counts. */
export class InMemoryQueue implements SendQueue {
  readonly messages = new Map<string, StoredMessage>();
  private ids = 0;
  private receipts = 0;
  enqueued = 0;

  constructor(private readonly clock: Clock) {}

  async enqueue(body: string, options: { readonly visibilityDelayMs?: number } = {}): Promise<void> {
    const messageId = `m${++this.ids}`;
    this.enqueued++;
    this.messages.set(messageId, { messageId, body, visibleAtMs: this.now() + (options.visibilityDelayMs ?? 0), popReceipt: '', dequeueCount: 0 });
  }

  async receive(max: number, visibilityTimeoutMs: number): Promise<ReceivedMessage[]> {
    const now = this.now();
    const taken = [...this.messages.values()].filter((m) => m.visibleAtMs <= now).slice(0, Math.min(32, max));
    return taken.map((m) => {
      m.visibleAtMs = now + visibilityTimeoutMs;
      m.popReceipt = `r${++this.receipts}`;
      m.dequeueCount++;
      return { messageId: m.messageId, popReceipt: m.popReceipt, dequeueCount: m.dequeueCount, body: m.body };
    });
  }

  async delete(messageId: string, popReceipt: string): Promise<boolean> {
    const m = this.messages.get(messageId);
    if (!m || m.popReceipt !== popReceipt) return false;
    this.messages.delete(messageId);
    return true;
  }

  async updateVisibility(messageId: string, popReceipt: string, visibilityTimeoutMs: number, body?: string): Promise<string | null> {
    const m = this.messages.get(messageId);
    if (!m || m.popReceipt !== popReceipt) return null;
    m.visibleAtMs = this.now() + visibilityTimeoutMs;
    m.popReceipt = `r${++this.receipts}`;
    if (body !== undefined) m.body = body;
    return m.popReceipt;
  }

  bodies(): unknown[] {
    return [...this.messages.values()].map((m) => JSON.parse(m.body));
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}

export class InMemoryLedger implements DeliveryLedger {
  readonly claims = new Map<string, { state: 'claiming' | 'enqueued'; claimedAtMs: number }>();
  readonly sent = new Map<string, SentRecord>();
  readonly deadLetters = new Map<string, DeadLetter>();
  readonly throttles = new Map<string, number>();
  claimCalls = 0;

  async claimEnqueue(ref: DeliveryRef, at: Date, staleAfterMs: number): Promise<ClaimResult> {
    this.claimCalls++;
    const existing = this.claims.get(ref.key);
    if (existing && !(existing.state === 'claiming' && at.getTime() - existing.claimedAtMs >= staleAfterMs)) return 'taken';
    this.claims.set(ref.key, { state: 'claiming', claimedAtMs: at.getTime() });
    return 'claimed';
  }

  async markEnqueued(ref: DeliveryRef): Promise<void> {
    const claim = this.claims.get(ref.key);
    if (claim) claim.state = 'enqueued';
  }

  async releaseClaim(ref: DeliveryRef): Promise<void> {
    this.claims.delete(ref.key);
  }

  async findSent(ref: DeliveryRef): Promise<SentRecord | null> {
    return this.sent.get(ref.key) ?? null;
  }

  async recordSent(record: SentRecord): Promise<'recorded' | 'already-recorded'> {
    if (this.sent.has(record.key)) return 'already-recorded';
    this.sent.set(record.key, record);
    return 'recorded';
  }

  async recordDeadLetter(letter: DeadLetter): Promise<void> {
    this.deadLetters.set(letter.key, letter);
  }

  async listDeadLetters(tenantId: string): Promise<DeadLetter[]> {
    return [...this.deadLetters.values()].filter((d) => d.tenantId === tenantId);
  }

  async throttledUntil(tenantId: string): Promise<Date | null> {
    const until = this.throttles.get(tenantId);
    return until === undefined ? null : new Date(until);
  }

  async extendThrottle(tenantId: string, until: Date): Promise<void> {
    this.throttles.set(tenantId, Math.max(this.throttles.get(tenantId) ?? 0, until.getTime()));
  }
}

export class FakeConversations implements ConversationReferences {
  readonly byOwner = new Map<string, StoredConversation>();
  readonly uninstalled: string[] = [];

  async install(conversation: StoredConversation): Promise<boolean> {
    const key = `${conversation.tenantId}|${conversation.ownerId}`;
    const existing = this.byOwner.get(key);
    this.byOwner.set(key, conversation);
    return existing === undefined || existing.uninstalledAt !== null;
  }

  add(tenantId: string, ownerId: string, overrides: Partial<StoredConversation> = {}): StoredConversation {
    const conversation: StoredConversation = {
      tenantId,
      ownerId,
      scope: 'personal',
      conversationId: `a:conv-${ownerId}`,
      serviceUrl: 'https://smba.example/teams/',
      reference: {},
      updatedAt: '2026-01-01T00:00:00.000Z',
      uninstalledAt: null,
      ...overrides,
    };
    this.byOwner.set(`${tenantId}|${ownerId}`, conversation);
    return conversation;
  }

  async save(conversation: StoredConversation): Promise<void> {
    this.byOwner.set(`${conversation.tenantId}|${conversation.ownerId}`, conversation);
  }

  async get(tenantId: string, _scope: StoredConversation['scope'], ownerId: string): Promise<StoredConversation | null> {
    return this.byOwner.get(`${tenantId}|${ownerId}`) ?? null;
  }

  async markUninstalled(tenantId: string, _scope: StoredConversation['scope'], ownerId: string, at: string): Promise<void> {
    const existing = this.byOwner.get(`${tenantId}|${ownerId}`);
    this.uninstalled.push(`${tenantId}|${ownerId}`);
    if (existing) this.byOwner.set(`${tenantId}|${ownerId}`, { ...existing, uninstalledAt: at });
  }
}

export interface SentCall {
  readonly conversationId: string;
  readonly tenantId: string;
  readonly message: OutgoingMessage;
  readonly atMs: number;
}

type Step = SendOutcome | ((call: SentCall) => SendOutcome | Promise<SendOutcome>);

/** The Teams boundary: answers scripted per call (per recipient when a script is set for one), ok otherwise. */
export class ScriptedSender implements ProactiveSender {
  readonly calls: SentCall[] = [];
  private readonly scripts = new Map<string, Step[]>();
  private readonly shared: Step[] = [];

  constructor(private readonly clock: Clock) {}

  /** Answers for the next calls to anyone. */
  then(...steps: Step[]): this {
    this.shared.push(...steps);
    return this;
  }

  /** Answers for the next calls to one conversation. */
  for(conversationId: string, ...steps: Step[]): this {
    this.scripts.set(conversationId, [...(this.scripts.get(conversationId) ?? []), ...steps]);
    return this;
  }

  async send(conversation: StoredConversation, message: OutgoingMessage): Promise<SendOutcome> {
    const call: SentCall = { conversationId: conversation.conversationId, tenantId: conversation.tenantId, message, atMs: this.clock.now().getTime() };
    this.calls.push(call);
    const step = this.scripts.get(conversation.conversationId)?.shift() ?? this.shared.shift() ?? { ok: true, activityId: `act-${this.calls.length}` };
    return typeof step === 'function' ? step(call) : step;
  }

  to(conversationId: string): SentCall[] {
    return this.calls.filter((c) => c.conversationId === conversationId);
  }
}

export const failure = (status: number, retryAfterMs: number | null = null): SendOutcome => ({ ok: false, status, retryAfterMs, message: `status ${status}` });

export class FakeComposer implements NotificationComposer {
  readonly nothingToSay = new Set<string>();
  composed = 0;

  async compose(n: QueuedNotification): Promise<OutgoingMessage | null> {
    this.composed++;
    if (this.nothingToSay.has(n.recipientId)) return null;
    return { type: 'message', text: `${n.kind} for ${n.recipientId} (${n.period})` };
  }
}

export class FakeSettings implements NotificationSettingsRepository {
  readonly tenants = new Map<string, TenantNotificationSettings>();
  readonly preferences = new Map<string, PersonNotificationPreferences>();

  constructor(private readonly clock: Clock) {}

  async getTenantSettings(tenantId: string): Promise<TenantNotificationSettings> {
    return this.tenants.get(tenantId) ?? defaultTenantSettings(tenantId, this.clock.now().toISOString());
  }
  async saveTenantSettings(settings: TenantNotificationSettings): Promise<void> {
    this.tenants.set(settings.tenantId, settings);
  }
  async getPreferences(tenantId: string, personId: string): Promise<PersonNotificationPreferences> {
    return this.preferences.get(`${tenantId}|${personId}`) ?? defaultPreferences(tenantId, personId, this.clock.now().toISOString());
  }
  async listPreferences(tenantId: string): Promise<PersonNotificationPreferences[]> {
    return [...this.preferences.values()].filter((p) => p.tenantId === tenantId);
  }
  async savePreferences(preferences: PersonNotificationPreferences): Promise<void> {
    this.preferences.set(`${preferences.tenantId}|${preferences.personId}`, preferences);
  }
}

/** The parts of the OKR store the scheduler reads, in memory. */
export class FakeOkrStore {
  readonly people: Person[] = [];
  readonly cycles: Cycle[] = [];
  readonly objectives: Objective[] = [];
  peopleQueries = 0;
  objectiveQueries = 0;

  readonly directory = {
    queryPeople: async (tenantId: string) => {
      this.peopleQueries++;
      return ok({ items: this.people.filter((p) => p.tenantId === tenantId) });
    },
  } as unknown as DirectoryRepository;

  readonly goals = {
    listCycles: async (tenantId: string) => this.cycles.filter((c) => c.tenantId === tenantId),
    listAllObjectives: async (tenantId: string, cycleId: string, filter: ObjectiveFilter) => {
      this.objectiveQueries++;
      return this.objectives.filter((o) => o.tenantId === tenantId && o.cycleId === cycleId && (!filter.states || filter.states.includes(o.state)));
    },
  } as unknown as GoalsRepository;
}

export function notification(tenantId: string, recipientId: string, overrides: Partial<QueuedNotification> = {}): QueuedNotification {
  const base = { tenantId, recipientId, kind: 'checkin-reminder' as const, period: '2026-W48', enqueuedAt: '2026-11-23T08:00:00.000Z', ...overrides };
  return { ...base, key: notificationKey(base) };
}
