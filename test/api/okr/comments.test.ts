import assert from 'node:assert/strict';
import { startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

describe('objective comments', () => {
  let t: TestTandem;
  let objectiveId: string;
  before(async () => {
    t = await startTestTandem();
    const cycle = await t.cycleId('active');
    objectiveId = (await t.request('GET', `/cycles/${cycle}/objectives?participant=me`, { as: 'arjun' })).body.items[0].id;
  });
  after(() => t.close());

  it('lets anyone in the tenant comment and lists the thread oldest first', async () => {
    const first = await t.request('POST', `/objectives/${objectiveId}/comments`, { as: 'maria', body: { text: 'How can I help?' } });
    assert.equal(first.status, 201);
    t.clock.advance(60_000);
    assert.equal((await t.request('POST', `/objectives/${objectiveId}/comments`, { as: 'arjun', body: { text: '  Unblock the DB budget.  ' } })).status, 201);
    const thread = await t.request('GET', `/objectives/${objectiveId}/comments`, { as: 'lena' });
    assert.deepEqual(thread.body.items.map((c: { text: string }) => c.text), ['How can I help?', 'Unblock the DB budget.']);
    assert.equal(thread.body.items[0].authorId, t.person('maria'));
  });

  it('refuses empty and oversized comments, and other tenants', async () => {
    const empty = await t.request('POST', `/objectives/${objectiveId}/comments`, { as: 'arjun', body: { text: '   ' } });
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error.code, 'OKR.VALIDATION');
    assert.equal((await t.request('POST', `/objectives/${objectiveId}/comments`, { as: 'arjun', body: { text: 'x'.repeat(2001) } })).status, 400);
    const foreign = await t.request('POST', `/objectives/${objectiveId}/comments`, { as: 'fab-ceo', body: { text: 'hello' } });
    assert.equal(foreign.status, 404);
    assert.equal((await t.request('GET', `/objectives/${objectiveId}/comments`, { as: 'fab-ceo' })).status, 404);
    assert.equal((await t.request('GET', `/objectives/${objectiveId}/comments`, { as: 'arjun' })).body.items.length, 2);
  });
});
