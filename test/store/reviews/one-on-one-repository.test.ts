import assert from 'node:assert/strict';
import type { OneOnOneRepository } from '../../../src/app/performance/ports/one-on-one-repository.js';
import { newActionItem } from '../../../src/domain/performance/one-on-ones/action-item.js';
import { completeMeeting, editSharedNotes, scheduleMeeting, type Meeting } from '../../../src/domain/performance/one-on-ones/meeting.js';
import { oneOnOnePair } from '../../../src/domain/performance/one-on-ones/one-on-one-pair.js';
import { privateNoteId, writePrivateNote } from '../../../src/domain/performance/one-on-ones/private-note.js';
import { checkTalkingPoint, newTalkingPoint, type TalkingPoint } from '../../../src/domain/performance/one-on-ones/talking-point.js';
import type { Result } from '../../../src/domain/shared/result.js';
import { REVIEW_CONTAINERS } from '../../../src/store/reviews/review-containers.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

const NOW = '2026-11-22T12:00:00.000Z';
const value = <T>(result: Result<T>): T => {
  if (!result.ok) assert.fail(`${result.code}: ${result.message}`);
  return result.value;
};

describe('1:1 documents on the conversations container', () => {
  let t: TestTandem;
  let store: OneOnOneRepository;
  // A pair the demo seed leaves alone: Tom and Ben.
  let pair: ReturnType<typeof oneOnOnePair>;
  before(async () => {
    t = await startTestTandem();
    store = t.tandem.performance.oneOnOnes;
    pair = oneOnOnePair(CONTOSO.tenantId, t.person('ben'), t.person('tom'));
  });
  after(() => t.close());

  const meeting = (id: string, date: string): Meeting => value(scheduleMeeting(pair, { id: `${pair.pairId}.${id}`, date, by: pair.managerId, now: NOW }));
  const talkingPoint = (id: string, meetingId: string, text = id): TalkingPoint => value(newTalkingPoint(pair, { id: `${pair.pairId}.${id}`, meetingId, authorId: pair.reportId, text, now: NOW }));

  it('round-trips every record kind, stores the policy facts beside it, and replaces only with the current ETag', async () => {
    const m = meeting('m-rt', '2026-11-30');
    const created = value(await store.create('meeting', m));
    assert.deepEqual(created.value, m);
    const read = await store.get('meeting', pair.tenantId, pair.reportId, m.id);
    assert.deepEqual(read?.value, m);
    // Stored with the facts the policy needs, in the report's partition.
    const raw = (await t.directoryContainer().database.container(REVIEW_CONTAINERS.conversations.id!).item(m.id, `${pair.tenantId}|${pair.reportId}`).read()).resource as Record<string, unknown>;
    assert.equal(raw.subjectId, pair.reportId);
    assert.equal(raw.pairManagerId, pair.managerId);
    assert.equal(raw.type, 'one-on-one-meeting');
    assert.equal(raw.tenantId, pair.tenantId);

    const edited = value(editSharedNotes(m, 'notes', pair.managerId, NOW));
    const replaced = value(await store.replace('meeting', edited, created.etag));
    assert.equal(replaced.value.sharedNotes.text, 'notes');
    const stale = await store.replace('meeting', edited, created.etag);
    assert.ok(!stale.ok && stale.code === 'STORE.CONFLICT');

    const item = value(newActionItem(pair, { id: `${pair.pairId}.a-rt`, meetingId: m.id, text: 'Do it', ownerId: pair.reportId, dueDate: '2026-12-01', by: pair.managerId, now: NOW }));
    const storedItem = value(await store.create('action-item', item));
    assert.deepEqual((await store.get('action-item', pair.tenantId, pair.reportId, item.id))?.value, item);
    assert.ok((await store.delete('action-item', pair.tenantId, pair.reportId, item.id, storedItem.etag)).ok);
    assert.equal(await store.get('action-item', pair.tenantId, pair.reportId, item.id), null);
  });

  it('reads a document only as the kind, tenant and report it belongs to', async () => {
    const m = meeting('m-kind', '2026-11-30');
    await store.create('meeting', m);
    assert.equal(await store.get('talking-point', pair.tenantId, pair.reportId, m.id), null);
    assert.equal(await store.get('meeting', FABRIKAM.tenantId, pair.reportId, m.id), null);
    assert.equal(await store.get('meeting', pair.tenantId, t.person('chloe'), m.id), null);
    assert.equal(await store.get('meeting', pair.tenantId, pair.reportId, 'bad/id'), null);
  });

  it('lists meetings without their notes, and the talking points an agenda needs', async () => {
    const scoped = oneOnOnePair(CONTOSO.tenantId, t.person('sara'), t.person('tom'));
    const m1 = value(scheduleMeeting(scoped, { id: `${scoped.pairId}.m1`, date: '2026-11-15', by: scoped.managerId, now: NOW }));
    const m2 = value(scheduleMeeting(scoped, { id: `${scoped.pairId}.m2`, date: '2026-11-29', by: scoped.managerId, now: NOW }));
    const pt = (id: string, meetingId: string) => value(newTalkingPoint(scoped, { id: `${scoped.pairId}.${id}`, meetingId, authorId: scoped.reportId, text: id, now: NOW }));
    const open = pt('open', m1.id);
    const checkedInM1 = value(checkTalkingPoint(pt('checked', m1.id), true, m1.id, scoped.managerId, NOW));
    const carriedThenChecked = value(checkTalkingPoint(pt('carried', m1.id), true, m2.id, scoped.managerId, NOW));
    const elsewhere = value(checkTalkingPoint(pt('elsewhere', `${scoped.pairId}.m0`), true, `${scoped.pairId}.m0`, scoped.managerId, NOW));
    const done1 = value(completeMeeting(value(editSharedNotes(m1, 'secret-ish shared text', scoped.managerId, NOW)), [open.id, carriedThenChecked.id], scoped.managerId, NOW));
    for (const record of [done1, m2]) value(await store.create('meeting', record));
    for (const record of [open, checkedInM1, carriedThenChecked, elsewhere]) value(await store.create('talking-point', record));

    const meetings = await store.listMeetings(scoped);
    assert.deepEqual(meetings.map((m) => m.id).sort(), [m1.id, m2.id].sort());
    for (const m of meetings) assert.equal((m as unknown as Record<string, unknown>).sharedNotes, undefined, 'summaries carry no notes');

    const forM1 = (await store.listTalkingPoints(scoped, { meetingId: m1.id, carriedOverPointIds: done1.carriedOverPointIds })).map((p) => p.text).sort();
    assert.deepEqual(forM1, ['carried', 'checked', 'open']);
    const forM2 = (await store.listTalkingPoints(scoped, { meetingId: m2.id, carriedOverPointIds: [] })).map((p) => p.text).sort();
    assert.deepEqual(forM2, ['carried', 'open']);
    // Another pair of the same report (a former manager) is not part of this one.
    const former = oneOnOnePair(CONTOSO.tenantId, t.person('sara'), t.person('priya'));
    assert.deepEqual(await store.listMeetings(former), []);
  });

  it('lists open action items and those closed since a date', async () => {
    const scoped = oneOnOnePair(CONTOSO.tenantId, t.person('diego'), t.person('tom'));
    const item = (id: string, done: boolean, doneAt: string | null) => ({ ...value(newActionItem(scoped, { id: `${scoped.pairId}.${id}`, meetingId: null, text: id, ownerId: scoped.reportId, dueDate: null, by: scoped.managerId, now: NOW })), done, doneAt });
    for (const record of [item('open', false, null), item('recent', true, '2026-11-20T00:00:00.000Z'), item('old', true, '2026-09-01T00:00:00.000Z')]) value(await store.create('action-item', record));
    assert.deepEqual((await store.listActionItems(scoped, '2026-11-01T00:00:00.000Z')).map((i) => i.text).sort(), ['open', 'recent']);
  });

  it('keeps private notes out of every listing: they are only reachable by the id that names their author', async () => {
    const m = meeting('m-private', '2026-11-30');
    await store.create('meeting', m);
    const note = value(writePrivateNote(pair, null, { meetingId: m.id, authorId: pair.managerId, text: 'only mine', now: NOW }));
    value(await store.create('private-note', note));
    await store.create('talking-point', talkingPoint('p-private', m.id));
    assert.equal((await store.get('private-note', pair.tenantId, pair.reportId, privateNoteId(m.id, pair.managerId)))?.value.text, 'only mine');
    assert.equal(await store.get('private-note', pair.tenantId, pair.reportId, privateNoteId(m.id, pair.reportId)), null);
    const everything = JSON.stringify([await store.listMeetings(pair), await store.listTalkingPoints(pair, { meetingId: m.id, carriedOverPointIds: [note.id] }), await store.listActionItems(pair, '2000-01-01T00:00:00.000Z')]);
    assert.ok(!everything.includes('only mine'));
  });
});
