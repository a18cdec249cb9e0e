import assert from 'node:assert/strict';
import { cycleGrade, previousClosedCycles } from '../../../../src/domain/okr/coach/grade-history.js';
import { describesChange, leadingTaskVerb, readsAsNumber, stem, titleSimilarity } from '../../../../src/domain/okr/coach/wording.js';
import { cycle } from '../builders.js';

describe('coach wording', () => {
  it('stems inflected forms to one stem', () => {
    for (const group of [
      ['launch', 'launches', 'launched', 'launching'],
      ['build', 'builds', 'building'],
      ['plan', 'plans', 'planned', 'planning'],
      ['release', 'releases', 'released', 'releasing'],
      ['customer', 'customers'],
    ]) {
      assert.equal(new Set(group.map(stem)).size, 1, group.join(', '));
    }
  });

  it('title similarity is Jaccard on stems, ignoring case, punctuation and stop words', () => {
    assert.equal(titleSimilarity('Make every page feel instant', 'make EVERY page feel instant!'), 1);
    assert.equal(titleSimilarity('Alpha bravo charlie', 'alpha bravo delta'), 0.5);
    assert.equal(titleSimilarity('', 'anything'), 0);
    assert.equal(titleSimilarity('the and of', 'the and of'), 0);
  });

  it('finds the leading task verb, skipping lead-ins, but not in outcomes', () => {
    assert.equal(leadingTaskVerb('Launch the beta'), 'Launch');
    assert.equal(leadingTaskVerb('We will hold 3 workshops'), 'hold');
    assert.equal(leadingTaskVerb('Launch-time work from 38 to 12 tasks'), null);
    assert.equal(leadingTaskVerb('Build time from 20 to 5 minutes'), null);
    assert.equal(leadingTaskVerb('Deliver 95% of orders on time'), null);
    assert.equal(leadingTaskVerb(''), null);
  });

  it('recognises a number that moves', () => {
    assert.ok(describesChange('NPS from 32 to 45'));
    assert.ok(describesChange('Qualified pipeline from $2M to $12M'));
    assert.ok(describesChange('Lead time from 5 days to 1 day'));
    assert.ok(!describesChange('Move from Berlin to Munich'));
    assert.ok(readsAsNumber('Grow ARR to 4M'));
    assert.ok(!readsAsNumber('Ship the 2027 roadmap in H1'));
  });
});

describe('coach grade history', () => {
  const q = (id: string, startDate: string, endDate: string, state: 'closed' | 'active' | 'planning' | 'grading') => cycle({ id, name: id, startDate, endDate, state });
  const cycles = [
    q('q1', '2026-01-01', '2026-03-31', 'active'),
    q('q4', '2025-10-01', '2025-12-31', 'closed'),
    q('q3', '2025-07-01', '2025-09-30', 'closed'),
    q('q2', '2025-04-01', '2025-06-30', 'closed'),
    q('q2b', '2026-04-01', '2026-06-30', 'planning'),
  ];

  it('takes the two closed cycles just before the current one, newest first', () => {
    assert.deepEqual(previousClosedCycles(cycles, cycles[0]!).map((c) => c.id), ['q4', 'q3']);
    assert.deepEqual(previousClosedCycles(cycles, cycles[4]!).map((c) => c.id), ['q4', 'q3']);
    assert.deepEqual(previousClosedCycles(cycles, cycles[2]!).map((c) => c.id), ['q2']);
  });

  it('ignores cycles still grading', () => {
    const grading = [...cycles.slice(0, 1), q('q4', '2025-10-01', '2025-12-31', 'grading'), ...cycles.slice(2)];
    assert.deepEqual(previousClosedCycles(grading, grading[0]!).map((c) => c.id), ['q3', 'q2']);
  });

  it("a cycle's grade is the mean of the owner's graded objectives, or null", () => {
    assert.deepEqual(cycleGrade(cycles[1]!, [{ grade: 1 }, { grade: 0.5 }, { grade: null }]), { cycleId: 'q4', cycleName: 'q4', grade: 0.75 });
    assert.equal(cycleGrade(cycles[1]!, []).grade, null);
    assert.equal(cycleGrade(cycles[1]!, [{ grade: null }]).grade, null);
  });
});
