import assert from 'node:assert/strict';
import type { AuditRecord } from '../../../../src/domain/performance/audit-record.js';
import { REMINDER_PLANNER_ACTOR, createReviewReminderPlanner } from '../../../../src/app/performance/reviews/review-reminders.js';
import type { NotificationPlanner, PlannedNotification } from '../../../../src/app/notifications/ports/notification-planner.js';
import { dueReminderDay, openedBefore } from '../../../../src/domain/performance/reviews/reminder-schedule.js';
import { parseReminderPeriod, reminderPeriod, responseIdOfPeriod } from '../../../../src/domain/performance/reviews/reminder-periods.js';
import { ALL_RATINGS, expectStatus, ReviewDriver, SELF_ANSWERS } from '../../../api/performance/reviews/review-http-kit.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';

const at = (iso: string) => {
  const d = new Date(iso);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
};

describe('review reminders: the schedule (pure)', () => {
  it('is due N days before the deadline and on the deadline day, from the hour on, and on no other day', () => {
    const timing = { daysBefore: 2, hour: 9 };
    assert.equal(dueReminderDay('2026-11-30', at('2026-11-28T09:00:00Z'), timing), '2026-11-28');
    assert.equal(dueReminderDay('2026-11-30', at('2026-11-28T23:59:00Z'), timing), '2026-11-28');
    assert.equal(dueReminderDay('2026-11-30', at('2026-11-28T08:59:00Z'), timing), null, 'not before nine');
    assert.equal(dueReminderDay('2026-11-30', at('2026-11-29T12:00:00Z'), timing), null, 'not the day between');
    assert.equal(dueReminderDay('2026-11-30', at('2026-11-30T09:30:00Z'), timing), '2026-11-30');
    assert.equal(dueReminderDay('2026-11-30', at('2026-12-01T09:30:00Z'), timing), null, 'never after the deadline');
    assert.equal(dueReminderDay('2026-11-30', at('2026-11-28T12:00:00Z'), { daysBefore: 0, hour: 9 }), null, 'daysBefore 0: the deadline day only');
    assert.equal(dueReminderDay('2026-03-01', at('2026-02-27T10:00:00Z'), timing), '2026-02-27', 'across a month end');
    assert.equal(dueReminderDay('not a date', at('2026-11-28T10:00:00Z'), timing), null);
  });

  it('leaves a request approved on the reminder day out of that reminder', () => {
    assert.equal(openedBefore('2026-11-27T20:00:00.000Z', '2026-11-28'), true);
    assert.equal(openedBefore('2026-11-28T08:00:00.000Z', '2026-11-28'), false);
  });

  it('periods name the day, cycle and phase (reminders) or the response (cards), and parse back', () => {
    assert.equal(reminderPeriod('2026-11-28', 'rcabc', 'self'), '2026-11-28~rcabc.self');
    assert.deepEqual(parseReminderPeriod('2026-11-28~rcabc.manager'), { day: '2026-11-28', cycleId: 'rcabc', phase: 'manager' });
    assert.equal(parseReminderPeriod('2026-11-28~rcabc.calibration'), null);
    assert.equal(parseReminderPeriod('2026-W48'), null);
    assert.equal(responseIdOfPeriod('2026-11-28~rcabc.p-1.prxyz'), 'rcabc.p-1.prxyz');
    assert.equal(responseIdOfPeriod('2026-11-28~rcabc.self'), null);
    assert.equal(responseIdOfPeriod('2026-11-28~../x.pry'), null);
  });
});

/**
 * The planner against the real local store and a fixed clock: a cycle of the Platform team
 * (Arjun and Priya in Bengaluru, Lena in Berlin, Kenji in Sydney, Fatima in London), deadlines
 * self 2026-11-30, peer 2026-12-07, manager 2026-12-14.
 */
describe('review reminders: the planner', function () {
  this.timeout(120_000);
  let t: TestTandem;
  let reviews: ReviewDriver;
  let planner: NotificationPlanner;
  let cycleId: string;

  const plan = async (iso: string): Promise<PlannedNotification[]> => {
    const planned = await planner.plan(CONTOSO.tenantId, new Date(iso));
    // Only this test's cycle (the seed has its own cycle in progress).
    return planned.filter((p) => p.period.includes(cycleId));
  };
  /** The people (of the ones this test follows) who get `kind` (and phase), sorted. */
  const FOLLOWED = ['arjun', 'lena', 'kenji', 'fatima', 'priya', 'david'];
  const recipients = (planned: readonly PlannedNotification[], kind: string, phase?: string) =>
    planned
      .filter((p) => p.kind === kind && (phase === undefined || p.period.endsWith(`.${phase}`)))
      .map((p) => FOLLOWED.find((key) => t.person(key) === p.recipientId))
      .filter((key): key is string => key !== undefined)
      .sort();

  before(async () => {
    t = await startTestTandem();
    reviews = new ReviewDriver(t);
    planner = createReviewReminderPlanner({ reviews: t.tandem.performance.reviews, directory: t.tandem.performance.directory, audit: t.tandem.performance.audit, ids: t.tandem.performance.ids, minIntervalMs: 0 });
    cycleId = await reviews.launched({ anonymity: { mode: 'anonymous', threshold: 3 } });
  });
  after(() => t.close());

  it('plans nothing before the first reminder day', async () => {
    assert.deepEqual(await plan('2026-11-22T12:00:00Z'), []);
  });

  it('reminds each subject with an unsubmitted self review on their own wall clock, once per day and cycle', async () => {
    expectStatus(await t.request('POST', `/review-packets/${reviews.packetId(cycleId, 'arjun')}/self-review/submit`, { as: 'arjun', body: { answers: SELF_ANSWERS, ratings: ALL_RATINGS } }), 200, 'arjun submits');
    // 08:30 in London is before nine for Fatima; Sydney is past midnight already (the 29th) at 13:30Z.
    assert.deepEqual(recipients(await plan('2026-11-28T08:30:00Z'), 'review-reminder', 'self'), ['kenji', 'lena', 'priya']);
    assert.deepEqual(recipients(await plan('2026-11-28T12:00:00Z'), 'review-reminder', 'self'), ['fatima', 'kenji', 'lena', 'priya']);
    assert.deepEqual(recipients(await plan('2026-11-28T13:30:00Z'), 'review-reminder', 'self'), ['fatima', 'lena', 'priya'], 'Kenji’s 28th is over');
    const planned = await plan('2026-11-28T12:00:00Z');
    assert.ok(planned.every((p) => p.period === `2026-11-28~${cycleId}.self`), JSON.stringify(planned));
    assert.deepEqual(recipients(await plan('2026-11-29T12:00:00Z'), 'review-reminder'), [], 'not the day between');
    assert.deepEqual(recipients(await plan('2026-11-30T12:00:00Z'), 'review-reminder', 'self'), ['fatima', 'kenji', 'lena', 'priya'], 'deadline day');
  });

  it('sends peer request cards only once the peer phase is open, and reminds only pending reviewers', async () => {
    await reviews.nominateAndApprove(cycleId, 'arjun', 'priya', ['lena', 'kenji']);
    assert.deepEqual(recipients(await plan('2026-11-28T12:00:00Z'), 'review-peer-request'), [], 'self phase: no card yet');
    await reviews.advance(cycleId, 'peer');
    const cards = (await plan('2026-12-01T12:00:00Z')).filter((p) => p.kind === 'review-peer-request');
    assert.deepEqual(recipients(cards, 'review-peer-request'), ['kenji', 'lena']);
    const lenaRequest = await reviews.requestFor('lena', cycleId, 'arjun');
    assert.ok(cards.some((p) => p.recipientId === t.person('lena') && responseIdOfPeriod(p.period) === lenaRequest), 'keyed by the response id');

    expectStatus(await t.request('POST', `/peer-responses/${lenaRequest}/submit`, { as: 'lena', body: { answers: { 'went-well': 'Pipelines', improve: 'Docs' }, ratings: {} } }), 200, 'lena answers');
    const reminderDay = await plan('2026-12-05T12:00:00Z');
    assert.deepEqual(recipients(reminderDay, 'review-peer-request'), ['kenji'], 'no card for a submitted response');
    assert.deepEqual(recipients(reminderDay, 'review-reminder', 'peer'), ['kenji']);
    assert.ok(reminderDay.some((p) => p.period === `2026-12-05~${cycleId}.peer`));
    // Nothing for the subject about feedback on them, ever: no card, no peer reminder, no count.
    for (const iso of ['2026-12-05T12:00:00Z', '2026-12-07T12:00:00Z']) {
      const planned = await plan(iso);
      assert.ok(!planned.some((p) => p.recipientId === t.person('arjun') && (p.kind === 'review-peer-request' || p.period.endsWith('.peer'))), JSON.stringify(planned));
    }
  });

  it('reminds the cycle manager once for all the reviews they owe, until each is submitted', async () => {
    await reviews.advance(cycleId, 'manager');
    const planned = await plan('2026-12-12T12:00:00Z');
    // Priya is in the Platform team too: David, her manager at launch, owes her review.
    assert.deepEqual(recipients(planned, 'review-reminder', 'manager'), ['david', 'priya'], 'one reminder each, Priya’s for four reviews');
    assert.deepEqual(recipients(planned, 'review-reminder', 'self'), [], 'the self review is closed');
    assert.deepEqual(recipients(planned, 'review-peer-request'), [], 'the peer phase is over');
    for (const subject of ['arjun', 'lena', 'kenji', 'fatima']) await reviews.submitManagerReview(cycleId, subject, 'priya');
    assert.deepEqual(recipients(await plan('2026-12-14T12:00:00Z'), 'review-reminder', 'manager'), ['david'], 'Priya is done');
  });

  it('leaves an audit record of each run that read review status, as the system', async () => {
    const appended: AuditRecord[] = [];
    const recording = createReviewReminderPlanner({
      reviews: t.tandem.performance.reviews,
      directory: t.tandem.performance.directory,
      audit: { append: async (r) => void appended.push(r), listForSubject: async () => [] },
      ids: t.tandem.performance.ids,
      minIntervalMs: 0,
    });
    await recording.plan(CONTOSO.tenantId, new Date('2026-11-28T12:00:00Z'));
    assert.equal(appended.length, 1);
    assert.equal(appended[0]!.actorId, REMINDER_PLANNER_ACTOR);
    assert.ok(appended[0]!.entries.some((e) => e.documentId === cycleId && e.action === 'read'));
  });

  it('plans a tenant at most once per interval', async () => {
    const throttled = createReviewReminderPlanner({ reviews: t.tandem.performance.reviews, directory: t.tandem.performance.directory, audit: t.tandem.performance.audit, ids: t.tandem.performance.ids });
    const other = await reviews.launched();
    const first = (await throttled.plan(CONTOSO.tenantId, new Date('2026-11-28T12:00:00Z'))).filter((p) => p.period.includes(other));
    assert.ok(first.length > 0);
    assert.deepEqual(await throttled.plan(CONTOSO.tenantId, new Date('2026-11-28T12:04:00Z')), []);
    assert.ok((await throttled.plan(CONTOSO.tenantId, new Date('2026-11-28T12:05:00Z'))).some((p) => p.period.includes(other)));
  });
});
