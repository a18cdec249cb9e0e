import assert from 'node:assert/strict';
import { agendaOf, currentMeetingOf, liveMeetingOf, openPointIds, rankForMove } from '../../../../src/domain/performance/one-on-ones/agenda.js';
import { completeMeeting } from '../../../../src/domain/performance/one-on-ones/meeting.js';
import { checkTalkingPoint } from '../../../../src/domain/performance/one-on-ones/talking-point.js';
import { meeting, point, summary } from './builders.js';

const texts = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('1:1 agenda and carry-over', () => {
  const m1 = meeting('m1', '2026-11-02', 'upcoming');
  const m2 = meeting('m2', '2026-11-09', 'upcoming');

  it('puts a point on the meeting it was added to while that meeting is upcoming', () => {
    const p = point('a', 'm2', { rank: 1 });
    assert.equal(currentMeetingOf(p, [m1, m2].map(summary)), 'm2');
    assert.deepEqual(texts(agendaOf(m2, [m1, m2].map(summary), [p])), ['a']);
    assert.deepEqual(texts(agendaOf(m1, [m1, m2].map(summary), [p])), []);
  });

  it('carries unchecked points to the next upcoming meeting when a meeting is completed, and keeps checked ones behind', () => {
    const open = point('open', 'm1', { rank: 1 });
    const checked = checkTalkingPoint(point('checked', 'm1', { rank: 2 }), true, 'm1', 'manager', '2026-11-02T10:00:00.000Z');
    assert.ok(checked.ok);
    const before = agendaOf(m1, [m1, m2].map(summary), [open, checked.value]);
    assert.deepEqual(before.map((i) => [i.id, i.state]), [['open', 'open'], ['checked', 'done']]);

    const done = completeMeeting(m1, openPointIds(before), 'manager', '2026-11-02T11:00:00.000Z');
    assert.ok(done.ok);
    assert.deepEqual(done.value.carriedOverPointIds, ['open']);
    const meetings = [done.value, m2].map(summary);
    const next = agendaOf(m2, meetings, [open, checked.value]);
    assert.deepEqual(next.map((i) => [i.id, i.state, i.carriedFrom?.meetingId]), [['open', 'open', 'm1']]);
    // The completed meeting keeps its record: what was discussed and what moved on.
    const record = agendaOf(done.value, meetings, [open, checked.value]);
    assert.deepEqual(record.map((i) => [i.id, i.state]), [['open', 'carried-over'], ['checked', 'done']]);
  });

  it('keeps carrying a point through several meetings until it is checked, then leaves it in the meeting it was checked in', () => {
    const p = point('p', 'm1');
    const m1done = meeting('m1', '2026-11-02', 'done', { carriedOverPointIds: ['p'] });
    const m2done = meeting('m2', '2026-11-09', 'done', { carriedOverPointIds: ['p'] });
    const m3 = meeting('m3', '2026-11-16', 'upcoming');
    const m4 = meeting('m4', '2026-11-23', 'upcoming');
    const meetings = [m1done, m2done, m3, m4].map(summary);
    assert.equal(currentMeetingOf(p, meetings), 'm3', 'the earliest upcoming meeting');
    const checked = checkTalkingPoint(p, true, 'm3', 'report', '2026-11-16T10:00:00.000Z');
    assert.ok(checked.ok);
    assert.deepEqual(texts(agendaOf(m3, meetings, [checked.value])), ['p']);
    assert.deepEqual(texts(agendaOf(m4, meetings, [checked.value])), []);
    assert.deepEqual(agendaOf(m2done, meetings, [checked.value]).map((i) => i.state), ['carried-over']);
    assert.equal(liveMeetingOf(checked.value, meetings), 'm3');
  });

  it('has no current meeting for an open point when nothing is scheduled, and none for a point checked in a completed meeting', () => {
    const done = meeting('m1', '2026-11-02', 'done');
    assert.equal(currentMeetingOf(point('p', 'm1'), [summary(done)]), null);
    assert.equal(liveMeetingOf(point('q', 'm1', { done: true, doneInMeetingId: 'm1' }), [summary(done)]), null);
  });

  it('treats a point added while the meeting was being completed as carried, not lost', () => {
    // The completion snapshot missed it; it was added to m1, which is done now: it shows on the next meeting.
    const m1done = meeting('m1', '2026-11-02', 'done', { carriedOverPointIds: [] });
    const late = point('late', 'm1');
    const meetings = [m1done, m2].map(summary);
    assert.deepEqual(texts(agendaOf(m2, meetings, [late])), ['late']);
    assert.deepEqual(agendaOf(m1done, meetings, [late]).map((i) => i.state), ['carried-over']);
  });

  it('orders the agenda by rank and moves a point by writing only its rank', () => {
    const points = [point('a', 'm1', { rank: 1 }), point('b', 'm1', { rank: 2 }), point('c', 'm1', { rank: 3 })];
    const agenda = agendaOf(m1, [summary(m1)], points);
    const up = rankForMove(agenda, 'c', 'up');
    assert.ok(up.ok);
    assert.ok(up.value > 1 && up.value < 2, `${up.value} between a and b`);
    const moved = agendaOf(m1, [summary(m1)], points.map((p) => (p.id === 'c' ? { ...p, rank: up.value } : p)));
    assert.deepEqual(texts(moved), ['a', 'c', 'b']);
    const top = rankForMove(agenda, 'b', 'up');
    assert.ok(top.ok && top.value < 1);
    const down = rankForMove(agenda, 'b', 'down');
    assert.ok(down.ok && down.value > 3);
    const first = rankForMove(agenda, 'a', 'up');
    assert.ok(!first.ok && first.code === 'PERF.VALIDATION');
    const unknown = rankForMove(agenda, 'zzz', 'down');
    assert.ok(!unknown.ok && unknown.code === 'PERF.NOT_FOUND');
  });

  it('moves past a neighbour with an equal rank', () => {
    const agenda = agendaOf(m1, [summary(m1)], [point('a', 'm1', { rank: 5 }), point('b', 'm1', { rank: 5, createdAt: '2026-11-01T00:00:01.000Z' })]);
    assert.deepEqual(texts(agenda), ['a', 'b']);
    const up = rankForMove(agenda, 'b', 'up');
    assert.ok(up.ok && up.value < 5);
  });
});
