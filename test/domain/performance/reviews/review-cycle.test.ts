import assert from 'node:assert/strict';
import { changeReviewCycle, newReviewCycle } from '../../../../src/domain/performance/reviews/review-cycle.js';
import { advanceCycle, markLaunched, nextPhase } from '../../../../src/domain/performance/reviews/review-cycle-phases.js';
import { cycle, expectFail, expectOk, NOW, settings, T } from './review-builders.js';

const meta = { tenantId: T, id: 'rc1', by: 'hr', now: NOW };

describe('review cycles', () => {
  it('starts as a draft with anonymity "anonymous", threshold 3, and compensation off by default', () => {
    const c = expectOk(newReviewCycle(settings(), meta));
    assert.equal(c.phase, 'draft');
    assert.deepEqual(c.anonymity, { mode: 'anonymous', threshold: 3 });
    assert.deepEqual(c.compensation, { enabled: false, visibleToSubjectAfterRelease: false });
    assert.equal(c.revision, 1);
  });

  it('refuses bad settings field by field', () => {
    const fields = expectFail(
      newReviewCycle(
        settings({
          name: ' ',
          periodStart: '2026-02-30',
          periodEnd: '2026-01-01',
          deadlines: { self: '2026-12-10', peer: '2026-12-01', manager: 'soon', calibration: '2026-12-20' },
          anonymity: { mode: 'anonymous', threshold: 1 },
          participants: { kind: 'teams', teamIds: [] },
          compensation: { enabled: false, visibleToSubjectAfterRelease: true },
        }),
        meta,
      ),
      'PERF.VALIDATION',
    );
    assert.deepEqual(Object.keys(fields).sort(), ['anonymity.threshold', 'compensation.visibleToSubjectAfterRelease', 'deadlines.manager', 'deadlines.peer', 'name', 'participants.teamIds', 'periodStart']);
    const order = expectFail(newReviewCycle(settings({ periodStart: '2026-07-01', periodEnd: '2026-06-30', deadlines: { self: '2026-06-01', peer: '2026-12-01', manager: '2026-12-02', calibration: '2026-12-03' } }), meta), 'PERF.VALIDATION');
    assert.deepEqual(Object.keys(order).sort(), ['deadlines.self', 'periodEnd']);
  });

  it('reports template problems together with the cycle’s own', () => {
    const fields = expectFail(newReviewCycle(settings({ name: '', template: { competencies: [], questions: [], overallScale: { points: [] } } }), meta), 'PERF.VALIDATION');
    assert.ok(fields.name && fields['template.competencies'] && fields['template.overallScale.points']);
  });

  it('changes anything while a draft, only name and deadlines once launched, nothing once closed', () => {
    const draft = expectOk(newReviewCycle(settings(), meta));
    const renamed = expectOk(changeReviewCycle(draft, { name: 'Annual', anonymity: { mode: 'aggregated', threshold: 5 } }, '2026-11-23T00:00:00Z'));
    assert.deepEqual([renamed.name, renamed.anonymity.mode, renamed.anonymity.threshold, renamed.revision], ['Annual', 'aggregated', 5, 2]);
    const launched = { ...draft, phase: 'peer' as const };
    expectOk(changeReviewCycle(launched, { name: 'Later', deadlines: { ...draft.deadlines, calibration: '2027-01-10' } }, NOW));
    const locked = expectFail(changeReviewCycle(launched, { anonymity: { mode: 'attributed' }, name: 'x' }, NOW), 'PERF.WRONG_PHASE');
    assert.deepEqual(Object.keys(locked), ['anonymity']);
    expectFail(changeReviewCycle({ ...draft, phase: 'closed' }, { name: 'x' }, NOW), 'PERF.WRONG_PHASE');
    expectFail(changeReviewCycle(draft, { deadlines: { ...draft.deadlines, peer: '2026-01-01' } }, NOW), 'PERF.VALIDATION');
  });

  it('advances one phase at a time in order, from self to closed', () => {
    assert.deepEqual(['draft', 'self', 'peer', 'manager', 'calibration', 'released', 'closed'].map((p) => nextPhase(p as never)), [null, 'peer', 'manager', 'calibration', 'released', 'closed', null]);
    let c = markLaunched(cycle({}, 'draft'), 4, NOW);
    assert.deepEqual([c.phase, c.packetCount, c.launchedAt], ['self', 4, NOW]);
    for (const to of ['peer', 'manager', 'calibration', 'released', 'closed'] as const) c = expectOk(advanceCycle(c, to, { managerReviewsMissing: 0 }, NOW));
    assert.equal(c.phase, 'closed');
    expectFail(advanceCycle(c, 'closed', { managerReviewsMissing: 0 }, NOW), 'PERF.WRONG_PHASE');
  });

  it('refuses skipping, going back, advancing a draft, and leaving the manager phase with manager reviews missing', () => {
    expectFail(advanceCycle(cycle({}, 'self'), 'manager', { managerReviewsMissing: 0 }, NOW), 'PERF.WRONG_PHASE');
    expectFail(advanceCycle(cycle({}, 'manager'), 'peer', { managerReviewsMissing: 0 }, NOW), 'PERF.WRONG_PHASE');
    expectFail(advanceCycle(cycle({}, 'draft'), 'self', { managerReviewsMissing: 0 }, NOW), 'PERF.WRONG_PHASE');
    const notReady = advanceCycle(cycle({}, 'calibration'), 'released', { managerReviewsMissing: 2 }, NOW);
    expectFail(notReady, 'PERF.NOT_READY');
    assert.deepEqual(!notReady.ok && notReady.details, { notReady: 2 });
    expectFail(advanceCycle(cycle({}, 'manager'), 'calibration', { managerReviewsMissing: 1 }, NOW), 'PERF.NOT_READY');
    expectOk(advanceCycle(cycle({}, 'peer'), 'manager', { managerReviewsMissing: 6 }, NOW));
  });
});
