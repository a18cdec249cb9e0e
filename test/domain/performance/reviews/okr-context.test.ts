import assert from 'node:assert/strict';
import { buildOkrContext, periodsOverlap } from '../../../../src/domain/performance/reviews/okr-context.js';
import { kr, objective, okrCycle } from './okr-fixtures.js';

describe('the OKR context of a review', () => {
  it('overlaps inclusive date ranges', () => {
    assert.equal(periodsOverlap({ startDate: '2026-04-01', endDate: '2026-06-30' }, '2026-06-30', '2026-12-31'), true);
    assert.equal(periodsOverlap({ startDate: '2026-01-01', endDate: '2026-03-31' }, '2026-04-01', '2026-12-31'), false);
  });

  it('freezes what the person owned, contributed to, or owned a key result of, with grades, check-ins and reflections', () => {
    const q3 = okrCycle('q3', '2026-07-01', '2026-09-30');
    const q4 = okrCycle('q4', '2026-10-01', '2026-12-31');
    const objectives = new Map([
      ['q3', [objective('o1', 'q3', 'ann', [kr('k1', 'ann', 5, 0.7), kr('k2', 'bob', 2, 0.4)], { grade: 0.6, reflection: 'Learned a lot', state: 'closed' })]],
      [
        'q4',
        [
          objective('o2', 'q4', 'bob', [kr('k3', 'bob', 1)], { contributorIds: ['ann'] }),
          objective('o3', 'q4', 'carl', [kr('k4', 'ann', 3)], { level: 'team', owner: { kind: 'team', id: 't1' } }),
          objective('o4', 'q4', 'ann', [kr('k5', 'ann', 9)], { state: 'draft' }),
          objective('o5', 'q4', 'zed', [kr('k6', 'zed', 4)]),
        ],
      ],
    ]);
    const context = buildOkrContext('ann', [q4, q3], objectives, '2026-11-22T12:00:00.000Z');
    assert.deepEqual(context.cycles.map((c) => c.cycleId), ['q3', 'q4'], 'oldest first');
    const all = context.cycles.flatMap((c) => c.objectives);
    assert.deepEqual(all.map((o) => [o.id, o.role]), [['o1', 'owner'], ['o2', 'contributor'], ['o3', 'key-result-owner']], 'drafts and others’ objectives are left out');
    assert.deepEqual([all[0]!.grade, all[0]!.reflection, all[0]!.keyResults.map((k) => [k.id, k.ownedBySubject, k.grade, k.checkInCount])], [0.6, 'Learned a lot', [['k1', true, 0.7, 5], ['k2', false, 0.4, 2]]]);
    assert.deepEqual(context.totals, { objectives: 3, keyResults: 4, checkIns: 11 });
    assert.equal(context.frozenAt, '2026-11-22T12:00:00.000Z');
  });

  it('is empty for someone without OKRs', () => {
    assert.deepEqual(buildOkrContext('nobody', [okrCycle('q4', '2026-10-01', '2026-12-31')], new Map(), 'now'), { frozenAt: 'now', cycles: [], totals: { objectives: 0, keyResults: 0, checkIns: 0 } });
  });
});
