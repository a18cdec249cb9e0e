import assert from 'node:assert/strict';
import { projectPeerFeedback } from '../../../../src/domain/performance/reviews/anonymity-projection.js';
import type { AnonymityMode } from '../../../../src/domain/performance/reviews/review-cycle.js';
import { response } from './review-builders.js';

const peers = (n: number) =>
  Array.from({ length: n }, (_, i) => response(`p${i}`, `author-${i}`, 'peer', { delivery: i + 2, craft: 3 }, { 'went-well': `answer ${i}` }, `2026-11-2${i}T00:00:00.000Z`));
const anonymity = (mode: AnonymityMode, threshold = 3) => ({ mode, threshold });

describe('the anonymity projection of peer feedback', () => {
  it('attributed: every submitted response with its author, whatever the count', () => {
    const projection = projectPeerFeedback([...peers(2), response('d', 'drafter', 'peer', { delivery: 1 }, {}, null)], anonymity('attributed'), 'salt');
    assert.equal(projection.mode, 'attributed');
    assert.deepEqual(projection.mode === 'attributed' && projection.responses.map((r) => r.authorId), ['author-0', 'author-1'], 'drafts never show');
  });

  for (const [count, shown] of [[2, false], [3, true], [4, true]] as const) {
    it(`anonymous with ${count} responses (threshold 3): ${shown ? 'answers without authors' : 'nothing at all'}`, () => {
      const projection = projectPeerFeedback(peers(count), anonymity('anonymous'), 'rc1.ann');
      assert.equal(projection.mode, 'anonymous');
      if (projection.mode !== 'anonymous') return;
      assert.equal(projection.groups.length, shown ? 1 : 0);
      const text = JSON.stringify(projection);
      for (let i = 0; i < count; i++) {
        assert.ok(!text.includes(`author-${i}`), 'no author id');
        assert.ok(!text.includes(`pr p${i}`) && !text.includes(`prp${i}`), 'no response id');
        assert.ok(!text.includes(`2026-11-2${i}`), 'no submission time');
      }
      if (!shown) {
        assert.deepEqual(projection.groups, [], 'below the threshold: not even a count');
        return;
      }
      assert.equal(projection.groups[0]!.count, count);
      assert.deepEqual(projection.groups[0]!.responses.map((r) => r.answers['went-well']).sort(), Array.from({ length: count }, (_, i) => `answer ${i}`));
    });

    it(`aggregated with ${count} responses (threshold 3): ${shown ? 'averages only' : 'nothing at all'}`, () => {
      const projection = projectPeerFeedback(peers(count), anonymity('aggregated'), 'rc1.ann');
      assert.equal(projection.mode, 'aggregated');
      if (projection.mode !== 'aggregated') return;
      if (!shown) return assert.deepEqual(projection.groups, []);
      // delivery ratings are 2, 3, (4): averages 3 and 3.5; craft always 3.
      assert.deepEqual(projection.groups, [
        { relation: 'peer', count, competencies: [{ competencyId: 'craft', average: 3, ratingCount: count }, { competencyId: 'delivery', average: count === 3 ? 3 : 3.5, ratingCount: count }] },
      ]);
      assert.ok(!JSON.stringify(projection).includes('answer'), 'no free text in aggregated mode');
    });
  }

  it('judges each relation against the threshold on its own: one upward response never shows', () => {
    const all = [...peers(3), response('u', 'report', 'upward', { delivery: 1 }, { 'went-well': 'upward words' })];
    const anonymous = projectPeerFeedback(all, anonymity('anonymous'), 's');
    assert.deepEqual(anonymous.mode === 'anonymous' && anonymous.groups.map((g) => [g.relation, g.count]), [['peer', 3]]);
    assert.ok(!JSON.stringify(anonymous).includes('upward words'));
    const aggregated = projectPeerFeedback(all, anonymity('aggregated'), 's');
    assert.deepEqual(aggregated.mode === 'aggregated' && aggregated.groups.map((g) => g.relation), ['peer']);
  });

  it('leaves out a competency rated by fewer than the threshold, even in a group that shows', () => {
    const rs = [response('a', 'x', 'peer', { delivery: 5, craft: 1 }), response('b', 'y', 'peer', { delivery: 4 }), response('c', 'z', 'peer', { delivery: 3 })];
    const projection = projectPeerFeedback(rs, anonymity('aggregated'), 's');
    assert.deepEqual(projection.mode === 'aggregated' && projection.groups[0]!.competencies, [{ competencyId: 'delivery', average: 4, ratingCount: 3 }]);
  });

  it('orders anonymous responses by content, not by who answered or when', () => {
    const forward = peers(4);
    const backward = [...forward].reverse().map((r, i) => ({ ...r, authorId: `someone-${i}`, submittedAt: `2026-12-0${i + 1}T00:00:00.000Z` }));
    const a = projectPeerFeedback(forward, anonymity('anonymous'), 'rc1.ann');
    const b = projectPeerFeedback(backward, anonymity('anonymous'), 'rc1.ann');
    assert.deepEqual(a, b);
  });

  it('honours a higher threshold: 4 responses under threshold 5 show nothing', () => {
    const projection = projectPeerFeedback(peers(4), anonymity('anonymous', 5), 's');
    assert.deepEqual(projection.mode === 'anonymous' && projection.groups, []);
  });
});
