import assert from 'node:assert/strict';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';

describe('API smoke: the seeded world over HTTP', () => {
  let t: TestTandem;
  before(async () => {
    t = await startTestTandem();
  });
  after(() => t.close());

  it('answers health and who I am', async () => {
    assert.equal((await t.request('GET', '/api/health')).body.status, 'ok');
    const me = await t.request('GET', '/me', { as: 'arjun' });
    assert.equal(me.status, 200);
    assert.equal(me.body.displayName, 'Arjun Mehta');
  });

  it('lists the dev users of both tenants with roles', async () => {
    const users = await t.request('GET', '/dev/users');
    assert.ok(users.body.items.length >= 35);
    assert.ok(users.body.items.some((u: any) => u.roles.includes('hr-admin')));
    assert.ok(users.body.items.some((u: any) => u.roles.includes('okr-admin')));
    assert.equal(new Set(users.body.items.map((u: any) => u.tenantId)).size, 2);
  });
});
