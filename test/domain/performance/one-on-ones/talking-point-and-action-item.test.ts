import assert from 'node:assert/strict';
import { MAX_ACTION_ITEM_LENGTH, newActionItem, sortActionItems, updateActionItem } from '../../../../src/domain/performance/one-on-ones/action-item.js';
import { privateNoteId, writePrivateNote } from '../../../../src/domain/performance/one-on-ones/private-note.js';
import { checkTalkingPoint, MAX_TALKING_POINT_LENGTH, newTalkingPoint, rewordTalkingPoint } from '../../../../src/domain/performance/one-on-ones/talking-point.js';
import { PAIR } from './builders.js';

const NOW = '2026-11-22T12:00:00.000Z';
const LATER = '2026-11-23T12:00:00.000Z';

describe('1:1 talking points, action items and private notes', () => {
  it('validates talking point text and lets only the author reword it', () => {
    const p = newTalkingPoint(PAIR, { id: 'p', meetingId: 'm', authorId: 'report', text: '  Career growth  ', now: NOW });
    assert.ok(p.ok && p.value.text === 'Career growth');
    for (const text of ['', '   ', 'x'.repeat(MAX_TALKING_POINT_LENGTH + 1)]) {
      const bad = newTalkingPoint(PAIR, { id: 'p', meetingId: 'm', authorId: 'report', text, now: NOW });
      assert.ok(!bad.ok && bad.code === 'PERF.VALIDATION');
    }
    const byOther = rewordTalkingPoint(p.value, 'Changed', 'manager', LATER);
    assert.ok(!byOther.ok && byOther.code === 'PERF.FORBIDDEN');
    const byAuthor = rewordTalkingPoint(p.value, 'Career growth and scope', 'report', LATER, 1);
    assert.ok(byAuthor.ok && byAuthor.value.revision === 2);
  });

  it('checks a point off in a meeting and reopens it; either side may', () => {
    const p = newTalkingPoint(PAIR, { id: 'p', meetingId: 'm', authorId: 'report', text: 'x', now: NOW });
    assert.ok(p.ok);
    const done = checkTalkingPoint(p.value, true, 'm', 'manager', LATER);
    assert.ok(done.ok && done.value.done && done.value.doneInMeetingId === 'm' && done.value.doneBy === 'manager');
    const again = checkTalkingPoint(done.value, true, 'm', 'report', LATER);
    assert.ok(again.ok && again.value === done.value, 'checking a checked point changes nothing');
    const reopened = checkTalkingPoint(done.value, false, 'm', 'report', LATER);
    assert.ok(reopened.ok && !reopened.value.done && reopened.value.doneInMeetingId === null);
  });

  it('gives action items an owner from the pair and a real due date', () => {
    const ok = newActionItem(PAIR, { id: 'a', meetingId: null, text: 'Write the doc', ownerId: 'report', dueDate: '2026-11-30', by: 'manager', now: NOW });
    assert.ok(ok.ok);
    assert.deepEqual(Object.keys(ok.value).sort(), ['createdAt', 'createdBy', 'done', 'doneAt', 'doneBy', 'dueDate', 'id', 'managerId', 'meetingId', 'ownerId', 'pairId', 'reportId', 'revision', 'tenantId', 'text', 'updatedAt'].sort());
    const outsider = newActionItem(PAIR, { id: 'a', meetingId: null, text: 'x', ownerId: 'someone-else', dueDate: null, by: 'manager', now: NOW });
    assert.ok(!outsider.ok && (outsider.details?.fields as Record<string, string>).ownerId);
    const badDate = newActionItem(PAIR, { id: 'a', meetingId: null, text: 'x', ownerId: 'manager', dueDate: '2026-02-31', by: 'manager', now: NOW });
    assert.ok(!badDate.ok && (badDate.details?.fields as Record<string, string>).dueDate);
    const long = newActionItem(PAIR, { id: 'a', meetingId: null, text: 'x'.repeat(MAX_ACTION_ITEM_LENGTH + 1), ownerId: 'manager', dueDate: null, by: 'manager', now: NOW });
    assert.ok(!long.ok);
  });

  it('closes and reopens action items with who and when, and refuses a stale revision', () => {
    const item = newActionItem(PAIR, { id: 'a', meetingId: null, text: 'x', ownerId: 'report', dueDate: null, by: 'manager', now: NOW });
    assert.ok(item.ok);
    const closed = updateActionItem(item.value, { done: true }, 'report', LATER, 1);
    assert.ok(closed.ok && closed.value.done && closed.value.doneAt === LATER && closed.value.doneBy === 'report' && closed.value.revision === 2);
    const stale = updateActionItem(closed.value, { text: 'y' }, 'manager', LATER, 1);
    assert.ok(!stale.ok && stale.code === 'PERF.REVISION_MISMATCH');
    const moved = updateActionItem(closed.value, { ownerId: 'manager', dueDate: '2026-12-01' }, 'manager', LATER);
    assert.ok(moved.ok && moved.value.ownerId === 'manager' && moved.value.done && moved.value.doneAt === LATER);
    const reopened = updateActionItem(moved.value, { done: false }, 'manager', LATER);
    assert.ok(reopened.ok && reopened.value.doneAt === null && reopened.value.doneBy === null);
    const unchanged = updateActionItem(reopened.value, { done: false }, 'manager', LATER);
    assert.ok(unchanged.ok && unchanged.value === reopened.value);
  });

  it('sorts open items by due date (undated last) before done ones, newest done first', () => {
    const base = newActionItem(PAIR, { id: 'x', meetingId: null, text: 'x', ownerId: 'report', dueDate: null, by: 'manager', now: NOW });
    assert.ok(base.ok);
    const items = [
      { ...base.value, id: 'undated' },
      { ...base.value, id: 'late', dueDate: '2026-12-10' },
      { ...base.value, id: 'soon', dueDate: '2026-11-25' },
      { ...base.value, id: 'doneOld', done: true, doneAt: '2026-11-01T00:00:00.000Z' },
      { ...base.value, id: 'doneNew', done: true, doneAt: '2026-11-20T00:00:00.000Z' },
    ];
    assert.deepEqual(sortActionItems(items).map((i) => i.id), ['soon', 'late', 'undated', 'doneNew', 'doneOld']);
  });

  it('names the author in a private note id and checks the revision on save', () => {
    assert.notEqual(privateNoteId('m', 'manager'), privateNoteId('m', 'report'));
    const first = writePrivateNote(PAIR, null, { meetingId: 'm', authorId: 'manager', text: 'mine', now: NOW }, 0);
    assert.ok(first.ok && first.value.id === privateNoteId('m', 'manager') && first.value.revision === 1);
    const second = writePrivateNote(PAIR, first.value, { meetingId: 'm', authorId: 'manager', text: 'more', now: LATER }, 1);
    assert.ok(second.ok && second.value.revision === 2 && second.value.createdAt === NOW);
    const stale = writePrivateNote(PAIR, second.value, { meetingId: 'm', authorId: 'manager', text: 'x', now: LATER }, 1);
    assert.ok(!stale.ok && stale.code === 'PERF.REVISION_MISMATCH');
  });
});
