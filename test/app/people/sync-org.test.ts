import assert from 'node:assert/strict';
import type { OrgPersonRecord, OrgSource } from '../../../src/app/ports/org-source.js';
import { syncOrg } from '../../../src/app/people/sync-org.js';
import { startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

/** Stands in for Microsoft Graph (tested on its own against recorded responses). */
class ListedOrgSource implements OrgSource {
  constructor(private readonly people: OrgPersonRecord[]) {}
  async *listPeople(): AsyncIterable<OrgPersonRecord> {
    yield* this.people;
  }
  async listDirectReports(_tenantId: string, personId: string): Promise<OrgPersonRecord[]> {
    return this.people.filter((p) => p.managerId === personId);
  }
}

const record = (id: string, managerId: string | null, extra: Partial<OrgPersonRecord> = {}): OrgPersonRecord => ({
  id,
  displayName: id.toUpperCase(),
  email: `${id}@example.com`,
  jobTitle: null,
  department: null,
  managerId,
  timezone: null,
  locale: null,
  ...extra,
});

describe('org sync into the directory', () => {
  let t: TestTandem;
  const tenantId = '11111111-2222-4333-8444-555555555555';
  before(async () => {
    t = await startTestTandem();
  });
  after(() => t.close());

  it('stores people with manager chains, defaults and preserved roles', async () => {
    const directory = t.tandem.okr.directory;
    const source = new ListedOrgSource([
      record('ceo', null),
      record('vp', 'ceo', { timezone: 'Europe/Berlin', locale: 'de-DE' }),
      record('ic', 'vp'),
      record('guest-report', 'outsider'),
    ]);
    const synced = await syncOrg(source, directory, { tenantId, defaultTimezone: 'UTC', defaultLocale: 'en-US' });
    assert.deepEqual(synced, { ok: true, value: 4 });
    const ic = await directory.getPerson(tenantId, 'ic');
    assert.deepEqual(ic?.managerChain, ['vp', 'ceo']);
    assert.equal(ic?.timezone, 'UTC');
    assert.equal((await directory.getPerson(tenantId, 'vp'))?.locale, 'de-DE');
    assert.equal((await directory.getPerson(tenantId, 'guest-report'))?.managerId, null, 'a manager outside the org ends the chain');

    const vp = (await directory.getPerson(tenantId, 'vp'))!;
    await directory.upsertPeople([{ ...vp, roles: ['member', 'okr-admin'], teamIds: ['tm-x'] }]);
    await syncOrg(source, directory, { tenantId, defaultTimezone: 'UTC', defaultLocale: 'en-US' });
    const after = await directory.getPerson(tenantId, 'vp');
    assert.deepEqual(after?.roles, ['member', 'okr-admin']);
    assert.deepEqual(after?.teamIds, ['tm-x']);
  });

  it('keeps an erased person erased while their account still exists in the org source', async () => {
    const directory = t.tandem.okr.directory;
    const source = new ListedOrgSource([record('boss', null), record('gone', 'boss'), record('stays', 'gone')]);
    assert.equal((await syncOrg(source, directory, { tenantId, defaultTimezone: 'UTC', defaultLocale: 'en-US' })).ok, true);
    await directory.upsertPeople([{ ...(await directory.getPerson(tenantId, 'gone'))!, displayName: 'Former colleague', email: '', managerId: null, managerChain: [], erasedAt: '2026-11-22T12:00:00.000Z' }]);
    assert.equal((await syncOrg(source, directory, { tenantId, defaultTimezone: 'UTC', defaultLocale: 'en-US' })).ok, true);
    const gone = await directory.getPerson(tenantId, 'gone');
    assert.deepEqual([gone?.displayName, gone?.email, gone?.erasedAt], ['Former colleague', '', '2026-11-22T12:00:00.000Z']);
    // Their former report's chain ends where the erased person was.
    assert.deepEqual((await directory.getPerson(tenantId, 'stays'))?.managerChain, []);
  });

  it('refuses reporting loops without writing anything', async () => {
    const loopTenant = '99999999-2222-4333-8444-555555555555';
    const synced = await syncOrg(new ListedOrgSource([record('a', 'b'), record('b', 'a')]), t.tandem.okr.directory, {
      tenantId: loopTenant,
      defaultTimezone: 'UTC',
      defaultLocale: 'en-US',
    });
    assert.equal(synced.ok ? 'ok' : synced.code, 'ORG.MANAGER_CYCLE');
    assert.equal(await t.tandem.okr.directory.getPerson(loopTenant, 'a'), null);
  });
});
