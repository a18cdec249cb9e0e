import assert from 'node:assert/strict';
import { LocalMeetingRoster, MAX_LOCAL_MEETINGS } from '../../../src/store/teams/local-meeting-roster.js';

const meeting = { tenantId: 'T-1', meetingId: 'bWVldGluZw==', chatId: '19:meeting_x@thread.v2' };

describe('store/teams: the local meeting roster', () => {
  it('exists in local mode only: azure mode refuses to build it', () => {
    assert.throws(() => new LocalMeetingRoster('azure'), /only in local mode/);
    assert.doesNotThrow(() => new LocalMeetingRoster('local'));
  });

  it('answers for registered meetings: participants with their role, nobody else, no other tenant', async () => {
    const roster = new LocalMeetingRoster('local');
    roster.register({ ...meeting, participants: [{ personId: 'A', role: 'organizer' }, { personId: 'b', role: 'attendee' }] });
    assert.deepEqual(await roster.find(meeting, 'a'), { ok: true, value: { personId: 'A', role: 'organizer', inMeeting: true, chatId: meeting.chatId, tenantId: 'T-1' } });
    assert.deepEqual(await roster.find(meeting, 'c'), { ok: true, value: null });
    assert.deepEqual(await roster.find({ ...meeting, tenantId: 'T-2' }, 'A'), { ok: true, value: null });
    assert.deepEqual(await roster.find({ ...meeting, meetingId: 'other' }, 'A'), { ok: true, value: null });
    // The chat the meeting belongs to is reported, so a request naming another chat can be refused.
    const named = await roster.find({ ...meeting, chatId: '19:meeting_y@thread.v2' }, 'A');
    assert.ok(named.ok && named.value?.chatId === meeting.chatId);
  });

  it('registering again replaces the roster; old meetings go beyond the limit', async () => {
    const roster = new LocalMeetingRoster('local');
    roster.register({ ...meeting, participants: [{ personId: 'a', role: 'attendee' }] });
    roster.register({ ...meeting, participants: [{ personId: 'b', role: 'attendee' }] });
    assert.deepEqual(await roster.find(meeting, 'a'), { ok: true, value: null });
    for (let i = 0; i < MAX_LOCAL_MEETINGS; i++) roster.register({ ...meeting, meetingId: `m${i}`, participants: [{ personId: 'x', role: 'attendee' }] });
    assert.deepEqual(await roster.find(meeting, 'b'), { ok: true, value: null }, 'the oldest was dropped');
    assert.ok((await roster.find({ ...meeting, meetingId: `m${MAX_LOCAL_MEETINGS - 1}` }, 'x')).ok);
  });
});
