import assert from 'node:assert/strict';
import { cycleWeeks } from '../../../../src/domain/okr/insights/cycle-weeks.js';
import { valueAt } from '../../../../src/domain/okr/insights/key-result-history.js';
import { progressTimeline, weeklyObjectiveProgress } from '../../../../src/domain/okr/insights/progress-timeline.js';
import { decreaseSpec, increaseSpec, milestoneSpec } from '../builders.js';
import { CYCLE, NOW } from './fixtures.js';

describe('insights: progress against expected-by-now', () => {
  const weeks = cycleWeeks(CYCLE, NOW);

  it('a key result has its latest value at or before the instant, else its start', () => {
    const history = [
      { at: '2026-01-13T10:00:00.000Z', value: 2 },
      { at: '2026-02-03T10:00:00.000Z', value: 5 },
    ];
    assert.equal(valueAt({ spec: increaseSpec(0, 10) }, history, Date.parse('2026-01-13T09:59:59.999Z')), 0);
    assert.equal(valueAt({ spec: increaseSpec(0, 10) }, history, Date.parse('2026-01-13T10:00:00.000Z')), 2);
    assert.equal(valueAt({ spec: increaseSpec(0, 10) }, history, Date.parse('2026-03-01T00:00:00.000Z')), 5);
    assert.equal(valueAt({ spec: decreaseSpec(100, 50) }, [], 0), 100);
  });

  it('replays an objective week by week: 0, 0.1, 0.1, 0.225, 0.375', () => {
    const history: Record<string, { at: string; value: number }[]> = {
      e1: [
        { at: '2026-01-13T10:00:00.000Z', value: 2 },
        { at: '2026-02-03T10:00:00.000Z', value: 5 },
      ],
      e2: [{ at: '2026-01-27T10:00:00.000Z', value: 1 }],
    };
    const krs = [
      { id: 'e1', spec: increaseSpec(0, 10), weight: 1 },
      { id: 'e2', spec: milestoneSpec(['a', 'b', 'c', 'd']), weight: 1 },
    ];
    assert.deepEqual(weeklyObjectiveProgress(krs, (id) => history[id] ?? [], weeks, NOW), [0, 0.1, 0.1, 0.225, 0.375]);
  });

  it('the expected line is the elapsed share at each week end (now for the running week); actual is the mean', () => {
    const timeline = progressTimeline(CYCLE, weeks, [[0, 0.1, 0.1, 0.225, 0.375], [0, 0.1, 0.1, 0.1, 0.2], [0, 0, 0, 0, 0]], NOW);
    assert.deepEqual(timeline.map((p) => p.expected), [0.1, 0.2, 0.3, 0.4, 0.493]);
    assert.deepEqual(timeline.map((p) => p.actual), [0, 0.067, 0.067, 0.108, 0.192]);
    assert.equal(timeline[4]!.at, NOW.toISOString());
    assert.deepEqual(progressTimeline(CYCLE, weeks, [], NOW).map((p) => p.actual), [null, null, null, null, null]);
  });
});
