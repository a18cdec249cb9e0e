import assert from 'node:assert/strict';
import { completeMeeting, editSharedNotes, followUpMeetingId, MAX_SHARED_NOTES_LENGTH, nextUpcoming, rescheduleMeeting, scheduleMeeting } from '../../../../src/domain/performance/one-on-ones/meeting.js';
import { isCalendarDate, addDays } from '../../../../src/domain/performance/one-on-ones/calendar-date.js';
import { meeting, PAIR } from './builders.js';

const NOW = '2026-11-22T12:00:00.000Z';

describe('1:1 meetings', () => {
  it('schedules on a real calendar date only', () => {
    assert.ok(scheduleMeeting(PAIR, { id: 'm', date: '2026-11-30', by: 'manager', now: NOW }).ok);
    for (const bad of ['2026-02-30', '2026-13-01', '30.11.2026', '', '2026-11-30T10:00']) {
      const result = scheduleMeeting(PAIR, { id: 'm', date: bad, by: 'manager', now: NOW });
      assert.ok(!result.ok && result.code === 'PERF.VALIDATION', bad);
    }
  });

  it('reschedules only upcoming meetings, honouring the revision the caller saw', () => {
    const m = meeting('m', '2026-11-30', 'upcoming');
    const moved = rescheduleMeeting(m, '2026-12-01', NOW, 1);
    assert.ok(moved.ok && moved.value.date === '2026-12-01' && moved.value.revision === 2);
    const stale = rescheduleMeeting(m, '2026-12-01', NOW, 7);
    assert.ok(!stale.ok && stale.code === 'PERF.REVISION_MISMATCH');
    const done = rescheduleMeeting(meeting('d', '2026-11-01', 'done'), '2026-12-01', NOW);
    assert.ok(!done.ok && done.code === 'PERF.MEETING_DONE');
  });

  it('completes once, remembering the points it hands on', () => {
    const done = completeMeeting(meeting('m', '2026-11-20', 'upcoming'), ['p1', 'p1', 'p2'], 'report', NOW);
    assert.ok(done.ok);
    assert.equal(done.value.status, 'done');
    assert.deepEqual(done.value.carriedOverPointIds, ['p1', 'p2']);
    assert.equal(done.value.completedBy, 'report');
    const again = completeMeeting(done.value, [], 'manager', NOW);
    assert.ok(!again.ok && again.code === 'PERF.MEETING_DONE');
  });

  it('keeps shared notes editable after the meeting, with their own revision', () => {
    const m = meeting('m', '2026-11-20', 'done');
    const first = editSharedNotes(m, 'We agreed on X', 'manager', NOW, 0);
    assert.ok(first.ok && first.value.sharedNotes.revision === 1 && first.value.revision === m.revision);
    const stale = editSharedNotes(first.value, 'Other text', 'report', NOW, 0);
    assert.ok(!stale.ok && stale.code === 'PERF.REVISION_MISMATCH');
    const tooLong = editSharedNotes(m, 'x'.repeat(MAX_SHARED_NOTES_LENGTH + 1), 'manager', NOW);
    assert.ok(!tooLong.ok && tooLong.code === 'PERF.VALIDATION');
  });

  it('picks the earliest upcoming meeting as the next one, and gives both sides the same follow-up id', () => {
    const list = [meeting('b', '2026-12-07', 'upcoming'), meeting('a', '2026-11-30', 'upcoming'), meeting('x', '2026-11-01', 'done')];
    assert.equal(nextUpcoming(list)?.id, 'a');
    assert.equal(nextUpcoming([meeting('x', '2026-11-01', 'done')]), null);
    assert.equal(followUpMeetingId(PAIR, 'oo-manager.m1'), followUpMeetingId(PAIR, 'oo-manager.m1'));
    assert.notEqual(followUpMeetingId(PAIR, 'oo-manager.m1'), followUpMeetingId(PAIR, 'oo-manager.m2'));
    assert.ok(followUpMeetingId(PAIR, `${'x'.repeat(200)}`).length < 80, 'follow-up ids stay short however long the chain');
  });

  it('does calendar arithmetic across month and year ends', () => {
    assert.equal(addDays('2026-12-28', 7), '2027-01-04');
    assert.equal(addDays('2028-02-27', 2), '2028-02-29');
    assert.ok(isCalendarDate('2028-02-29') && !isCalendarDate('2027-02-29'));
  });
});
