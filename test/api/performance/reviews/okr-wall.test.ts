import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { CalibrationView, CompensationExportView, ReviewPacketView } from '../../../../src/app/performance/reviews/review-views.js';
import { periodsOverlap } from '../../../../src/domain/performance/reviews/okr-context.js';
import type { Objective } from '../../../../src/domain/okr/objective.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';
import { ReviewDriver, expectStatus } from './review-http-kit.js';

/**
 * DESIGN §1 and issue #5 point 7: OKR progress is context in a review, never its score. The review
 * freezes a snapshot at launch; nothing derives a rating or pay from it, and no export carries it.
 */
describe('the wall between OKRs and reviews', () => {
  let t: TestTandem;
  let d: ReviewDriver;
  let cycleId: string;
  let arjunObjectives: Objective[];
  before(async () => {
    t = await startTestTandem();
    d = new ReviewDriver(t);
    cycleId = await d.launched({ name: 'Wall review' });
    const goals = t.tandem.okr.goals;
    const cycles = (await goals.listCycles(CONTOSO.tenantId)).filter((c) => periodsOverlap(c, '2026-07-01', '2026-12-31'));
    arjunObjectives = (await Promise.all(cycles.map((c) => goals.listAllObjectives(CONTOSO.tenantId, c.id, { participantId: t.person('arjun') })))).flat().filter((o) => o.state !== 'draft');
  });
  after(() => t.close());

  it('freezes the subject’s OKR contributions in the period at launch, labelled as context', async () => {
    assert.ok(arjunObjectives.length > 0, 'the demo gives Arjun OKRs this half');
    const packet = await d.packet(cycleId, 'arjun', 'priya');
    assert.equal(packet.okrContext!.label, 'context-not-score');
    const frozen = packet.okrContext!.cycles.flatMap((c) => c.objectives.map((o) => o.id)).sort();
    assert.deepEqual(frozen, arjunObjectives.map((o) => o.id).sort());
    const checkIns = arjunObjectives.flatMap((o) => o.keyResults).reduce((sum, kr) => sum + kr.checkInCount, 0);
    assert.equal(packet.okrContext!.totals.checkIns, checkIns);
  });

  it('derives no rating, default rating or compensation from OKR grades', async () => {
    await d.advance(cycleId, 'peer');
    await d.advance(cycleId, 'manager');
    // A manager review without an overall rating stays without one, whatever the OKR grades.
    const draft = expectStatus(await t.request<ReviewPacketView>('PATCH', `/review-packets/${d.packetId(cycleId, 'lena')}/manager-review`, { as: 'priya', body: { summary: 'Started' } }), 200);
    assert.deepEqual([draft.managerReview!.proposedOverallRating, draft.managerReview!.ratings, draft.calibration!.finalRating], [null, {}, null]);
    assert.equal(draft.compensation!.meritPercent, null);
    const board = expectStatus(await t.request<CalibrationView>('GET', `/review-cycles/${cycleId}/calibration`, { as: 'hannah' }), 200);
    assert.ok(board.rows.every((r) => r.finalRating === null && r.proposedRating === null), 'no rating exists until a manager gives one');
    assert.ok(board.overall.every((c) => c.count === 0));
  });

  it('changing OKR grades, reflections and titles after launch changes no review field anywhere', async () => {
    await d.submitManagerReview(cycleId, 'arjun', 'priya', 4);
    expectStatus(await t.request('PATCH', `/review-packets/${d.packetId(cycleId, 'arjun')}/compensation`, { as: 'priya', body: { meritPercent: 3.5, promotion: false } }), 200);
    const views = async () => ({
      asSubject: await d.packet(cycleId, 'arjun', 'arjun'),
      asManager: await d.packet(cycleId, 'arjun', 'priya'),
      asHr: await d.packet(cycleId, 'arjun', 'hannah'),
      mine: (await t.request('GET', '/reviews/mine', { as: 'arjun' })).body,
      toWrite: (await t.request('GET', '/reviews/to-write', { as: 'priya' })).body,
      calibration: (await t.request('GET', `/review-cycles/${cycleId}/calibration`, { as: 'hannah' })).body,
      csv: (await t.request<CompensationExportView>('GET', `/review-cycles/${cycleId}/compensation-export`, { as: 'hannah' })).body.csv,
    });
    const before = await views();

    const goals = t.tandem.okr.goals;
    for (const objective of arjunObjectives) {
      const current = (await goals.getObjective(CONTOSO.tenantId, objective.id))!;
      const regraded: Objective = {
        ...current.value,
        title: `${current.value.title} (renamed)`,
        grade: 0.37,
        reflection: 'Rewritten after the review launched',
        keyResults: current.value.keyResults.map((kr) => ({ ...kr, grade: { value: 0.41, reason: 'regraded' }, checkInCount: kr.checkInCount + 7 })),
      };
      assert.equal((await goals.replaceObjective(regraded, current.etag)).ok, true);
    }

    const after = await views();
    assert.deepEqual(after, before);
  });

  it('the compensation export holds no OKR field, title, reflection or grade', async () => {
    const exported = expectStatus(await t.request<CompensationExportView>('GET', `/review-cycles/${cycleId}/compensation-export`, { as: 'hannah' }), 200);
    const csv = exported.csv;
    assert.match(csv, /3\.5/, 'the export has the recommendation');
    assert.doesNotMatch(csv, /okr|grade|objective|key.?result|reflection|check.?in|context/i);
    for (const value of ['0.37', '0.41', 'renamed', 'Rewritten']) assert.ok(!csv.includes(value), value);
    for (const objective of arjunObjectives) {
      assert.ok(!csv.includes(objective.title), objective.title);
      for (const kr of objective.keyResults) assert.ok(!csv.includes(kr.title), kr.title);
      if (objective.reflection) assert.ok(!csv.includes(objective.reflection));
    }
  });

  it('keeps the code that rates, calibrates and pays free of any reference to the OKR context', async () => {
    const files = [
      'src/domain/performance/reviews/manager-review.ts',
      'src/domain/performance/reviews/calibration-entry.ts',
      'src/domain/performance/reviews/calibration-aggregates.ts',
      'src/domain/performance/reviews/compensation-recommendation.ts',
      'src/domain/performance/reviews/compensation-export.ts',
      'src/domain/performance/reviews/release-and-acknowledgement.ts',
      'src/app/performance/reviews/manager-review-commands.ts',
      'src/app/performance/reviews/calibrate-review.ts',
      'src/app/performance/reviews/get-calibration.ts',
      'src/app/performance/reviews/recommend-compensation.ts',
      'src/app/performance/reviews/export-compensation.ts',
    ];
    for (const file of files) {
      const code = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      assert.doesNotMatch(code, /okr|objective|keyResult|grade/i, `${file} reads nothing of the OKRs`);
    }
    // finalRating in review-packet.ts takes only the calibration and the manager review.
    const packet = await readFile('src/domain/performance/reviews/review-packet.ts', 'utf8');
    assert.match(packet, /export function finalRating\(packet: Pick<ReviewPacket, 'calibration' \| 'managerReview'>\)/);
  });
});
