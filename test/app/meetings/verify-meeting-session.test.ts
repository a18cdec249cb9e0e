/**
 * The meeting session use case with an in-memory roster and directory: what the server believes
 * about a meeting request comes from the roster and the directory, never from the request.
 */
import assert from 'node:assert/strict';
import { cachedMeetingParticipants } from '../../../src/app/meetings/cached-meeting-participants.js';
import type { MeetingParticipant, MeetingParticipants, MeetingRef, MeetingRosterError } from '../../../src/app/meetings/ports/meeting-participants.js';
import { MAX_COUNTERPART_CANDIDATES, verifyMeetingSession } from '../../../src/app/meetings/verify-meeting-session.js';
import type { Person } from '../../../src/domain/people/person.js';
import { fail, ok, type Result } from '../../../src/domain/shared/result.js';

const TENANT = 'tenant-a';
const OTHER_TENANT = 'tenant-b';
const CHAT = '19:meeting_abc@thread.v2';
const MEETING = 'bWVldGluZw==';

const person = (id: string, managerId: string | null, tenantId = TENANT): Person => ({
  tenantId,
  id,
  displayName: id.toUpperCase(),
  email: `${id}@example.com`,
  jobTitle: 'Engineer',
  department: null,
  managerId,
  managerChain: managerId ? [managerId] : [],
  teamIds: [],
  timezone: 'UTC',
  locale: 'en-US',
  roles: ['member'],
});

const PEOPLE = [person('boss', null), person('mgr', 'boss'), person('rep', 'mgr'), person('rep2', 'mgr'), person('peer', 'boss'), person('alien', null, OTHER_TENANT)];

const directory = {
  getPerson: async (tenantId: string, id: string) => PEOPLE.find((p) => p.tenantId === tenantId && p.id === id) ?? null,
  queryPeople: async (tenantId: string, filter: { managerId?: string }, page: { limit: number }) =>
    ok({ items: PEOPLE.filter((p) => p.tenantId === tenantId && p.managerId === filter.managerId).slice(0, page.limit) }),
};

/** A roster: who is in the meeting, and what Teams would say about each (a different chat, a different tenant...). */
function roster(entries: Record<string, Partial<MeetingParticipant> | MeetingRosterError>): MeetingParticipants & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async find(meeting: MeetingRef, personId: string): Promise<Result<MeetingParticipant | null, MeetingRosterError>> {
      calls.push(`${meeting.tenantId}|${meeting.meetingId}|${personId}`);
      const entry = entries[personId];
      if (typeof entry === 'string') return fail(entry, 'roster failed');
      if (!entry || meeting.meetingId !== MEETING) return ok(null);
      return ok({ personId, role: 'attendee', inMeeting: true, chatId: CHAT, tenantId: meeting.tenantId, ...entry });
    },
  };
}

const as = (id: string) => ({ actor: PEOPLE.find((p) => p.id === id)! });

describe('meetings: verifyMeetingSession', () => {
  it('the manager with a proposed report: a pair, the meeting in the caller\'s tenant', async () => {
    const r = roster({ mgr: { role: 'organizer' }, rep: {} });
    const s = await verifyMeetingSession({ directory, participants: r }, as('mgr'), { meetingId: MEETING, chatId: CHAT, counterpartId: 'rep' });
    assert.ok(s.ok);
    assert.equal(s.value.meeting.tenantId, TENANT);
    assert.equal(s.value.viewerRole, 'organizer');
    assert.equal(s.value.pair?.viewerIs, 'manager');
    assert.equal(s.value.pair?.report.id, 'rep');
    assert.deepEqual(r.calls, [`${TENANT}|${MEETING}|mgr`, `${TENANT}|${MEETING}|rep`]);
  });

  it('the report sees the same pair from the other side', async () => {
    const s = await verifyMeetingSession({ directory, participants: roster({ mgr: {}, rep: {} }) }, as('rep'), { meetingId: MEETING, chatId: CHAT, counterpartId: 'mgr' });
    assert.ok(s.ok && s.value.pair?.viewerIs === 'report' && s.value.pair.manager.id === 'mgr');
  });

  it('peers are participants but no pair', async () => {
    const s = await verifyMeetingSession({ directory, participants: roster({ mgr: {}, peer: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT, counterpartId: 'peer' });
    assert.ok(s.ok && s.value.pair === null && s.value.counterpart?.id === 'peer');
  });

  it('the caller must be confirmed by the roster: not listed, another chat, another tenant, or somebody else\'s record', async () => {
    const cases: Record<string, Partial<MeetingParticipant>> = {
      otherChat: { chatId: '19:meeting_other@thread.v2' },
      otherTenant: { tenantId: OTHER_TENANT },
      otherPerson: { personId: 'someone-else' },
    };
    assert.equal((await verifyMeetingSession({ directory, participants: roster({ rep: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT })).ok, false);
    for (const [name, entry] of Object.entries(cases)) {
      const s = await verifyMeetingSession({ directory, participants: roster({ mgr: entry, rep: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT, counterpartId: 'rep' });
      assert.ok(!s.ok && s.code === 'MEETING.NOT_FOUND', name);
    }
  });

  it('the counterpart must be a person of the caller\'s tenant and in the meeting', async () => {
    for (const counterpartId of ['rep2', 'alien', 'nobody', 'mgr']) {
      const s = await verifyMeetingSession({ directory, participants: roster({ mgr: {}, rep: {}, alien: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT, counterpartId });
      assert.ok(!s.ok && s.code === 'MEETING.COUNTERPART_NOT_FOUND', counterpartId);
    }
  });

  it('without a proposal: the one manager or report in the meeting, else the candidates to choose from', async () => {
    const one = await verifyMeetingSession({ directory, participants: roster({ mgr: {}, rep2: {}, peer: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT });
    assert.ok(one.ok && one.value.pair?.report.id === 'rep2');
    const up = await verifyMeetingSession({ directory, participants: roster({ mgr: {}, boss: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT });
    assert.ok(up.ok && up.value.pair?.viewerIs === 'report' && up.value.pair.manager.id === 'boss');
    const two = await verifyMeetingSession({ directory, participants: roster({ mgr: {}, rep: {}, rep2: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT });
    assert.ok(two.ok && two.value.pair === null && two.value.counterpart === null);
    assert.deepEqual(two.value.candidates.map((c) => c.id).sort(), ['rep', 'rep2']);
    const none = await verifyMeetingSession({ directory, participants: roster({ mgr: {} }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT });
    assert.ok(none.ok && none.value.pair === null && none.value.candidates.length === 0);
    assert.ok(MAX_COUNTERPART_CANDIDATES >= 2);
  });

  it('roster failures pass through as they are (throttled, unavailable, not installed)', async () => {
    for (const code of ['MEETING.ROSTER_THROTTLED', 'MEETING.ROSTER_UNAVAILABLE', 'MEETING.APP_NOT_INSTALLED'] as const) {
      const onCaller = await verifyMeetingSession({ directory, participants: roster({ mgr: code }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT });
      assert.ok(!onCaller.ok && onCaller.code === code);
      const onCandidate = await verifyMeetingSession({ directory, participants: roster({ mgr: {}, rep: code }) }, as('mgr'), { meetingId: MEETING, chatId: CHAT });
      assert.ok(!onCandidate.ok && onCandidate.code === code);
    }
  });

  it('findCounterpart: false asks the roster about the caller only (the stage with a subject)', async () => {
    const r = roster({ mgr: {}, rep: {} });
    const s = await verifyMeetingSession({ directory, participants: r }, as('mgr'), { meetingId: MEETING, chatId: CHAT, findCounterpart: false });
    assert.ok(s.ok && s.value.pair === null);
    assert.equal(r.calls.length, 1);
  });
});

describe('meetings: cachedMeetingParticipants', () => {
  it('reuses answers (found and not found) for the TTL, never failures', async () => {
    let now = 1_000_000;
    const inner = roster({ mgr: {}, flaky: 'MEETING.ROSTER_THROTTLED' });
    const cached = cachedMeetingParticipants(inner, { now: () => new Date(now) }, 60_000);
    const meeting = { tenantId: TENANT, meetingId: MEETING, chatId: CHAT };
    await cached.find(meeting, 'mgr');
    await cached.find(meeting, 'MGR');
    await cached.find(meeting, 'rep');
    await cached.find(meeting, 'rep');
    await cached.find(meeting, 'flaky');
    await cached.find(meeting, 'flaky');
    assert.equal(inner.calls.length, 4, inner.calls.join('\n'));
    now += 60_001;
    await cached.find(meeting, 'mgr');
    assert.equal(inner.calls.length, 5, 'asked again after the TTL');
    await cached.find({ ...meeting, chatId: '19:meeting_other@thread.v2' }, 'mgr');
    await cached.find({ ...meeting, tenantId: OTHER_TENANT }, 'mgr');
    assert.equal(inner.calls.length, 7, 'another chat or tenant is another question');
  });
});
