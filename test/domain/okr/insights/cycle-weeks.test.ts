import assert from 'node:assert/strict';
import { cycleWeeks, weekIndexOf, weekMeasuredAt } from '../../../../src/domain/okr/insights/cycle-weeks.js';
import { CYCLE, NOW } from './fixtures.js';

describe('insights: cycle weeks', () => {
  it('counts seven-day weeks from the first day up to the week that holds now', () => {
    const weeks = cycleWeeks(CYCLE, NOW);
    assert.deepEqual(
      weeks.map((w) => [w.index, w.start.slice(0, 10), w.end.slice(0, 10)]),
      [
        [0, '2026-01-05', '2026-01-12'],
        [1, '2026-01-12', '2026-01-19'],
        [2, '2026-01-19', '2026-01-26'],
        [3, '2026-01-26', '2026-02-02'],
        [4, '2026-02-02', '2026-02-09'],
      ],
    );
  });

  it('has no weeks before the start, all ten after the end, the last cut at the cycle end', () => {
    assert.deepEqual(cycleWeeks(CYCLE, new Date('2026-01-04T23:59:59Z')), []);
    const all = cycleWeeks(CYCLE, new Date('2026-06-01T00:00:00Z'));
    assert.equal(all.length, 10);
    assert.equal(all[9]!.end, '2026-03-16T00:00:00.000Z');
    // An 8-day cycle: one full week and one of a single day.
    const short = cycleWeeks({ startDate: '2026-01-01', endDate: '2026-01-08' }, new Date('2026-02-01T00:00:00Z'));
    assert.deepEqual(short.map((w) => [w.start, w.end]), [
      ['2026-01-01T00:00:00.000Z', '2026-01-08T00:00:00.000Z'],
      ['2026-01-08T00:00:00.000Z', '2026-01-09T00:00:00.000Z'],
    ]);
  });

  it('places instants in weeks, start inclusive and end exclusive', () => {
    const weeks = cycleWeeks(CYCLE, NOW);
    assert.equal(weekIndexOf(weeks, '2026-01-05T00:00:00.000Z'), 0);
    assert.equal(weekIndexOf(weeks, '2026-01-11T23:59:59.999Z'), 0);
    assert.equal(weekIndexOf(weeks, '2026-01-12T00:00:00.000Z'), 1);
    assert.equal(weekIndexOf(weeks, '2026-02-08T11:00:00.000Z'), 4);
    assert.equal(weekIndexOf(weeks, '2026-02-09T00:00:00.000Z'), -1);
    assert.equal(weekIndexOf(weeks, '2026-01-04T23:59:59.999Z'), -1);
    assert.equal(weekIndexOf([], '2026-01-05T00:00:00.000Z'), -1);
  });

  it('measures a finished week at its last moment and the running week at now', () => {
    const weeks = cycleWeeks(CYCLE, NOW);
    assert.equal(new Date(weekMeasuredAt(weeks[0]!, NOW)).toISOString(), '2026-01-11T23:59:59.999Z');
    assert.equal(new Date(weekMeasuredAt(weeks[4]!, NOW)).toISOString(), NOW.toISOString());
  });
});
