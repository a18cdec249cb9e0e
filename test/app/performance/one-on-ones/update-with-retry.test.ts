import assert from 'node:assert/strict';
import type { Versioned } from '../../../../src/app/ports/goals-repository.js';
import type { OneOnOneRepository } from '../../../../src/app/performance/ports/one-on-one-repository.js';
import { updateWithRetry } from '../../../../src/app/performance/one-on-ones/update-with-retry.js';
import { editSharedNotes, type Meeting } from '../../../../src/domain/performance/one-on-ones/meeting.js';
import { checkTalkingPoint, rewordTalkingPoint, type TalkingPoint } from '../../../../src/domain/performance/one-on-ones/talking-point.js';
import { fail, ok } from '../../../../src/domain/shared/result.js';
import { meeting, point } from '../../../domain/performance/one-on-ones/builders.js';

/** One stored document with an ETag; `interfere` runs once before the first replace, as the other side writing. */
function storeOf<T extends { id: string }>(initial: T, interfere?: (current: T) => T) {
  let current = { value: initial, etag: 'e1' };
  let version = 1;
  let interfered = false;
  const writes: T[] = [];
  const repository = {
    get: async () => current,
    replace: async (_kind: string, record: T, etag: string) => {
      if (interfere && !interfered) {
        interfered = true;
        current = { value: interfere(current.value), etag: `e${++version}` };
      }
      if (etag !== current.etag) return fail('STORE.CONFLICT', 'changed');
      writes.push(record);
      current = { value: record, etag: `e${++version}` };
      return ok(current);
    },
  } as unknown as OneOnOneRepository;
  return { deps: { oneOnOnes: repository }, writes, current: () => current.value, first: (): Versioned<T> => current };
}

describe('1:1 writes retry on conflict', () => {
  it('re-applies a check-off on top of a concurrent rewording, so neither is lost', async () => {
    const store = storeOf<TalkingPoint>(point('p', 'm1', { authorId: 'report', text: 'old' }), (p) => {
      const reworded = rewordTalkingPoint(p, 'new wording', 'report', '2026-11-22T12:00:01.000Z');
      assert.ok(reworded.ok);
      return reworded.value;
    });
    const result = await updateWithRetry(store.deps, 'talking-point', store.first(), (p) => checkTalkingPoint(p, true, 'm1', 'manager', '2026-11-22T12:00:02.000Z'));
    assert.ok(result.ok);
    assert.equal(store.current().text, 'new wording');
    assert.equal(store.current().done, true);
    assert.equal(store.current().revision, 3);
  });

  it('turns a stale If-Match into PERF.REVISION_MISMATCH instead of overwriting the other side', async () => {
    const store = storeOf<Meeting>(meeting('m', '2026-11-22', 'upcoming'), (m) => {
      const edited = editSharedNotes(m, 'their notes', 'report', '2026-11-22T12:00:01.000Z');
      assert.ok(edited.ok);
      return edited.value;
    });
    const result = await updateWithRetry(store.deps, 'meeting', store.first(), (m) => editSharedNotes(m, 'my notes', 'manager', '2026-11-22T12:00:02.000Z', 0));
    assert.ok(!result.ok && result.code === 'PERF.REVISION_MISMATCH');
    assert.equal(store.current().sharedNotes.text, 'their notes');
    assert.equal(store.writes.length, 0);
  });

  it('writes nothing when the change leaves the document as it is', async () => {
    const store = storeOf<TalkingPoint>(point('p', 'm1', { done: true, doneInMeetingId: 'm1' }));
    const result = await updateWithRetry(store.deps, 'talking-point', store.first(), (p) => checkTalkingPoint(p, true, 'm1', 'manager', '2026-11-22T12:00:00.000Z'));
    assert.ok(result.ok);
    assert.equal(store.writes.length, 0);
  });

  it('gives up with PERF.WRITE_CONTENTION when every attempt conflicts', async () => {
    const repository = {
      get: async () => ({ value: point('p', 'm1'), etag: 'x' }),
      replace: async () => fail('STORE.CONFLICT', 'changed'),
    } as unknown as OneOnOneRepository;
    const result = await updateWithRetry({ oneOnOnes: repository }, 'talking-point', { value: point('p', 'm1'), etag: 'x' }, (p) => ok({ ...p, text: 'y' }));
    assert.ok(!result.ok && result.code === 'PERF.WRITE_CONTENTION');
  });
});
