import assert from 'node:assert/strict';
import type { ReviewPacketView } from '../../../../src/app/performance/reviews/review-views.js';
import { startTestTandem, type ApiResponse, type TestTandem } from '../../../support/tandem-harness.js';
import { ReviewDriver, expectStatus } from './review-http-kit.js';

/**
 * Mobile is reviewed; Chloe's reviewers come from Platform (arjun, lena, kenji), who take no other
 * part in this cycle, so their ids and names have no reason to appear in any answer about it.
 */
const AUTHORS = ['arjun', 'lena', 'kenji'];
const NAMES = ['Arjun Mehta', 'Lena Fischer', 'Kenji Tanaka'];
const VIEWERS = ['chloe', 'tom', 'david', 'hannah', 'ben'];

describe('anonymity over HTTP', () => {
  let t: TestTandem;
  let d: ReviewDriver;
  before(async () => {
    t = await startTestTandem();
    d = new ReviewDriver(t);
  });
  after(() => t.close());

  const secrets = () => [...AUTHORS.map((k) => t.person(k)), ...NAMES];
  const leaks = (body: unknown): string[] => {
    const text = JSON.stringify(body);
    return secrets().filter((s) => text.includes(s));
  };
  const assertNoLeak = (response: ApiResponse, what: string) => assert.deepEqual(leaks(response.body), [], `${what} names an author: ${JSON.stringify(response.body).slice(0, 400)}`);

  /** Lists hold other cycles too (an attributed one names its reviewers by design): keep this cycle's items. */
  const onlyCycle = (response: ApiResponse, cycleId: string): ApiResponse => {
    const body = response.body as { items?: { cycleId?: string }[] };
    if (!Array.isArray(body?.items) || !body.items.some((i) => i.cycleId !== undefined)) return response;
    return { ...response, body: { ...body, items: body.items.filter((i) => i.cycleId === cycleId) } };
  };

  /** Every GET a viewer could make about the cycle. */
  async function everyRead(cycleId: string): Promise<[string, ApiResponse][]> {
    const reads: [string, ApiResponse][] = [];
    for (const as of VIEWERS) {
      for (const path of ['/reviews/mine', '/reviews/to-write', '/reviews/peer-requests', '/review-cycles', `/review-cycles/${cycleId}`, `/review-packets/${d.packetId(cycleId, 'chloe')}`]) {
        const response = await t.request('GET', path, { as });
        assert.ok(response.status === 200 || response.status === 404, `${as} GET ${path}: ${response.status}`);
        reads.push([`${as} GET ${path}`, onlyCycle(response, cycleId)]);
      }
    }
    for (const path of ['packets', 'calibration', 'compensation-export']) reads.push([`hannah GET ${path}`, await t.request('GET', `/review-cycles/${cycleId}/${path}`, { as: 'hannah' })]);
    return reads;
  }

  async function cycleWithFeedback(mode: 'attributed' | 'anonymous' | 'aggregated', responders: string[]): Promise<{ cycleId: string; writes: [string, ApiResponse][] }> {
    const cycleId = await d.launched({ name: `${mode} ${responders.length}`, participants: { kind: 'teams', teamIds: ['tm-mobile'] }, anonymity: { mode, threshold: 3 } });
    await d.nominateAndApprove(cycleId, 'chloe', 'tom', AUTHORS);
    await d.advance(cycleId, 'peer');
    for (const [i, reviewer] of responders.entries()) await d.respond(reviewer, cycleId, 'chloe', { 'went-well': `Kind words ${i}`, improve: `Advice ${i}` }, { delivery: 3 + i, collaboration: 4 });
    await d.advance(cycleId, 'manager');
    const writes: [string, ApiResponse][] = [];
    for (const subject of ['chloe', 'ben', 'diego', 'sara', 'nina']) {
      writes.push([`tom submits ${subject}`, await t.request('POST', `/review-packets/${d.packetId(cycleId, subject)}/manager-review/submit`, { as: 'tom', body: { ratings: { delivery: 3, collaboration: 3, craft: 3, ownership: 3 }, overallRating: 3 } })]);
    }
    writes.push(['david submits tom', await t.request('POST', `/review-packets/${d.packetId(cycleId, 'tom')}/manager-review/submit`, { as: 'david', body: { ratings: { delivery: 3, collaboration: 3, craft: 3, ownership: 3 }, overallRating: 3 } })]);
    await d.advance(cycleId, 'calibration');
    writes.push(['hannah calibrates chloe', await t.request('PATCH', `/review-packets/${d.packetId(cycleId, 'chloe')}/calibration`, { as: 'hannah', body: { performance: 2, potential: 2 } })]);
    writes.push(['hannah releases chloe', await t.request('POST', `/review-packets/${d.packetId(cycleId, 'chloe')}/release`, { as: 'hannah' })]);
    writes.push(['chloe acknowledges', await t.request('POST', `/review-packets/${d.packetId(cycleId, 'chloe')}/acknowledge`, { as: 'chloe', body: {} })]);
    for (const [what, response] of writes) assert.ok(response.status < 300, `${what}: ${response.status} ${JSON.stringify(response.body)}`);
    return { cycleId, writes };
  }

  it('control: in an attributed cycle the released review names its reviewers (so the scan below can see a leak)', async () => {
    const { cycleId } = await cycleWithFeedback('attributed', ['arjun', 'lena']);
    const seen = await d.packet(cycleId, 'chloe', 'chloe');
    assert.equal(seen.peerFeedback?.mode, 'attributed');
    assert.ok(leaks(seen).length > 0);
  });

  it('anonymous, 3 responses: the answers show, and no response of any endpoint names an author', async () => {
    const { cycleId, writes } = await cycleWithFeedback('anonymous', AUTHORS);
    const seen = await d.packet(cycleId, 'chloe', 'chloe');
    assert.ok(seen.peerFeedback?.mode === 'anonymous' && seen.peerFeedback.groups[0]!.count === 3);
    assert.deepEqual(seen.peerFeedback.groups[0]!.responses.map((r) => r.answers['went-well']).sort(), ['Kind words 0', 'Kind words 1', 'Kind words 2']);
    assert.deepEqual(seen.nominations, { identitiesHidden: true, items: [], approvedCount: 3 });
    for (const [what, response] of [...writes, ...(await everyRead(cycleId))]) assertNoLeak(response, what);
  });

  it('anonymous, 2 responses: below the threshold the subject and the managers learn nothing, not even a count', async () => {
    const { cycleId, writes } = await cycleWithFeedback('anonymous', ['arjun', 'lena']);
    for (const as of ['chloe', 'tom', 'hannah']) {
      const view = await d.packet(cycleId, 'chloe', as);
      assert.deepEqual(view.peerFeedback, { mode: 'anonymous', threshold: 3, groups: [] }, as);
      assert.ok(!JSON.stringify(view).includes('Kind words'), as);
    }
    for (const [what, response] of [...writes, ...(await everyRead(cycleId))]) assertNoLeak(response, what);
  });

  it('aggregated: averages only at 3 responses, nothing at 2', async () => {
    const three = await cycleWithFeedback('aggregated', AUTHORS);
    const shown = await d.packet(three.cycleId, 'chloe', 'chloe');
    // delivery ratings 3, 4, 5 → 4; collaboration 4, 4, 4 → 4.
    assert.deepEqual(shown.peerFeedback, { mode: 'aggregated', threshold: 3, groups: [{ relation: 'peer', count: 3, competencies: [{ competencyId: 'collaboration', average: 4, ratingCount: 3 }, { competencyId: 'delivery', average: 4, ratingCount: 3 }] }] });
    assert.ok(!JSON.stringify(shown).includes('Kind words'), 'no free text');
    for (const [what, response] of [...three.writes, ...(await everyRead(three.cycleId))]) assertNoLeak(response, what);
    const two = await cycleWithFeedback('aggregated', ['arjun', 'lena']);
    assert.deepEqual((await d.packet(two.cycleId, 'chloe', 'chloe')).peerFeedback, { mode: 'aggregated', threshold: 3, groups: [] });
  });

  it('while feedback is open, nominees are listed without saying who has answered', async () => {
    const cycleId = await d.launched({ name: 'open feedback', participants: { kind: 'teams', teamIds: ['tm-mobile'] } });
    await d.nominateAndApprove(cycleId, 'chloe', 'tom', AUTHORS);
    await d.advance(cycleId, 'peer');
    await d.respond('arjun', cycleId, 'chloe', { 'went-well': 'a', improve: 'b' }, {});
    for (const as of ['chloe', 'tom']) {
      const view: ReviewPacketView = await d.packet(cycleId, 'chloe', as);
      assert.equal(view.nominations!.items.length, 3);
      assert.ok(view.nominations!.items.every((n) => !('responseStatus' in n)), `${as} cannot tell who answered`);
      if (view.peerFeedback) assert.deepEqual(view.peerFeedback, { mode: 'anonymous', threshold: 3, groups: [] });
    }
    const progress = expectStatus(await t.request('GET', `/review-cycles/${cycleId}/packets`, { as: 'hannah' }), 200);
    assertNoLeak({ status: 200, body: progress, headers: new Headers() }, 'progress');
  });
});
