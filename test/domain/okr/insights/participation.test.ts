import assert from 'node:assert/strict';
import { missingInWeek, ownerActivity, weeklyParticipation } from '../../../../src/domain/okr/insights/participation.js';

describe('insights: check-in participation', () => {
  // ann owns two key results (checked in weeks 0 and 2), bob one (week 2), cat one (never).
  const owners = ownerActivity([
    { owner: 'ann', checkInWeeks: [0] },
    { owner: 'bob', checkInWeeks: [2] },
    { owner: 'ann', checkInWeeks: [2] },
    { owner: 'cat', checkInWeeks: [] },
  ]);

  it('folds key results into owners', () => {
    assert.deepEqual([...owners.values()].map((o) => [o.owner, o.keyResults, [...o.weeks].sort()]), [
      ['ann', 2, [0, 2]],
      ['bob', 1, [2]],
      ['cat', 1, []],
    ]);
  });

  it('counts owners and who checked in each week, with the rate', () => {
    assert.deepEqual(weeklyParticipation(owners.values(), 3), [
      { week: 0, owners: 3, checkedIn: 1, rate: 0.333 },
      { week: 1, owners: 3, checkedIn: 0, rate: 0 },
      { week: 2, owners: 3, checkedIn: 2, rate: 0.667 },
    ]);
    assert.deepEqual(weeklyParticipation([], 2), [
      { week: 0, owners: 0, checkedIn: 0, rate: null },
      { week: 1, owners: 0, checkedIn: 0, rate: null },
    ]);
  });

  it('lists who is missing in a week', () => {
    assert.deepEqual(missingInWeek(owners.values(), 0).map((o) => o.owner), ['bob', 'cat']);
    assert.deepEqual(missingInWeek(owners.values(), 2).map((o) => o.owner), ['cat']);
  });
});
