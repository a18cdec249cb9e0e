import assert from 'node:assert/strict';
import { ERASED_PERSON_ID, REMOVED_TEXT } from '../../../../src/domain/performance/personal-data/erasure-markers.js';
import { packetOfErasedSubject, packetWithoutPerson, responseAboutErasedSubject, responseOfErasedAuthor, rosterWithoutPerson } from '../../../../src/domain/performance/personal-data/review-erasure.js';
import { finalRating, type ReviewPacket } from '../../../../src/domain/performance/reviews/review-packet.js';
import { NOW, packet, response } from '../reviews/review-builders.js';

const LATER = '2026-12-01T00:00:00.000Z';

/** ann's review, written by boss, calibrated by hr, with lena nominated (approved) and kim proposed. */
function fullPacket(): ReviewPacket {
  const base = packet();
  return {
    ...base,
    okrContext: {
      frozenAt: NOW,
      cycles: [{ cycleId: 'c1', name: 'Q3', startDate: '2026-07-01', endDate: '2026-09-30', objectives: [{ id: 'o1', title: 'Help Lena Fischer ship search', level: 'individual', role: 'owner', state: 'closed', grade: 0.7, reflection: 'Paired with Lena Fischer a lot.', keyResults: [] }] }],
      totals: { objectives: 1, keyResults: 0, checkIns: 4 },
    },
    selfReview: { answers: { 'went-well': 'Shipped search with Lena Fischer.' }, ratings: { delivery: 4 }, updatedAt: NOW, submittedAt: NOW },
    nominations: [
      { id: 'n1', nomineeId: 'lena', relation: 'peer', status: 'approved', proposedAt: NOW, decidedAt: NOW, decidedBy: 'boss', decisionReason: 'Worked closely', responseId: 'rc1.ann.prx' },
      { id: 'n2', nomineeId: 'kim', relation: 'peer', status: 'rejected', proposedAt: NOW, decidedAt: NOW, decidedBy: 'boss', decisionReason: 'Too busy', responseId: 'rc1.ann.pry' },
    ],
    managerReview: { authorId: 'boss', ratings: { delivery: 4 }, comments: { delivery: 'Great delivery' }, summary: 'A strong half.', overallRating: 4, updatedAt: NOW, submittedAt: NOW },
    privateNotes: { text: 'Promotion case next half', updatedAt: NOW },
    calibration: { adjustedRating: 5, reason: 'Cross-team impact', performance: 3, potential: 2, by: 'hr', at: NOW },
    compensation: { meritPercent: 4, promotion: true, note: 'Merit for the search launch', by: 'boss', at: NOW },
    release: { releasedAt: NOW, by: 'hr' },
    acknowledgement: { at: NOW, comment: 'Thanks' },
  };
}

describe('erasing a person from reviews', () => {
  it('their own review keeps every number and status and loses every word', () => {
    const erased = packetOfErasedSubject(fullPacket(), LATER)!;
    assert.equal(finalRating(erased), 5);
    assert.deepEqual([erased.selfReview!.ratings, erased.managerReview!.ratings, erased.calibration!.performance, erased.compensation!.meritPercent], [{ delivery: 4 }, { delivery: 4 }, 3, 4]);
    assert.deepEqual([erased.selfReview!.submittedAt, erased.managerReview!.submittedAt, erased.release!.releasedAt, erased.acknowledgement!.at], [NOW, NOW, NOW, NOW]);
    assert.deepEqual(erased.selfReview!.answers, {});
    assert.deepEqual([erased.managerReview!.comments, erased.managerReview!.summary, erased.privateNotes, erased.calibration!.reason, erased.compensation!.note, erased.acknowledgement!.comment], [{}, '', null, null, '', null]);
    assert.ok(erased.nominations.every((n) => n.decisionReason === null));
    assert.deepEqual(erased.okrContext.cycles, []);
    assert.deepEqual(erased.okrContext.totals, { objectives: 1, keyResults: 0, checkIns: 4 });
    assert.equal(erased.revision, fullPacket().revision + 1);
  });

  it('erasing it again changes nothing', () => {
    assert.equal(packetOfErasedSubject(packetOfErasedSubject(fullPacket(), LATER)!, LATER), null);
  });

  it('as the manager of record: their words and id go, the review stays with its ratings, they leave the chain', () => {
    const cut = packetWithoutPerson({ ...fullPacket(), snapshot: { ...fullPacket().snapshot, cycleManagerId: 'boss', cycleManagerChain: ['vp'] } }, 'boss', ['Boss Person'], 'Former colleague', LATER)!;
    assert.equal(cut.snapshot.cycleManagerId, null);
    assert.equal(cut.managerReview!.authorId, ERASED_PERSON_ID);
    assert.deepEqual(cut.managerReview!.comments, { delivery: REMOVED_TEXT });
    assert.equal(cut.managerReview!.summary, REMOVED_TEXT);
    assert.equal(cut.managerReview!.overallRating, 4);
    assert.equal(cut.privateNotes, null, 'their private notes go');
    assert.deepEqual([cut.compensation!.by, cut.compensation!.note, cut.compensation!.meritPercent], [ERASED_PERSON_ID, REMOVED_TEXT, 4]);
    assert.deepEqual(cut.nominations.map((n) => [n.decidedBy, n.decisionReason]), [[ERASED_PERSON_ID, REMOVED_TEXT], [ERASED_PERSON_ID, REMOVED_TEXT]]);
    assert.equal(cut.selfReview!.answers['went-well'], 'Shipped search with Lena Fischer.', 'the subject’s own words stay');
    assert.equal(packetWithoutPerson(cut, 'boss', ['Boss Person'], 'Former colleague', LATER), null, 'idempotent');
  });

  it('as a nominee: an approved nomination keeps its slot without their id, a refused one goes; their name leaves the texts', () => {
    const base = fullPacket();
    const withKim = { ...base, nominations: [...base.nominations, { ...base.nominations[1]!, id: 'n3', nomineeId: 'lena', status: 'proposed' as const, decidedBy: null, decisionReason: null, responseId: 'rc1.ann.prz' }] };
    const cut = packetWithoutPerson(withKim, 'lena', ['Lena Fischer', 'lena@example.com'], 'Former colleague', LATER)!;
    assert.deepEqual(cut.nominations.map((n) => [n.id, n.nomineeId]), [['n1', ERASED_PERSON_ID], ['n2', 'kim']]);
    assert.equal(cut.nominations[0]!.responseId, 'rc1.ann.prx');
    assert.equal(cut.selfReview!.answers['went-well'], 'Shipped search with Former colleague.');
    assert.equal(cut.okrContext.cycles[0]!.objectives[0]!.title, 'Help Former colleague ship search');
    assert.equal(cut.okrContext.cycles[0]!.objectives[0]!.reflection, 'Paired with Former colleague a lot.');
    assert.equal(cut.managerReview!.authorId, 'boss');
  });

  it('as calibrating HR: the reason they gave goes, the adjusted rating stays', () => {
    const cut = packetWithoutPerson(fullPacket(), 'hr', [], 'Former colleague', LATER)!;
    assert.deepEqual([cut.calibration!.by, cut.calibration!.reason, cut.calibration!.adjustedRating, cut.release!.by], [ERASED_PERSON_ID, REMOVED_TEXT, 5, ERASED_PERSON_ID]);
  });

  it('leaves a review that never names them alone', () => {
    assert.equal(packetWithoutPerson(fullPacket(), 'someone-else', ['Someone Else'], 'Former colleague', LATER), null);
  });

  it('peer responses they wrote keep their ratings and lose words and author; responses about them lose words only', () => {
    const written = response('1', 'lena', 'peer', { delivery: 3 }, { 'went-well': 'Good' });
    const erased = responseOfErasedAuthor(written, LATER)!;
    assert.deepEqual([erased.authorId, erased.answers, erased.ratings, erased.submittedAt], [ERASED_PERSON_ID, {}, { delivery: 3 }, written.submittedAt]);
    assert.equal(responseOfErasedAuthor(erased, LATER), null);
    const about = responseAboutErasedSubject(written, LATER)!;
    assert.deepEqual([about.authorId, about.answers, about.ratings], ['lena', {}, { delivery: 3 }]);
    assert.equal(responseAboutErasedSubject(about, LATER), null);
  });

  it('a roster entry keeps its packet but not the erased manager of record', () => {
    const roster = { tenantId: 't', cycleId: 'rc1', entries: [{ packetId: 'rc1.ann', subjectId: 'ann', cycleManagerId: 'boss' }, { packetId: 'rc1.bo', subjectId: 'bo', cycleManagerId: 'vp' }] };
    assert.deepEqual(rosterWithoutPerson(roster, 'boss')!.entries.map((e) => e.cycleManagerId), [null, 'vp']);
    assert.equal(rosterWithoutPerson(rosterWithoutPerson(roster, 'boss')!, 'boss'), null);
  });
});
