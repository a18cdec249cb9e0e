import assert from 'node:assert/strict';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

describe('HR’s audit trail of a person', () => {
  let t: TestTandem;
  before(async () => {
    t = await startTestTandem();
  });
  after(() => t.close());

  it('is HR’s only: anyone else, even the person’s manager, gets 404', async () => {
    for (const as of ['lena', 'priya', 'david', 'arjun', 'olivia']) {
      const response = await t.request('GET', `/people/${t.person('lena')}/audit`, { as });
      assert.equal(response.status, 404, as);
      assert.equal(response.body.error.code, 'PERF.NOT_FOUND');
    }
    const fromOtherTenant = await t.request('GET', `/people/${t.person('lena')}/audit`, { as: FABRIKAM.people[0]!.key, tenant: FABRIKAM });
    assert.equal(fromOtherTenant.status, 404);
  });

  it('shows every access to the person’s restricted data, including denied attempts and earlier reads of the trail', async () => {
    await t.request('GET', `/people/${t.person('lena')}/audit`, { as: 'arjun' });
    const first = await t.request('GET', `/people/${t.person('lena')}/audit`, { as: 'hannah' });
    assert.equal(first.status, 200);
    const denied = first.body.items.find((r: { actorId: string; operation: string }) => r.actorId === t.person('arjun') && r.operation === 'audit.get-trail');
    assert.ok(denied, 'the denied probe by a peer is on the trail');
    assert.equal(denied.entries[0].allow, false);
    const second = await t.request('GET', `/people/${t.person('lena')}/audit`, { as: 'hannah' });
    const hrReads = second.body.items.filter((r: { actorId: string; operation: string }) => r.actorId === t.person('hannah') && r.operation === 'audit.get-trail');
    assert.ok(hrReads.length >= 1, 'HR reading the trail is itself audited');
    assert.ok(second.body.items.every((r: { tenantId: string }) => r.tenantId === CONTOSO.tenantId));
  });

  it('never names who touched the person’s peer feedback, and shows only entries about that person', async () => {
    // Find a seeded peer reviewer with a request, and have them open it.
    let reviewer: string | null = null;
    let request: { id: string; subject: { id: string } } | null = null;
    for (const key of CONTOSO.people.map((p) => p.key)) {
      const mine = await t.request('GET', '/reviews/peer-requests', { as: key });
      if (mine.status === 200 && mine.body.items.length > 0) {
        reviewer = key;
        request = mine.body.items[0];
        break;
      }
    }
    assert.ok(reviewer && request, 'the demo seed has peer requests');
    assert.equal((await t.request('GET', `/peer-responses/${request.id}`, { as: reviewer })).status, 200);
    const trail = await t.request('GET', `/people/${request.subject.id}/audit`, { as: 'hannah' });
    assert.equal(trail.status, 200);
    assert.ok(trail.body.items.length > 0);
    assert.ok(!JSON.stringify(trail.body).includes(t.person(reviewer)), 'the reviewer is not named anywhere on the trail');
    assert.ok(trail.body.items.some((r: { actorId: string }) => r.actorId === 'peer-reviewer'));
    for (const record of trail.body.items) {
      assert.deepEqual(record.subjectIds, [request.subject.id]);
      assert.ok(record.entries.every((e: { subjectId: string }) => e.subjectId === request!.subject.id));
    }
  });

  it('answers 404 for an unknown person', async () => {
    const response = await t.request('GET', '/people/nobody/audit', { as: 'hannah' });
    assert.equal(response.status, 404);
  });
});
