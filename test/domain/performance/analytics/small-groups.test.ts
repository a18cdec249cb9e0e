import assert from 'node:assert/strict';
import { disclose, discloseBreakdown, TOO_FEW_PEOPLE } from '../../../../src/domain/performance/analytics/small-groups.js';

const group = (key: string, people: number) => ({ key, people, value: { total: people * 10 } });
const shownKeys = (groups: ReturnType<typeof discloseBreakdown<string, { total: number }>>) => groups.filter((g) => g.aggregate.shown).map((g) => g.key);

describe('small groups are withheld, not shown as zero', () => {
  it('shows an aggregate over as many people as the threshold, withholds one below it', () => {
    assert.deepEqual(disclose(3, { total: 7 }, 3), { shown: true, people: 3, total: 7 });
    assert.deepEqual(disclose(2, { total: 7 }, 3), { shown: false, reason: TOO_FEW_PEOPLE, threshold: 3 });
  });

  it('the threshold decides: two people are shown at threshold 2 and withheld at threshold 3', () => {
    assert.equal(disclose(2, { total: 1 }, 2).shown, true);
    assert.equal(disclose(2, { total: 1 }, 3).shown, false);
  });

  it('a withheld aggregate carries no number at all, not even the group size', () => {
    const hidden = disclose(1, { total: 4 }, 3);
    assert.deepEqual(Object.keys(hidden).sort(), ['reason', 'shown', 'threshold']);
  });

  it('when one group of a partition is withheld, the smallest shown group is withheld too', () => {
    // 2 + 4 + 5 = 11 people in total: the 2 could be had as 11 - 4 - 5.
    const groups = discloseBreakdown([group('a', 2), group('b', 5), group('c', 4)], 3, { shown: true, people: 11 });
    assert.deepEqual(shownKeys(groups), ['b']);
    assert.equal(groups.find((g) => g.key === 'c')!.aggregate.shown, false);
  });

  it('two withheld groups protect each other: nothing more is withheld', () => {
    const groups = discloseBreakdown([group('a', 2), group('b', 1), group('c', 4)], 3, { shown: true, people: 7 });
    assert.deepEqual(shownKeys(groups), ['c']);
  });

  it('overlapping groups (a person in two teams) do not add up to the total: subtraction tells nothing', () => {
    const groups = discloseBreakdown([group('lead', 1), group('ops', 4)], 3, { shown: true, people: 4 });
    assert.deepEqual(shownKeys(groups), ['ops']);
  });

  it('nothing more is withheld when the total itself is withheld', () => {
    const groups = discloseBreakdown([group('a', 1), group('b', 1)], 3, { shown: false, people: 2 });
    assert.deepEqual(shownKeys(groups), []);
  });
});
