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
    const denied = first.body.items.find((r: { actorId: string }) => r.actorId === t.person('arjun'));
    assert.ok(denied, 'the denied probe by a peer is on the trail');
    assert.equal(denied.entries[0].allow, false);
    const second = await t.request('GET', `/people/${t.person('lena')}/audit`, { as: 'hannah' });
    const hrReads = second.body.items.filter((r: { actorId: string; operation: string }) => r.actorId === t.person('hannah') && r.operation === 'audit.get-trail');
    assert.ok(hrReads.length >= 1, 'HR reading the trail is itself audited');
    assert.ok(second.body.items.every((r: { tenantId: string }) => r.tenantId === CONTOSO.tenantId));
  });

  it('answers 404 for an unknown person', async () => {
    const response = await t.request('GET', '/people/nobody/audit', { as: 'hannah' });
    assert.equal(response.status, 404);
  });
});
