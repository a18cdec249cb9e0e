import assert from 'node:assert/strict';
import type { ReviewPacketView, ReviewsToWriteView } from '../../../../src/app/performance/reviews/review-views.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';
import { ALL_RATINGS, ReviewDriver, expectError, expectStatus } from './review-http-kit.js';

describe('review isolation: other tenants, other people, and the manager of record', () => {
  let t: TestTandem;
  let d: ReviewDriver;
  let cycleId: string;
  before(async () => {
    t = await startTestTandem();
    d = new ReviewDriver(t);
    cycleId = await d.launched({ name: 'Mobile review', participants: { kind: 'teams', teamIds: ['tm-mobile'] } });
  });
  after(() => t.close());

  const everyEndpoint = (packetId: string, cycle: string): [string, string, unknown?][] => [
    ['GET', `/review-cycles/${cycle}`],
    ['PATCH', `/review-cycles/${cycle}`, { name: 'mine now' }],
    ['POST', `/review-cycles/${cycle}/launch`, {}],
    ['POST', `/review-cycles/${cycle}/advance`, { to: 'peer' }],
    ['GET', `/review-cycles/${cycle}/packets`],
    ['GET', `/review-cycles/${cycle}/calibration`],
    ['POST', `/review-cycles/${cycle}/release-all`, {}],
    ['GET', `/review-cycles/${cycle}/compensation-export`],
    ['GET', `/review-packets/${packetId}`],
    ['PATCH', `/review-packets/${packetId}/self-review`, { answers: {} }],
    ['POST', `/review-packets/${packetId}/self-review/submit`, {}],
    ['POST', `/review-packets/${packetId}/nominations`, { nomineeId: t.person('sara'), relation: 'peer' }],
    ['PATCH', `/review-packets/${packetId}/manager-review`, {}],
    ['PATCH', `/review-packets/${packetId}/private-notes`, { text: 'x' }],
    ['PATCH', `/review-packets/${packetId}/compensation`, { meritPercent: 1, promotion: false }],
    ['PATCH', `/review-packets/${packetId}/calibration`, { performance: 1 }],
    ['POST', `/review-packets/${packetId}/release`, {}],
    ['POST', `/review-packets/${packetId}/acknowledge`, {}],
  ];

  it('another tenant’s HR admin gets 404 from every endpoint, and sees none of Contoso’s cycles', async () => {
    const before = await d.packet(cycleId, 'ben', 'hannah');
    for (const [method, path, body] of everyEndpoint(d.packetId(cycleId, 'ben'), cycleId)) {
      expectError(await t.request(method, path, { as: 'fab-ceo', tenant: FABRIKAM, ...(body === undefined ? {} : { body }) }), 404, 'PERF.NOT_FOUND', `fab-ceo ${method} ${path}`);
    }
    const theirs = expectStatus(await t.request<{ items: unknown[] }>('GET', '/review-cycles', { as: 'fab-ceo', tenant: FABRIKAM }), 200);
    assert.deepEqual(theirs.items, []);
    for (const path of ['/reviews/mine', '/reviews/to-write', '/reviews/peer-requests']) {
      assert.deepEqual(expectStatus(await t.request<{ items: unknown[] }>('GET', path, { as: 'fab-planner', tenant: FABRIKAM }), 200).items, [], path);
    }
    assert.equal((await d.packet(cycleId, 'ben', 'hannah')).revision, before.revision, 'nothing changed');
  });

  it('a colleague outside the review gets 404 from every packet endpoint; cycles are announced, not administered', async () => {
    for (const [method, path, body] of everyEndpoint(d.packetId(cycleId, 'ben'), cycleId).filter(([, p]) => p.startsWith('/review-packets'))) {
      expectError(await t.request(method, path, { as: 'jonas', ...(body === undefined ? {} : { body }) }), 404, 'PERF.NOT_FOUND', `jonas ${method} ${path}`);
    }
    expectStatus(await t.request('GET', `/review-cycles/${cycleId}`, { as: 'jonas' }), 200);
    expectError(await t.request('GET', `/review-cycles/${cycleId}/calibration`, { as: 'jonas' }), 403, 'PERF.FORBIDDEN');
    expectError(await t.request('POST', `/review-cycles/${cycleId}/advance`, { as: 'jonas', body: { to: 'peer' } }), 403, 'PERF.FORBIDDEN');
    // A teammate is a colleague too.
    expectError(await t.request('GET', `/review-packets/${d.packetId(cycleId, 'ben')}`, { as: 'chloe' }), 404, 'PERF.NOT_FOUND');
  });

  it('the manager in the launch snapshot writes the review; a new manager after launch cannot', async () => {
    // Ben nominates Sara; then Ben moves from Tom to Priya.
    const withSara = expectStatus(await t.request<ReviewPacketView>('POST', `/review-packets/${d.packetId(cycleId, 'ben')}/nominations`, { as: 'ben', body: { nomineeId: t.person('sara'), relation: 'peer' } }), 201);
    const ben = (await t.tandem.performance.directory.getPerson(CONTOSO.tenantId, t.person('ben')))!;
    const priya = (await t.tandem.performance.directory.getPerson(CONTOSO.tenantId, t.person('priya')))!;
    await t.tandem.performance.directory.upsertPeople([{ ...ben, managerId: priya.id, managerChain: [priya.id, ...priya.managerChain], teamIds: ['tm-platform'] }]);

    const nomination = withSara.nominations!.items[0]!.id;
    expectError(await t.request('POST', `/review-packets/${d.packetId(cycleId, 'ben')}/nominations/${nomination}/decision`, { as: 'priya', body: { decision: 'approve' } }), 403, 'PERF.FORBIDDEN');
    expectStatus(await t.request('POST', `/review-packets/${d.packetId(cycleId, 'ben')}/nominations/${nomination}/decision`, { as: 'tom', body: { decision: 'approve' } }), 200);

    await d.advance(cycleId, 'peer');
    await d.advance(cycleId, 'manager');
    const path = `/review-packets/${d.packetId(cycleId, 'ben')}`;
    const seenByNewManager = expectStatus(await t.request<ReviewPacketView>('GET', path, { as: 'priya' }), 200, 'the current manager may read it');
    assert.equal(seenByNewManager.cycleManager!.id, t.person('tom'));
    assert.deepEqual([seenByNewManager.can.editManagerReview, seenByNewManager.can.editPrivateNotes, 'privateNotes' in seenByNewManager], [false, false, false]);
    expectError(await t.request('PATCH', `${path}/manager-review`, { as: 'priya', body: { summary: 'I manage Ben now' } }), 403, 'PERF.FORBIDDEN');
    expectError(await t.request('POST', `${path}/manager-review/submit`, { as: 'priya', body: { ratings: ALL_RATINGS, overallRating: 5 } }), 403, 'PERF.FORBIDDEN');
    expectError(await t.request('PATCH', `${path}/compensation`, { as: 'priya', body: { meritPercent: 9, promotion: true } }), 403, 'PERF.FORBIDDEN');
    expectError(await t.request('PATCH', `${path}/private-notes`, { as: 'priya', body: { text: 'mine' } }), 404, 'PERF.NOT_FOUND');

    const toWrite = (as: string) => t.request<ReviewsToWriteView>('GET', '/reviews/to-write', { as });
    assert.ok(expectStatus(await toWrite('tom'), 200).items.some((i) => i.id === d.packetId(cycleId, 'ben')));
    assert.ok(!expectStatus(await toWrite('priya'), 200).items.some((i) => i.id === d.packetId(cycleId, 'ben')));

    const written = await d.submitManagerReview(cycleId, 'ben', 'tom', 4);
    assert.deepEqual([written.managerReview!.author!.id, written.managerReview!.status], [t.person('tom'), 'submitted']);
    // Tom's manager (in the snapshot) reads it as the chain above the manager of record.
    assert.equal((await d.packet(cycleId, 'ben', 'david')).managerReview!.status, 'submitted');
  });
});
