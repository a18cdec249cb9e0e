import assert from 'node:assert/strict';
import type { CalibrationView, CompensationExportView, LaunchResultView, MyReviewsView, PeerRequestsView, ReviewCycleView, ReviewPacketView, ReviewsToWriteView } from '../../../../src/app/performance/reviews/review-views.js';
import { startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';
import { ALL_RATINGS, ReviewDriver, SELF_ANSWERS, expectError, expectStatus } from './review-http-kit.js';

describe('a review cycle from launch to acknowledgement, over HTTP', function () {
  let t: TestTandem;
  let d: ReviewDriver;
  let cycleId: string;
  let arjunPacket: string;
  before(async () => {
    t = await startTestTandem();
    d = new ReviewDriver(t);
  });
  after(() => t.close());

  const path = () => `/review-packets/${arjunPacket}`;

  it('HR creates a draft cycle that only HR sees', async () => {
    cycleId = await d.createCycle({ name: 'Platform annual review' });
    arjunPacket = d.packetId(cycleId, 'arjun');
    const asHr = expectStatus(await t.request<ReviewCycleView>('GET', `/review-cycles/${cycleId}`, { as: 'hannah' }), 200);
    assert.deepEqual([asHr.phase, asHr.nextPhase, asHr.anonymity, asHr.template.competencies.length], ['draft', null, { mode: 'anonymous', threshold: 3 }, 4]);
    expectError(await t.request('GET', `/review-cycles/${cycleId}`, { as: 'arjun' }), 404, 'PERF.NOT_FOUND');
    const list = expectStatus(await t.request<{ items: { id: string }[] }>('GET', '/review-cycles', { as: 'arjun' }), 200);
    assert.ok(!list.items.some((c) => c.id === cycleId));
    expectError(await t.request('POST', '/review-cycles', { as: 'priya', body: { ...(await import('./review-http-kit.js')).cycleBody() } }), 403, 'PERF.FORBIDDEN');
  });

  it('HR edits the draft, then launches it: one packet per participant, idempotently', async () => {
    const edited = expectStatus(await t.request<ReviewCycleView>('PATCH', `/review-cycles/${cycleId}`, { as: 'hannah', body: { name: 'Platform annual review 2026' }, headers: { 'if-match': '"1"' } }), 200);
    assert.equal(edited.revision, 2);
    expectError(await t.request('PATCH', `/review-cycles/${cycleId}`, { as: 'hannah', body: { name: 'stale' }, headers: { 'if-match': '"1"' } }), 412, 'PERF.REVISION_MISMATCH');
    const launched = expectStatus(await t.request<LaunchResultView>('POST', `/review-cycles/${cycleId}/launch`, { as: 'hannah' }), 200);
    // Platform: priya, arjun, lena, kenji, fatima, ravi; everyone has a manager.
    assert.deepEqual([launched.created, launched.skippedWithoutManager, launched.cycle.phase, launched.cycle.packetCount], [6, 0, 'self', 6]);
    const again = expectStatus(await t.request<LaunchResultView>('POST', `/review-cycles/${cycleId}/launch`, { as: 'hannah' }), 200);
    assert.deepEqual([again.created, again.cycle.phase, again.cycle.packetCount], [0, 'self', 6]);
    expectError(await t.request('PATCH', `/review-cycles/${cycleId}`, { as: 'hannah', body: { anonymity: { mode: 'attributed' } } }), 409, 'PERF.WRONG_PHASE');
  });

  it('shows the subject their review with only the sections they may see', async () => {
    const mine = expectStatus(await t.request<MyReviewsView>('GET', '/reviews/mine', { as: 'arjun' }), 200);
    const packet = mine.items.find((p) => p.cycleId === cycleId)!;
    assert.equal(packet.id, arjunPacket);
    assert.equal(packet.cycleManager?.id, t.person('priya'));
    assert.deepEqual(
      ['selfReview', 'nominations', 'okrContext', 'release', 'acknowledgement'].map((k) => k in packet),
      [true, true, true, true, true],
    );
    for (const hidden of ['managerReview', 'privateNotes', 'calibration', 'compensation', 'peerFeedback']) assert.ok(!(hidden in packet), `${hidden} is absent for the subject`);
    assert.equal(packet.okrContext!.label, 'context-not-score');
    assert.ok(packet.okrContext!.totals.objectives > 0, 'Arjun took part in OKRs this half');
    assert.deepEqual([packet.can.editSelfReview, packet.can.nominate, packet.can.editManagerReview], [true, true, false]);
  });

  it('the subject saves and submits a self review; it is then fixed', async () => {
    const saved = expectStatus(await t.request<ReviewPacketView>('PATCH', `${path()}/self-review`, { as: 'arjun', body: { answers: { 'went-well': 'Draft' } } }), 200);
    assert.equal(saved.selfReview!.status, 'draft');
    expectError(await t.request('POST', `${path()}/self-review/submit`, { as: 'arjun', body: {} }), 400, 'PERF.VALIDATION');
    const submitted = await t.request<ReviewPacketView>('POST', `${path()}/self-review/submit`, { as: 'arjun', body: { answers: SELF_ANSWERS, ratings: ALL_RATINGS } });
    assert.equal(expectStatus(submitted, 200).selfReview!.status, 'submitted');
    assert.equal(submitted.headers.get('etag'), `"${submitted.body.revision}"`);
    expectError(await t.request('PATCH', `${path()}/self-review`, { as: 'arjun', body: { answers: {} } }), 409, 'PERF.ALREADY_SUBMITTED');
    expectError(await t.request('PATCH', `${path()}/self-review`, { as: 'priya', body: { answers: {} } }), 403, 'PERF.FORBIDDEN');
  });

  it('the subject nominates peers; the manager of record approves; a peer cannot decide', async () => {
    const view = expectStatus(await t.request<ReviewPacketView>('POST', `${path()}/nominations`, { as: 'arjun', body: { nomineeId: t.person('lena'), relation: 'peer' } }), 201);
    const lena = view.nominations!.items[0]!;
    expectError(await t.request('POST', `${path()}/nominations/${lena.id}/decision`, { as: 'lena', body: { decision: 'approve' } }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('POST', `${path()}/nominations/${lena.id}/decision`, { as: 'arjun', body: { decision: 'approve' } }), 403, 'PERF.FORBIDDEN');
    const approved = expectStatus(await t.request<ReviewPacketView>('POST', `${path()}/nominations/${lena.id}/decision`, { as: 'priya', body: { decision: 'approve' } }), 200);
    assert.equal(approved.nominations!.items[0]!.status, 'approved');
    expectError(await t.request('POST', `${path()}/nominations/${lena.id}/decision`, { as: 'priya', body: { decision: 'reject' } }), 409, 'PERF.ALREADY_DECIDED');
    expectError(await t.request('POST', `${path()}/nominations`, { as: 'arjun', body: { nomineeId: t.person('lena'), relation: 'peer' } }), 409, 'PERF.DUPLICATE');
    await d.nominateAndApprove(cycleId, 'arjun', 'priya', ['kenji', 'fatima']);
    // One more, withdrawn before a decision.
    const withBen = expectStatus(await t.request<ReviewPacketView>('POST', `${path()}/nominations`, { as: 'arjun', body: { nomineeId: t.person('ben'), relation: 'peer' } }), 201);
    const ben = withBen.nominations!.items.find((n) => n.nominee.id === t.person('ben'))!;
    const withdrawn = expectStatus(await t.request<ReviewPacketView>('DELETE', `${path()}/nominations/${ben.id}`, { as: 'arjun' }), 200);
    assert.equal(withdrawn.nominations!.items.length, 3);
    assert.equal(withdrawn.nominations!.approvedCount, 3);
  });

  it('peers answer in the peer phase only, each their own request', async () => {
    const early = await d.requestFor('lena', cycleId, 'arjun');
    expectError(await t.request('POST', `/peer-responses/${early}/submit`, { as: 'lena', body: { answers: { 'went-well': 'x', improve: 'y' } } }), 409, 'PERF.WRONG_PHASE');
    await d.advance(cycleId, 'peer');
    const requests = expectStatus(await t.request<PeerRequestsView>('GET', '/reviews/peer-requests', { as: 'lena' }), 200);
    const request = requests.items.find((r) => r.id === early)!;
    assert.deepEqual([request.status, request.canEdit, request.subject.displayName, request.questions.length], ['pending', true, 'Arjun Mehta', 3]);
    expectError(await t.request('GET', `/peer-responses/${early}`, { as: 'kenji' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('POST', `/peer-responses/${early}/submit`, { as: 'kenji', body: {} }), 404, 'PERF.NOT_FOUND');
    const draft = expectStatus(await t.request<{ status: string; answers: Record<string, string> }>('PATCH', `/peer-responses/${early}`, { as: 'lena', body: { answers: { 'went-well': 'Pairs well' } } }), 200);
    assert.deepEqual([draft.status, draft.answers], ['pending', { 'went-well': 'Pairs well' }]);
    await d.respond('lena', cycleId, 'arjun', { 'went-well': 'Pairs well', improve: 'Write more down' }, { delivery: 4, collaboration: 5 });
    expectError(await t.request('POST', `/peer-responses/${early}/submit`, { as: 'lena', body: {} }), 409, 'PERF.ALREADY_SUBMITTED');
    await d.respond('kenji', cycleId, 'arjun', { 'went-well': 'Calm in incidents', improve: 'Involve SRE earlier' }, { delivery: 5, collaboration: 3 });
    // Two answers: below the threshold of 3, the manager sees nothing yet, not even a count.
    const twoIn = await d.packet(cycleId, 'arjun', 'priya');
    assert.deepEqual(twoIn.peerFeedback, { mode: 'anonymous', threshold: 3, groups: [] });
    await d.respond('fatima', cycleId, 'arjun', { 'went-well': 'Kind reviews', improve: 'Coach, do not take over' }, { delivery: 4 });
    const threeIn = await d.packet(cycleId, 'arjun', 'priya');
    assert.equal(threeIn.peerFeedback?.mode === 'anonymous' && threeIn.peerFeedback.groups[0]!.count, 3);
  });

  it('the manager of record writes the review with the OKR context beside it, keeps private notes and proposes compensation', async () => {
    expectError(await t.request('PATCH', `${path()}/manager-review`, { as: 'priya', body: { summary: 'early' } }), 409, 'PERF.WRONG_PHASE');
    await d.advance(cycleId, 'manager');
    const toWrite = expectStatus(await t.request<ReviewsToWriteView>('GET', '/reviews/to-write', { as: 'priya' }), 200);
    const row = toWrite.items.find((i) => i.id === arjunPacket)!;
    assert.deepEqual([row.selfReview, row.managerReview, row.nominations], ['submitted', 'not-started', { proposed: 0, approved: 3 }]);
    const asManager = await d.packet(cycleId, 'arjun', 'priya');
    assert.ok(asManager.okrContext && asManager.selfReview && asManager.peerFeedback && 'privateNotes' in asManager);
    assert.deepEqual([asManager.can.editManagerReview, asManager.can.editPrivateNotes, asManager.can.editCompensation, asManager.can.calibrate], [true, true, true, false]);
    expectStatus(await t.request('PATCH', `${path()}/private-notes`, { as: 'priya', body: { text: 'Talk about delegation' } }), 200);
    const draft = expectStatus(await t.request<ReviewPacketView>('PATCH', `${path()}/manager-review`, { as: 'priya', body: { summary: 'Strong half' } }), 200);
    assert.equal(draft.managerReview!.proposedOverallRating, null, 'no rating until the manager gives one');
    expectError(await t.request('POST', `${path()}/manager-review/submit`, { as: 'priya', body: {} }), 400, 'PERF.VALIDATION');
    const submitted = await d.submitManagerReview(cycleId, 'arjun', 'priya', 4);
    assert.deepEqual([submitted.managerReview!.status, submitted.managerReview!.proposedOverallRating], ['submitted', 4]);
    expectStatus(await t.request('PATCH', `${path()}/compensation`, { as: 'priya', body: { meritPercent: 3.5, promotion: true, note: 'Ready for staff' } }), 200);
    // The subject still sees none of it, and nobody else sees the private notes.
    const asSubject = await d.packet(cycleId, 'arjun', 'arjun');
    for (const hidden of ['managerReview', 'privateNotes', 'compensation', 'peerFeedback', 'calibration']) assert.ok(!(hidden in asSubject), hidden);
    const asHr = await d.packet(cycleId, 'arjun', 'hannah');
    assert.ok(!('privateNotes' in asHr) && asHr.managerReview && asHr.compensation);
    const asSkip = await d.packet(cycleId, 'arjun', 'david');
    assert.ok(!('privateNotes' in asSkip) && asSkip.managerReview);
    expectError(await t.request('PATCH', `${path()}/private-notes`, { as: 'hannah', body: { text: 'x' } }), 404, 'PERF.NOT_FOUND');
  });

  it('HR calibrates: distribution by team, 9-box, an adjusted rating with its reason', async () => {
    expectError(await t.request('POST', `/review-cycles/${cycleId}/advance`, { as: 'hannah', body: { to: 'calibration' } }), 409, 'PERF.NOT_READY');
    for (const [subject, manager] of [['lena', 'priya'], ['kenji', 'priya'], ['fatima', 'priya'], ['priya', 'david'], ['ravi', 'david']] as const) await d.submitManagerReview(cycleId, subject, manager, 3);
    await d.advance(cycleId, 'calibration');
    expectError(await t.request('PATCH', `${path()}/calibration`, { as: 'hannah', body: { adjustedRating: 3 } }), 400, 'PERF.VALIDATION');
    expectError(await t.request('PATCH', `${path()}/calibration`, { as: 'priya', body: { adjustedRating: 3, reason: 'x' } }), 403, 'PERF.FORBIDDEN');
    const calibrated = expectStatus(await t.request<ReviewPacketView>('PATCH', `${path()}/calibration`, { as: 'hannah', body: { adjustedRating: 3, reason: 'Compared across Engineering', performance: 2, potential: 3 } }), 200);
    assert.deepEqual([calibrated.calibration!.proposedRating, calibrated.calibration!.adjustedRating, calibrated.calibration!.finalRating], [4, 3, 3]);
    const board = expectStatus(await t.request<CalibrationView>('GET', `/review-cycles/${cycleId}/calibration`, { as: 'hannah' }), 200);
    assert.equal(board.rows.length, 6);
    const platform = board.distributionByTeam.find((d) => d.teamId === 'tm-platform')!;
    // Arjun adjusted to 3, five others proposed 3 each (Priya and Ravi are in Engineering as well as Platform).
    assert.deepEqual([platform.teamName, platform.people, platform.unrated, platform.counts.map((c) => c.count)], ['Platform', 6, 0, [0, 0, 6, 0, 0]]);
    const engineering = board.distributionByTeam.find((d) => d.teamId === 'tm-engineering')!;
    assert.deepEqual([engineering.people, engineering.counts.map((c) => c.count)], [2, [0, 0, 2, 0, 0]]);
    assert.deepEqual(board.overall.map((c) => c.count), [0, 0, 6, 0, 0]);
    assert.deepEqual(board.rows.find((r) => r.subject.id === t.person('arjun'))!.proposedRating, 4);
    assert.deepEqual(board.nineBox.cells.find((c) => c.performance === 2 && c.potential === 3)!.subjectIds, [t.person('arjun')]);
    assert.equal(board.nineBox.unplaced, 5);
    expectError(await t.request('GET', `/review-cycles/${cycleId}/calibration`, { as: 'priya' }), 403, 'PERF.FORBIDDEN');
  });

  it('HR releases Arjun’s review; he sees the final rating and the anonymised feedback, not the proposal or pay', async () => {
    const released = expectStatus(await t.request<ReviewPacketView>('POST', `${path()}/release`, { as: 'hannah' }), 200);
    assert.equal(released.phase, 'released');
    expectStatus(await t.request('POST', `${path()}/release`, { as: 'hannah' }), 200, 'releasing twice is harmless');
    const seen = await d.packet(cycleId, 'arjun', 'arjun');
    assert.deepEqual(seen.release, { released: true, releasedAt: '2026-11-22T12:00:00.000Z', finalRating: 3, finalRatingLabel: 'Meets expectations' });
    assert.equal(seen.managerReview!.summary, 'A good half');
    assert.ok(!('proposedOverallRating' in seen.managerReview!), 'the proposal HR changed stays with the managers');
    assert.ok(!('compensation' in seen) && !('calibration' in seen) && !('privateNotes' in seen));
    assert.equal(seen.peerFeedback?.mode === 'anonymous' && seen.peerFeedback.groups[0]!.responses.length, 3);
    assert.equal(seen.can.acknowledge, true);
  });

  it('the subject acknowledges once, with a comment', async () => {
    const acknowledged = expectStatus(await t.request<ReviewPacketView>('POST', `${path()}/acknowledge`, { as: 'arjun', body: { comment: 'Thanks, fair.' } }), 200);
    assert.deepEqual([acknowledged.acknowledgement!.acknowledged, acknowledged.acknowledgement!.comment], [true, 'Thanks, fair.']);
    expectError(await t.request('POST', `${path()}/acknowledge`, { as: 'arjun', body: {} }), 409, 'PERF.ALREADY_SUBMITTED');
    expectError(await t.request('POST', `/review-packets/${d.packetId(cycleId, 'lena')}/acknowledge`, { as: 'lena', body: {} }), 409, 'PERF.WRONG_PHASE');
  });

  it('HR exports compensation as CSV, sees progress, releases the rest and closes the cycle', async () => {
    const exported = expectStatus(await t.request<CompensationExportView>('GET', `/review-cycles/${cycleId}/compensation-export`, { as: 'hannah' }), 200);
    assert.equal(exported.contentType, 'text/csv');
    assert.match(exported.filename, /^compensation-platform-annual-review-2026\.csv$/);
    const lines = exported.csv.trim().split('\r\n');
    assert.equal(lines[0], 'employee_id,employee_name,department,manager_id,manager_name,final_rating,final_rating_label,merit_percent,promotion,note');
    assert.equal(lines.length, 7);
    assert.ok(lines.includes(`${t.person('arjun')},Arjun Mehta,Platform,${t.person('priya')},Priya Nair,3,Meets expectations,3.5,yes,Ready for staff`), exported.csv);
    expectError(await t.request('GET', `/review-cycles/${cycleId}/compensation-export`, { as: 'priya' }), 403, 'PERF.FORBIDDEN');

    const progress = expectStatus(await t.request<{ items: { subject: { displayName: string }; managerReview: string; released: boolean }[] }>('GET', `/review-cycles/${cycleId}/packets`, { as: 'hannah' }), 200);
    assert.equal(progress.items.filter((i) => i.managerReview === 'submitted').length, 6);
    const all = expectStatus(await t.request<{ released: number; alreadyReleased: number; notReady: number }>('POST', `/review-cycles/${cycleId}/release-all`, { as: 'hannah' }), 200);
    assert.deepEqual([all.released, all.alreadyReleased, all.notReady], [5, 1, 0]);
    await d.advance(cycleId, 'released');
    await d.advance(cycleId, 'closed');
    expectError(await t.request('POST', `${path()}/acknowledge`, { as: 'arjun', body: {} }), 409, 'PERF.ALREADY_SUBMITTED');
    expectError(await t.request('PATCH', `${path()}/private-notes`, { as: 'priya', body: { text: 'late' } }), 409, 'PERF.WRONG_PHASE');
  });

  it('leaves an audit trail of every read and write of Arjun’s review', async () => {
    const trail = expectStatus(await t.request<{ items: { operation: string; actorId: string }[] }>('GET', `/people/${t.person('arjun')}/audit`, { as: 'hannah' }), 200);
    const operations = new Set(trail.items.map((r) => r.operation));
    for (const op of ['reviews.launch-cycle', 'reviews.submit-self-review', 'reviews.nominate', 'reviews.decide-nomination', 'reviews.submit-manager-review', 'reviews.save-private-notes', 'reviews.calibrate', 'reviews.release', 'reviews.acknowledge', 'reviews.get-packet', 'reviews.export-compensation']) {
      assert.ok(operations.has(op), `audited: ${op}`);
    }
  });
});
