import assert from 'node:assert/strict';
import { distributionByTeam, nineBox, ratingDistribution, type CalibrationFacts } from '../../../../src/domain/performance/reviews/calibration-aggregates.js';
import { scale } from './review-builders.js';

const s = scale(4, 'R');
const f = (subjectId: string, teamIds: string[], finalRating: number | null, performance: 1 | 2 | 3 | null = null, potential: 1 | 2 | 3 | null = null): CalibrationFacts => ({ subjectId, teamIds, finalRating, performance, potential });

// Hand-computed: team a = {p1:3, p2:3, p3:4, p5:null}; team b = {p3:4, p4:1}; no team = {p6:2}.
const facts = [f('p1', ['a'], 3, 2, 2), f('p2', ['a'], 3, 2, 2), f('p3', ['a', 'b'], 4, 3, 3), f('p4', ['b'], 1, 1, 3), f('p5', ['a'], null, 2, null), f('p6', [], 2)];

describe('calibration aggregates', () => {
  it('counts final ratings on every point of the scale, zeros included', () => {
    assert.deepEqual(ratingDistribution(facts, s), [
      { rating: 1, label: 'R 1', count: 1 },
      { rating: 2, label: 'R 2', count: 1 },
      { rating: 3, label: 'R 3', count: 2 },
      { rating: 4, label: 'R 4', count: 1 },
    ]);
  });

  it('distributes by team, a person in two teams in both, people in no team last', () => {
    const byTeam = distributionByTeam(facts, s);
    assert.deepEqual(
      byTeam.map((t) => [t.teamId, t.people, t.unrated, t.counts.map((c) => c.count)]),
      [
        ['a', 4, 1, [0, 0, 2, 1]],
        ['b', 2, 0, [1, 0, 0, 1]],
        [null, 1, 0, [0, 1, 0, 0]],
      ],
    );
  });

  it('fills all nine boxes and counts who is not placed', () => {
    const box = nineBox(facts);
    assert.equal(box.cells.length, 9);
    const cell = (performance: number, potential: number) => box.cells.find((c) => c.performance === performance && c.potential === potential)!;
    assert.deepEqual([cell(2, 2).count, cell(2, 2).subjectIds], [2, ['p1', 'p2']]);
    assert.deepEqual(cell(3, 3).subjectIds, ['p3']);
    assert.deepEqual(cell(1, 3).subjectIds, ['p4']);
    assert.equal(box.cells.reduce((sum, c) => sum + c.count, 0), 4);
    assert.equal(box.unplaced, 2, 'p5 has no potential, p6 nothing');
  });
});
