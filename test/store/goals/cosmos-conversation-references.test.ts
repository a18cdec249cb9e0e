import assert from 'node:assert/strict';
import type { StoredConversation } from '../../../src/app/ports/conversation-references.js';
import { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

describe('conversation references on the directory container', () => {
  let t: TestTandem;
  let store: CosmosConversationReferences;
  before(async () => {
    t = await startTestTandem();
    store = new CosmosConversationReferences(t.directoryContainer());
  });
  after(() => t.close());

  const record = (ownerId: string, conversationId = `a:${ownerId}`): StoredConversation => ({
    tenantId: CONTOSO.tenantId,
    ownerId,
    scope: 'personal',
    conversationId,
    serviceUrl: 'http://127.0.0.1:9/',
    reference: { conversation: { id: conversationId } },
    updatedAt: '2026-11-22T12:00:00.000Z',
    uninstalledAt: null,
  });

  it('calls exactly one of two simultaneous installs new', async () => {
    const outcomes = await Promise.all([store.install(record('twice')), store.install(record('twice'))]);
    assert.deepEqual(outcomes.sort(), [false, true]);
    assert.equal(await store.install(record('twice')), false, 'a repeated install is not new');
  });

  it('treats an install after an uninstall as new, once', async () => {
    await store.install(record('returning'));
    await store.markUninstalled(CONTOSO.tenantId, 'personal', 'returning', '2026-11-23T00:00:00.000Z');
    assert.notEqual((await store.get(CONTOSO.tenantId, 'personal', 'returning'))?.uninstalledAt, null);
    const outcomes = await Promise.all([store.install(record('returning', 'a:new')), store.install(record('returning', 'a:new'))]);
    assert.deepEqual(outcomes.sort(), [false, true]);
    const stored = await store.get(CONTOSO.tenantId, 'personal', 'returning');
    assert.equal(stored?.uninstalledAt, null);
    assert.equal(stored?.conversationId, 'a:new');
  });

  it('never returns another tenant\'s reference', async () => {
    await store.install(record('isolated'));
    assert.equal(await store.get('00000000-0000-4000-8000-000000000000', 'personal', 'isolated'), null);
  });
});
