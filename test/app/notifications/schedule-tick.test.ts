import assert from 'node:assert/strict';
import { EnqueueMemo } from '../../../src/app/notifications/enqueue-memo.js';
import { silentLogger } from '../../../src/app/notifications/ports/pipeline-logger.js';
import { scheduleTick, type SchedulerDeps } from '../../../src/app/notifications/schedule-tick.js';
import { decodeEnvelope, type SendEnvelope } from '../../../src/app/notifications/send-envelope.js';
import { TtlCache } from '../../../src/app/notifications/ttl-cache.js';
import { defaultTenantSettings } from '../../../src/app/ports/notification-settings.js';
import { TestClock } from '../../support/test-clock.js';
import { cycle, keyResult, objective, person } from '../../domain/okr/builders.js';
import { FakeConversations, FakeOkrStore, FakeSettings, InMemoryLedger, InMemoryQueue } from './fakes.js';

const T = 'tenant-a';
const CYCLE = 'cy2026q4';
const DAY = 86_400_000;

interface World {
  readonly clock: TestClock;
  readonly store: FakeOkrStore;
  readonly settings: FakeSettings;
  readonly conversations: FakeConversations;
  readonly ledger: InMemoryLedger;
  readonly queue: InMemoryQueue;
  deps(overrides?: Partial<SchedulerDeps>): SchedulerDeps;
  queued(): SendEnvelope[];
  /** Gives a person a key result in the active cycle, optionally with a check-in at `checkedInAt`. */
  owner(id: string, timezone: string, checkedInAt?: string): void;
}

function world(start = '2026-11-22T12:00:00.000Z'): World {
  const clock = new TestClock(start);
  const store = new FakeOkrStore();
  const settings = new FakeSettings(clock);
  const conversations = new FakeConversations();
  const ledger = new InMemoryLedger();
  const queue = new InMemoryQueue(clock);
  store.cycles.push(cycle({ tenantId: T, id: CYCLE, state: 'active', startDate: '2026-10-01', endDate: '2026-12-31' }), cycle({ tenantId: T, id: 'cy2026q3', state: 'closed' }));
  return {
    clock,
    store,
    settings,
    conversations,
    ledger,
    queue,
    deps: (overrides = {}) => ({
      tenants: async () => [T],
      settings,
      goals: store.goals,
      directory: store.directory,
      conversations,
      ledger,
      queue,
      logger: silentLogger,
      claimStaleAfterMs: 5 * 60_000,
      ...overrides,
    }),
    queued: () => queue.bodies().map((b) => decodeEnvelope(JSON.stringify(b))!),
    owner: (id, timezone, checkedInAt) => {
      store.people.push(person({ tenantId: T, id, timezone }));
      conversations.add(T, id);
      store.objectives.push(
        objective({
          tenantId: T,
          cycleId: CYCLE,
          id: `${CYCLE}.o-${id}`,
          state: 'active',
          keyResults: [keyResult({ id: `${CYCLE}.o-${id}.kr01`, ownerId: id, lastCheckIn: checkedInAt ? { id: 'ci', at: checkedInAt, authorId: id } : null })],
        }),
      );
    },
  };
}

const recipients = (w: World) => w.queued().map((e) => `${e.notification.recipientId} ${e.notification.kind} ${e.notification.period}`).sort();

describe('app: scheduleTick', () => {
  it('reminds a person in Asia/Kolkata at their Monday 09:00 (03:30 UTC) and one in America/Los_Angeles at theirs (17:00 UTC)', async () => {
    const w = world();
    w.owner('ines', 'Asia/Kolkata');
    w.owner('lars', 'America/Los_Angeles');
    const memo = new EnqueueMemo(24 * 3600_000);
    const tick = (iso: string) => scheduleTick(w.deps({ memo }), new Date(iso));

    assert.equal((await tick('2026-11-23T03:29:00Z')).enqueued, 0);
    const kolkata = await tick('2026-11-23T03:30:00Z');
    assert.equal(kolkata.enqueued, 1);
    assert.deepEqual(recipients(w), ['ines checkin-reminder 2026-W48']);
    assert.equal((await tick('2026-11-23T16:59:00Z')).enqueued, 0);
    assert.equal((await tick('2026-11-23T17:00:00Z')).enqueued, 1);
    assert.deepEqual(recipients(w), ['ines checkin-reminder 2026-W48', 'lars checkin-reminder 2026-W48']);
    const envelope = w.queued().find((e) => e.notification.recipientId === 'lars')!;
    assert.equal(envelope.notification.key, `${T}|lars|checkin-reminder|2026-W48`);
    assert.equal(envelope.notification.enqueuedAt, '2026-11-23T17:00:00.000Z');
    assert.equal(envelope.attempts, 0);
  });

  it('follows daylight saving: Los Angeles Monday 09:00 is 17:00 UTC before the change and 16:00 UTC after it', async () => {
    const w = world('2026-03-01T00:00:00Z');
    w.owner('lars', 'America/Los_Angeles');
    const memo = new EnqueueMemo(24 * 3600_000);
    const tick = (iso: string) => scheduleTick(w.deps({ memo }), new Date(iso));
    assert.equal((await tick('2026-03-02T16:59:00Z')).enqueued, 0);
    assert.equal((await tick('2026-03-02T17:00:00Z')).enqueued, 1, 'PST, week 10');
    // Clocks go forward on Sunday 2026-03-08.
    assert.equal((await tick('2026-03-09T15:59:00Z')).enqueued, 0);
    assert.equal((await tick('2026-03-09T16:00:00Z')).enqueued, 1, 'PDT, week 11');
    // And back on Sunday 2026-11-01.
    assert.equal((await tick('2026-10-26T16:00:00Z')).enqueued, 1, 'PDT, week 44');
    assert.equal((await tick('2026-11-02T16:00:00Z')).enqueued, 0);
    assert.equal((await tick('2026-11-02T17:00:00Z')).enqueued, 1, 'PST, week 45');
    assert.deepEqual(w.queued().map((e) => e.notification.period), ['2026-W10', '2026-W11', '2026-W44', '2026-W45']);
  });

  it('Europe changes on another date: Berlin Monday 09:00 is 08:00 UTC until 2026-03-29 and 07:00 UTC after', async () => {
    const w = world('2026-03-20T00:00:00Z');
    w.owner('bea', 'Europe/Berlin');
    const memo = new EnqueueMemo(24 * 3600_000);
    assert.equal((await scheduleTick(w.deps({ memo }), new Date('2026-03-23T08:00:00Z'))).enqueued, 1);
    assert.equal((await scheduleTick(w.deps({ memo }), new Date('2026-03-30T06:59:00Z'))).enqueued, 0);
    assert.equal((await scheduleTick(w.deps({ memo }), new Date('2026-03-30T07:00:00Z'))).enqueued, 1);
  });

  it('skips paused people, people who checked in within 3 days, people without key results, and unreachable ones', async () => {
    const w = world();
    const now = Date.parse('2026-11-23T08:00:00Z'); // Monday 09:00 in Berlin
    w.owner('ana', 'Europe/Berlin', new Date(now - 5 * DAY).toISOString());
    w.owner('chris', 'Europe/Berlin', new Date(now - 1 * DAY).toISOString());
    w.owner('paula', 'Europe/Berlin');
    await w.settings.savePreferences({ tenantId: T, personId: 'paula', pausedUntil: '2026-12-01T00:00:00.000Z', reminderSlot: null, updatedAt: '2026-11-01T00:00:00.000Z' });
    w.store.people.push(person({ tenantId: T, id: 'nora', timezone: 'Europe/Berlin' }));
    w.conversations.add(T, 'nora');
    w.owner('uma', 'Europe/Berlin');
    w.conversations.add(T, 'uma', { uninstalledAt: '2026-11-01T00:00:00.000Z' });
    w.owner('noah', 'Europe/Berlin');
    w.conversations.byOwner.delete(`${T}|noah`);

    const result = await scheduleTick(w.deps(), new Date(now));
    assert.deepEqual(recipients(w), ['ana checkin-reminder 2026-W48']);
    assert.equal(result.due, 6);
    assert.equal(result.enqueued, 1);
    assert.deepEqual(result.skipped, { paused: 1, 'no-key-results': 1, 'checked-in-recently': 1, 'no-direct-reports': 0, 'no-conversation': 1, uninstalled: 1 });
  });

  it('a pause that ended reminds again; a pause that ends later this week does not', async () => {
    const w = world();
    w.owner('paula', 'Europe/Berlin');
    await w.settings.savePreferences({ tenantId: T, personId: 'paula', pausedUntil: '2026-11-23T07:00:00.000Z', reminderSlot: null, updatedAt: '2026-11-01T00:00:00.000Z' });
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-23T08:00:00Z'))).enqueued, 1);
    await w.settings.savePreferences({ tenantId: T, personId: 'paula', pausedUntil: '2026-12-02T00:00:00.000Z', reminderSlot: null, updatedAt: '2026-11-23T09:00:00.000Z' });
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-30T08:00:00Z'))).skipped.paused, 1);
  });

  it('enqueues once when it ticks twice in the same period, with the memo and after a restart without it', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    const memo = new EnqueueMemo(24 * 3600_000);
    const first = await scheduleTick(w.deps({ memo }), new Date('2026-11-23T08:00:00Z'));
    const second = await scheduleTick(w.deps({ memo }), new Date('2026-11-23T08:01:00Z'));
    assert.equal(first.enqueued, 1);
    assert.equal(second.due, 0, 'the memo knows it is settled: no ledger call');
    assert.equal(w.ledger.claimCalls, 1);
    const afterRestart = await scheduleTick(w.deps({ memo: new EnqueueMemo(24 * 3600_000) }), new Date('2026-11-23T09:30:00Z'));
    assert.deepEqual([afterRestart.enqueued, afterRestart.alreadyEnqueued], [0, 1]);
    assert.equal(w.queue.enqueued, 1);
  });

  it('enqueues once when two scheduler instances tick at the same moment', async () => {
    const w = world();
    for (let i = 0; i < 20; i++) w.owner(`p${i}`, i % 2 ? 'Europe/Berlin' : 'Europe/Paris');
    const now = new Date('2026-11-23T08:00:00Z');
    const [a, b] = await Promise.all([scheduleTick(w.deps({ memo: new EnqueueMemo(1e9) }), now), scheduleTick(w.deps({ memo: new EnqueueMemo(1e9) }), now)]);
    assert.equal(a.enqueued + b.enqueued, 20);
    assert.equal(a.alreadyEnqueued + b.alreadyEnqueued, 20);
    assert.equal(w.queue.enqueued, 20);
    assert.equal(new Set(w.queued().map((e) => e.notification.key)).size, 20);
  });

  it('catches up on a slot missed while no scheduler ran, within 12 hours and no later', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    w.owner('ben', 'Europe/Berlin');
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-23T19:59:00Z'))).enqueued, 2);
    const late = world();
    late.owner('ana', 'Europe/Berlin');
    assert.equal((await scheduleTick(late.deps(), new Date('2026-11-23T20:00:00Z'))).enqueued, 0);
  });

  it('uses a person\'s own reminder slot over the tenant\'s', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    w.owner('ben', 'Europe/Berlin');
    await w.settings.savePreferences({ tenantId: T, personId: 'ben', pausedUntil: null, reminderSlot: { day: 'tuesday', time: '14:30' }, updatedAt: '2026-11-01T00:00:00.000Z' });
    assert.deepEqual((await scheduleTick(w.deps(), new Date('2026-11-23T08:00:00Z'))).enqueued, 1);
    assert.deepEqual(recipients(w), ['ana checkin-reminder 2026-W48']);
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-24T13:29:00Z'))).enqueued, 0);
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-24T13:30:00Z'))).enqueued, 1);
    assert.deepEqual(recipients(w), ['ana checkin-reminder 2026-W48', 'ben checkin-reminder 2026-W48']);
  });

  it('every two weeks: due in the first week of a pair, not in the second', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    await w.settings.saveTenantSettings({ ...defaultTenantSettings(T, '2026-11-01T00:00:00.000Z'), reminder: { day: 'monday', time: '09:00', cadence: 'biweekly', skipIfCheckedInWithinDays: 3 } });
    const mondays = ['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07'];
    const counts = [];
    for (const monday of mondays) counts.push((await scheduleTick(w.deps(), new Date(`${monday}T08:00:00Z`))).enqueued);
    assert.deepEqual(counts.filter((c) => c === 1).length, 2);
    assert.ok(counts[0] !== counts[1] && counts[1] !== counts[2]);
    for (const key of w.queued().map((e) => e.notification.period)) assert.match(key, /^2026-W\d\d\.\.2026-W\d\d$/);
  });

  it('monthly: on the first Monday of the month only', async () => {
    const w = world('2026-11-01T00:00:00Z');
    w.owner('ana', 'Europe/Berlin');
    await w.settings.saveTenantSettings({ ...defaultTenantSettings(T, '2026-11-01T00:00:00.000Z'), reminder: { day: 'monday', time: '09:00', cadence: 'monthly', skipIfCheckedInWithinDays: 3 } });
    const results = [];
    for (const monday of ['2026-11-02', '2026-11-09', '2026-11-30', '2026-12-07']) results.push((await scheduleTick(w.deps(), new Date(`${monday}T08:00:00Z`))).enqueued);
    assert.deepEqual(results, [1, 0, 0, 1]);
    assert.deepEqual(w.queued().map((e) => e.notification.period), ['2026-11', '2026-12']);
  });

  it('sends a manager digest on Friday 15:00 local to each manager with direct reports', async () => {
    const w = world();
    w.store.people.push(person({ tenantId: T, id: 'mia', timezone: 'Europe/London' }), person({ tenantId: T, id: 'max', timezone: 'Asia/Tokyo' }));
    for (const id of ['mia', 'max']) w.conversations.add(T, id);
    w.owner('ana', 'Europe/Berlin');
    w.store.people.splice(w.store.people.findIndex((p) => p.id === 'ana'), 1, person({ tenantId: T, id: 'ana', timezone: 'Europe/Berlin', managerId: 'mia' }));
    w.store.people.push(person({ tenantId: T, id: 'kai', timezone: 'Asia/Tokyo', managerId: 'max' }));
    const memo = new EnqueueMemo(1e9);
    assert.equal((await scheduleTick(w.deps({ memo }), new Date('2026-11-27T06:00:00Z'))).enqueued, 1, 'Tokyo 15:00');
    const london = await scheduleTick(w.deps({ memo }), new Date('2026-11-27T15:00:00Z'));
    assert.equal(london.enqueued, 1);
    assert.deepEqual(recipients(w), ['max manager-digest 2026-W48', 'mia manager-digest 2026-W48']);
  });

  it('sends no digest when the tenant switched digests off', async () => {
    const w = world();
    w.store.people.push(person({ tenantId: T, id: 'mia', timezone: 'Europe/London' }), person({ tenantId: T, id: 'ana', timezone: 'Europe/London', managerId: 'mia' }));
    w.conversations.add(T, 'mia');
    await w.settings.saveTenantSettings({ ...defaultTenantSettings(T, '2026-11-01T00:00:00.000Z'), digest: { day: 'friday', time: '15:00', enabled: false } });
    const result = await scheduleTick(w.deps(), new Date('2026-11-27T15:00:00Z'));
    assert.deepEqual([result.due, result.enqueued], [0, 0]);
  });

  it('gives the claim back when the enqueue fails, so the next tick enqueues', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    const original = w.queue.enqueue.bind(w.queue);
    let fail = true;
    w.queue.enqueue = async (body, options) => {
      if (fail) throw new Error('queue down');
      return original(body, options);
    };
    const memo = new EnqueueMemo(1e9);
    const broken = await scheduleTick(w.deps({ memo }), new Date('2026-11-23T08:00:00Z'));
    assert.deepEqual([broken.enqueued, broken.failed], [0, 1]);
    fail = false;
    const fixed = await scheduleTick(w.deps({ memo }), new Date('2026-11-23T08:01:00Z'));
    assert.equal(fixed.enqueued, 1);
  });

  it('takes over a claim whose scheduler died before enqueueing, once it is stale', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    w.ledger.claims.set(`${T}|ana|checkin-reminder|2026-W48`, { state: 'claiming', claimedAtMs: Date.parse('2026-11-23T08:00:00Z') });
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-23T08:02:00Z'))).alreadyEnqueued, 1);
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-23T08:06:00Z'))).enqueued, 1);
    w.ledger.claims.set(`${T}|ana|checkin-reminder|2026-W48`, { state: 'enqueued', claimedAtMs: 0 });
    assert.equal((await scheduleTick(w.deps(), new Date('2026-11-23T09:06:00Z'))).enqueued, 0, 'an enqueued claim is never taken over');
  });

  it('loads people and key results at most once per cache TTL, and only when someone is due', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    const cache = new TtlCache(5 * 60_000);
    const memo = new EnqueueMemo(1e9);
    await scheduleTick(w.deps({ cache, memo }), new Date('2026-11-22T10:00:00Z'));
    assert.deepEqual([w.store.peopleQueries, w.store.objectiveQueries], [1, 0], 'nobody due on Sunday: no key result reads');
    await scheduleTick(w.deps({ cache, memo }), new Date('2026-11-22T10:01:00Z'));
    assert.equal(w.store.peopleQueries, 1);
    await scheduleTick(w.deps({ cache, memo }), new Date('2026-11-23T08:00:00Z'));
    await scheduleTick(w.deps({ cache, memo }), new Date('2026-11-23T08:01:00Z'));
    assert.deepEqual([w.store.peopleQueries, w.store.objectiveQueries], [2, 1]);
  });

  it('keeps going when one tenant fails', async () => {
    const w = world();
    w.owner('ana', 'Europe/Berlin');
    const result = await scheduleTick(w.deps({ tenants: async () => ['broken', T], settings: { ...w.settings, getTenantSettings: async (t: string) => (t === 'broken' ? Promise.reject(new Error('nope')) : w.settings.getTenantSettings(t)), listPreferences: (t: string) => w.settings.listPreferences(t) } as never }), new Date('2026-11-23T08:00:00Z'));
    assert.deepEqual([result.tenants, result.failed, result.enqueued], [2, 1, 1]);
  });
});
