import assert from 'node:assert/strict';
import { calibrate } from '../../../../src/domain/performance/reviews/calibration-entry.js';
import { recommendCompensation } from '../../../../src/domain/performance/reviews/compensation-recommendation.js';
import { writeManagerReview } from '../../../../src/domain/performance/reviews/manager-review.js';
import { approvedNominationFor, decideNomination, MAX_ACTIVE_NOMINATIONS, nominate, withdrawNomination } from '../../../../src/domain/performance/reviews/nominations.js';
import { newPeerResponse, parseResponseId, writePeerResponse } from '../../../../src/domain/performance/reviews/peer-response.js';
import { writePrivateNotes } from '../../../../src/domain/performance/reviews/private-notes.js';
import { acknowledgeReview, releasePacket } from '../../../../src/domain/performance/reviews/release-and-acknowledgement.js';
import { finalRating, packetPhase, packetPolicyFacts, packetPolicyState, parsePacketId } from '../../../../src/domain/performance/reviews/review-packet.js';
import { writeSelfReview } from '../../../../src/domain/performance/reviews/self-review.js';
import { cycle, expectFail, expectOk, NOW, packet, person } from './review-builders.js';

const c = cycle({ compensation: { enabled: true, visibleToSubjectAfterRelease: false } });
const template = c.template;
const LATER = '2026-11-23T12:00:00.000Z';

describe('a review packet', () => {
  it('freezes the org at launch: the manager of record and that manager’s chain', () => {
    const p = packet(c);
    assert.equal(p.id, 'rc1.ann');
    assert.deepEqual(parsePacketId(p.id), { cycleId: 'rc1', subjectId: 'ann' });
    assert.equal(parsePacketId('rc1.ann.x'), null);
    assert.deepEqual([p.snapshot.cycleManagerId, p.snapshot.cycleManagerChain], ['boss', ['vp']]);
    assert.deepEqual(packetPolicyFacts(p), { id: 'rc1.ann', tenantId: 'tenant-a', subjectId: 'ann', cycleManagerId: 'boss', cycleManagerChain: ['vp'] });
  });

  it('has its own phase: the cycle’s until released', () => {
    const p = packet(c);
    assert.equal(packetPhase('calibration', p), 'calibration');
    const released = { ...p, release: { releasedAt: NOW, by: 'hr' } };
    assert.equal(packetPhase('calibration', released), 'released');
    assert.equal(packetPhase('closed', released), 'closed');
    assert.deepEqual(packetPolicyState({ ...c, phase: 'calibration' }, released), { phase: 'released', compensationVisibleAfterRelease: false });
  });

  it('keeps a self review as a draft, then submits it once, complete', () => {
    const draft = expectOk(writeSelfReview(packet(c), template, { answers: { 'went-well': 'Shipped' } }, false, NOW));
    assert.equal(draft.selfReview?.submittedAt, null);
    assert.equal(draft.revision, 2);
    const kept = expectOk(writeSelfReview(draft, template, { ratings: { delivery: 4 } }, false, LATER));
    assert.deepEqual(kept.selfReview?.answers, { 'went-well': 'Shipped' }, 'absent fields keep what was saved');
    const missing = expectFail(writeSelfReview(kept, template, {}, true, LATER), 'PERF.VALIDATION');
    assert.deepEqual(Object.keys(missing), ['ratings.craft']);
    const submitted = expectOk(writeSelfReview(kept, template, { ratings: { delivery: 4, craft: 3 } }, true, LATER));
    assert.equal(submitted.selfReview?.submittedAt, LATER);
    expectFail(writeSelfReview(submitted, template, {}, false, LATER), 'PERF.ALREADY_SUBMITTED');
  });

  describe('nominations', () => {
    const peer = person('pat', 'other-boss');
    const report = person('rep', 'ann');
    const input = (nominee = peer, relation: 'peer' | 'upward' = 'peer', id = 'nm1') => ({ id, responseId: `rc1.ann.pr${id}`, relation, nominee });

    it('are proposed by the subject for peers and, from direct reports, upward', () => {
      let p = expectOk(nominate(packet(c), input(), NOW));
      p = expectOk(nominate(p, input(report, 'upward', 'nm2'), NOW));
      assert.deepEqual(p.nominations.map((n) => [n.nomineeId, n.relation, n.status]), [['pat', 'peer', 'proposed'], ['rep', 'upward', 'proposed']]);
    });

    it('refuse unknown people, oneself, the manager of record, the wrong relation, twice the same person, and too many', () => {
      expectFail(nominate(packet(c), { ...input(), nominee: null }, NOW), 'PERF.VALIDATION');
      expectFail(nominate(packet(c), input(person('x', 'y', [], { tenantId: 'other' })), NOW), 'PERF.VALIDATION');
      expectFail(nominate(packet(c), input(person('ann', 'boss')), NOW), 'PERF.VALIDATION');
      expectFail(nominate(packet(c), input(person('boss', 'vp')), NOW), 'PERF.VALIDATION');
      expectFail(nominate(packet(c), input(peer, 'upward'), NOW), 'PERF.VALIDATION');
      expectFail(nominate(packet(c), input(report, 'peer'), NOW), 'PERF.VALIDATION');
      const once = expectOk(nominate(packet(c), input(), NOW));
      expectFail(nominate(once, input(peer, 'peer', 'nm2'), NOW), 'PERF.DUPLICATE');
      let full = packet(c);
      for (let i = 0; i < MAX_ACTIVE_NOMINATIONS; i++) full = expectOk(nominate(full, input(person(`p${i}`, 'z'), 'peer', `n${i}`), NOW));
      expectFail(nominate(full, input(person('one-more', 'z'), 'peer', 'nx'), NOW), 'PERF.VALIDATION');
    });

    it('are decided once by the manager; a rejected person may be proposed again; only proposals are withdrawn', () => {
      const p = expectOk(nominate(packet(c), input(), NOW));
      const approved = expectOk(decideNomination(p, { nominationId: 'nm1', approve: true, reason: undefined, by: 'boss' }, LATER));
      assert.deepEqual([approved.nomination.status, approved.nomination.decidedBy, approved.nomination.decidedAt], ['approved', 'boss', LATER]);
      assert.equal(approvedNominationFor(approved.packet, 'rc1.ann.prnm1')?.id, 'nm1');
      expectFail(decideNomination(approved.packet, { nominationId: 'nm1', approve: false, reason: 'x', by: 'boss' }, LATER), 'PERF.ALREADY_DECIDED');
      expectFail(withdrawNomination(approved.packet, 'nm1', LATER), 'PERF.ALREADY_DECIDED');
      expectFail(decideNomination(p, { nominationId: 'nope', approve: true, reason: undefined, by: 'boss' }, LATER), 'PERF.NOT_FOUND');
      const rejected = expectOk(decideNomination(p, { nominationId: 'nm1', approve: false, reason: ' busy ', by: 'boss' }, LATER));
      assert.equal(rejected.nomination.decisionReason, 'busy');
      assert.equal(approvedNominationFor(rejected.packet, 'rc1.ann.prnm1'), null);
      expectOk(nominate(rejected.packet, input(peer, 'peer', 'nm2'), LATER));
      assert.equal(expectOk(withdrawNomination(p, 'nm1', LATER)).nominations.length, 0);
    });
  });

  it('opens a peer response slot authored by the nominee, with an id that names the subject only', () => {
    const p = expectOk(nominate(packet(c), { id: 'nm1', responseId: 'rc1.ann.prk3x9', relation: 'peer', nominee: person('pat', 'z') }, NOW));
    const slot = newPeerResponse(p, p.nominations[0]!, NOW);
    assert.deepEqual([slot.id, slot.authorId, slot.subjectId, slot.submittedAt], ['rc1.ann.prk3x9', 'pat', 'ann', null]);
    assert.ok(!slot.id.includes('pat'));
    assert.deepEqual(parseResponseId(slot.id), { packetId: 'rc1.ann', subjectId: 'ann' });
    assert.equal(parseResponseId('rc1.ann'), null);
    const saved = expectOk(writePeerResponse(slot, template, { ratings: { craft: 5 } }, false, NOW));
    expectFail(writePeerResponse(saved, template, {}, true, NOW), 'PERF.VALIDATION');
    const submitted = expectOk(writePeerResponse(saved, template, { answers: { 'went-well': 'Great pairing' } }, true, LATER));
    assert.deepEqual([submitted.ratings, submitted.submittedAt], [{ craft: 5 }, LATER]);
    expectFail(writePeerResponse(submitted, template, {}, false, LATER), 'PERF.ALREADY_SUBMITTED');
  });

  it('takes the manager review as typed: submitting needs every competency and an overall rating', () => {
    const draft = expectOk(writeManagerReview(packet(c), template, { ratings: { delivery: 4 }, comments: { delivery: ' Solid ' }, summary: 'Good half' }, 'boss', false, NOW));
    assert.deepEqual([draft.managerReview?.authorId, draft.managerReview?.comments, draft.managerReview?.overallRating], ['boss', { delivery: 'Solid' }, null]);
    const fields = expectFail(writeManagerReview(draft, template, { comments: { ghost: 'x' }, overallRating: 9 }, 'boss', true, NOW), 'PERF.VALIDATION');
    assert.deepEqual(Object.keys(fields).sort(), ['comments.ghost', 'overallRating', 'ratings.craft']);
    const submitted = expectOk(writeManagerReview(draft, template, { ratings: { delivery: 4, craft: 3 }, overallRating: 4 }, 'boss', true, LATER));
    assert.deepEqual([submitted.managerReview?.summary, submitted.managerReview?.submittedAt], ['Good half', LATER]);
    expectFail(writeManagerReview(submitted, template, {}, 'boss', false, LATER), 'PERF.ALREADY_SUBMITTED');
    assert.equal(finalRating(draft), null, 'a draft proposal is not a rating');
    assert.equal(finalRating(submitted), 4);
  });

  it('keeps private notes bounded', () => {
    assert.equal(expectOk(writePrivateNotes(packet(c), 'ask about delegation', NOW)).privateNotes?.text, 'ask about delegation');
    expectFail(writePrivateNotes(packet(c), 'x'.repeat(20001), NOW), 'PERF.VALIDATION');
  });

  it('calibrates: an adjusted rating needs a reason, the final rating follows it, 9-box levels are 1..3', () => {
    const reviewed = expectOk(writeManagerReview(packet(c), template, { ratings: { delivery: 4, craft: 3 }, overallRating: 4 }, 'boss', true, NOW));
    const fields = expectFail(calibrate(reviewed, template.overallScale, { adjustedRating: 3 }, 'hr', NOW), 'PERF.VALIDATION');
    assert.deepEqual(Object.keys(fields), ['reason']);
    expectFail(calibrate(reviewed, template.overallScale, { adjustedRating: 7, reason: 'x' }, 'hr', NOW), 'PERF.VALIDATION');
    expectFail(calibrate(reviewed, template.overallScale, { performance: 4 as never }, 'hr', NOW), 'PERF.VALIDATION');
    const adjusted = expectOk(calibrate(reviewed, template.overallScale, { adjustedRating: 3, reason: 'Team-wide comparison', performance: 2, potential: 3 }, 'hr', NOW));
    assert.equal(finalRating(adjusted), 3);
    const placed = expectOk(calibrate(adjusted, template.overallScale, { adjustedRating: null, reason: '' }, 'hr', LATER));
    assert.deepEqual([placed.calibration?.adjustedRating, placed.calibration?.reason, placed.calibration?.performance, finalRating(placed)], [null, null, 2, 4]);
  });

  it('takes compensation only in a cycle that has it, as typed, within 0..100 with two decimals', () => {
    expectFail(recommendCompensation(packet(c), cycle(), { meritPercent: 3, promotion: false }, 'boss', NOW), 'PERF.COMPENSATION_DISABLED');
    for (const merit of [-1, 100.5, 2.555, Number.NaN]) expectFail(recommendCompensation(packet(c), c, { meritPercent: merit, promotion: null }, 'boss', NOW), 'PERF.VALIDATION');
    const p = expectOk(recommendCompensation(packet(c), c, { meritPercent: 3.25, promotion: true, note: ' strong ' }, 'boss', NOW));
    assert.deepEqual(p.compensation, { meritPercent: 3.25, promotion: true, note: 'strong', by: 'boss', at: NOW });
  });

  it('releases once the manager review is submitted (again: no change), and is acknowledged once', () => {
    expectFail(releasePacket(packet(c), 'hr', NOW), 'PERF.NOT_READY');
    expectFail(acknowledgeReview(packet(c), undefined, NOW), 'PERF.WRONG_PHASE');
    const reviewed = expectOk(writeManagerReview(packet(c), template, { ratings: { delivery: 4, craft: 3 }, overallRating: 4 }, 'boss', true, NOW));
    const released = expectOk(releasePacket(reviewed, 'hr', NOW));
    assert.equal(released.changed, true);
    const again = expectOk(releasePacket(released.packet, 'hr', LATER));
    assert.deepEqual([again.changed, again.packet.revision], [false, released.packet.revision]);
    const acknowledged = expectOk(acknowledgeReview(released.packet, '  Thanks  ', LATER));
    assert.deepEqual(acknowledged.acknowledgement, { at: LATER, comment: 'Thanks' });
    expectFail(acknowledgeReview(acknowledged, undefined, LATER), 'PERF.ALREADY_SUBMITTED');
    expectFail(acknowledgeReview(released.packet, 'x'.repeat(2001), LATER), 'PERF.VALIDATION');
  });
});
