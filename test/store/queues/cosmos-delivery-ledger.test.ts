import assert from 'node:assert/strict';
import type { CosmosClient, Container } from '@azure/cosmos';
import type { DeliveryRef, SentRecord } from '../../../src/app/notifications/ports/delivery-ledger.js';
import { notificationKey } from '../../../src/app/notifications/queued-notification.js';
import { createCosmosClient } from '../../../src/store/cosmos/cosmos-client-factory.js';
import { CosmosDeliveryLedger } from '../../../src/store/goals/cosmos-delivery-ledger.js';
import { GOAL_CONTAINERS } from '../../../src/store/goals/goal-containers.js';
import { startLocalCosmosServer, type LocalCosmosServer } from '../../../src/store/local/local-cosmos-server.js';
import { provisionContainers } from '../../../src/store/local/provision-containers.js';

const A = 'tenant-a';
const B = 'tenant-b';
const ref = (tenantId: string, recipientId: string, period = '2026-W48'): DeliveryRef => {
  const parts = { tenantId, recipientId, kind: 'checkin-reminder' as const, period };
  return { ...parts, key: notificationKey(parts) };
};
const sent = (r: DeliveryRef, sentAt = '2026-11-23T08:00:05.000Z'): SentRecord => ({ ...r, enqueuedAt: '2026-11-23T08:00:00.000Z', sentAt, attempts: 1, activityId: 'act-1' });
const at = (iso: string) => new Date(iso);

/** The ledger on the `deliveries` container of the real local Cosmos server. */
describe('store: CosmosDeliveryLedger', function () {
  this.timeout(60_000);
  let cosmos: LocalCosmosServer;
  let client: CosmosClient;
  let container: Container;
  let ledger: CosmosDeliveryLedger;

  before(async () => {
    cosmos = await startLocalCosmosServer();
    client = createCosmosClient(cosmos.endpoint, { kind: 'local-key', key: cosmos.key, agent: cosmos.agent });
    const database = await provisionContainers(client, 'tandem-ledger-test');
    container = database.container(GOAL_CONTAINERS.deliveries.id!);
    ledger = new CosmosDeliveryLedger(container);
  });
  after(async () => {
    client?.dispose();
    await cosmos?.close();
  });

  it('is a shared goal container partitioned on /pk', () => {
    assert.deepEqual(GOAL_CONTAINERS.deliveries.partitionKey, { paths: ['/pk'] });
  });

  it('lets exactly one of many concurrent claimers enqueue a key', async () => {
    const r = ref(A, 'ana');
    const results = await Promise.all(Array.from({ length: 8 }, () => ledger.claimEnqueue(r, at('2026-11-23T08:00:00Z'), 300_000)));
    assert.deepEqual(results.filter((x) => x === 'claimed').length, 1);
    assert.equal(await ledger.claimEnqueue(r, at('2026-11-23T08:01:00Z'), 300_000), 'taken');
    await ledger.markEnqueued(r, at('2026-11-23T08:00:01Z'));
    assert.equal(await ledger.claimEnqueue(r, at('2026-11-30T09:00:00Z'), 300_000), 'taken', 'an enqueued key stays taken');
  });

  it('takes over a stale claim that never got enqueued, but never an enqueued one', async () => {
    const stale = ref(A, 'ben');
    assert.equal(await ledger.claimEnqueue(stale, at('2026-11-23T08:00:00Z'), 300_000), 'claimed');
    assert.equal(await ledger.claimEnqueue(stale, at('2026-11-23T08:04:00Z'), 300_000), 'taken');
    const takeovers = await Promise.all([0, 1, 2].map(() => ledger.claimEnqueue(stale, at('2026-11-23T08:06:00Z'), 300_000)));
    assert.equal(takeovers.filter((x) => x === 'claimed').length, 1, 'one taker');
    await ledger.markEnqueued(stale, at('2026-11-23T08:06:01Z'));
    assert.equal(await ledger.claimEnqueue(stale, at('2026-11-23T10:00:00Z'), 300_000), 'taken');
  });

  it('gives a claim back so it can be claimed again', async () => {
    const r = ref(A, 'cy');
    assert.equal(await ledger.claimEnqueue(r, at('2026-11-23T08:00:00Z'), 300_000), 'claimed');
    await ledger.releaseClaim(r);
    assert.equal(await ledger.claimEnqueue(r, at('2026-11-23T08:01:00Z'), 300_000), 'claimed');
    await ledger.releaseClaim(ref(A, 'never-claimed'));
  });

  it('records a send once and finds it by key, only in its own tenant', async () => {
    const r = ref(A, 'dan');
    assert.equal(await ledger.findSent(r), null);
    assert.equal(await ledger.recordSent(sent(r)), 'recorded');
    assert.equal(await ledger.recordSent(sent(r, '2026-11-23T08:00:09.000Z')), 'already-recorded');
    assert.deepEqual(await ledger.findSent(r), sent(r));
    assert.equal(await ledger.findSent({ ...r, tenantId: B }), null);
    assert.equal(await ledger.findSent(ref(A, 'dan', '2026-W49')), null, 'another period is another delivery');
  });

  it('keeps each period in the month it starts in', async () => {
    for (const period of ['2026-W48', '2026-W49..2026-W50', '2026-12', '2026-W01']) {
      const r = ref(A, 'eve', period);
      await ledger.recordSent(sent(r));
      assert.ok(await ledger.findSent(r), period);
    }
    const { resources } = await container.items
      .query<{ pk: string }>({ query: "SELECT c.pk FROM c WHERE c.tenantId = @t AND c.recipientId = 'eve'", parameters: [{ name: '@t', value: A }] })
      .fetchAll();
    assert.deepEqual(resources.map((d) => d.pk).sort(), [`${A}|2025-12`, `${A}|2026-11`, `${A}|2026-11`, `${A}|2026-12`]);
  });

  it('handles keys with characters Cosmos ids cannot hold, and very long keys', async () => {
    const odd = ref(A, 'x/y#z?w\\v%');
    assert.equal(await ledger.claimEnqueue(odd, at('2026-11-23T08:00:00Z'), 1000), 'claimed');
    assert.equal(await ledger.recordSent(sent(odd)), 'recorded');
    assert.ok(await ledger.findSent(odd));
    const long = ref(A, 'p'.repeat(400));
    assert.equal(await ledger.recordSent(sent(long)), 'recorded');
    assert.equal((await ledger.findSent(long))?.recipientId, 'p'.repeat(400));
  });

  it('stores dead letters with their reason and lists them per tenant and month', async () => {
    const r = ref(A, 'fay');
    await ledger.recordDeadLetter({ ...r, reason: 'max-attempts', detail: 'gave up after 8 attempts, last status 503: busy', lastStatus: 503, attempts: 8, enqueuedAt: '2026-11-23T08:00:00.000Z', at: '2026-11-23T09:00:00.000Z' });
    await ledger.recordDeadLetter({ ...ref(B, 'gus'), reason: 'permanent-failure', detail: 'status 400', lastStatus: 400, attempts: 1, enqueuedAt: null, at: '2026-11-23T09:00:00.000Z' });
    const letters = await ledger.listDeadLetters(A, '2026-11');
    assert.deepEqual(letters.map((l) => [l.recipientId, l.reason, l.lastStatus, l.attempts]), [['fay', 'max-attempts', 503, 8]]);
    assert.deepEqual((await ledger.listDeadLetters(B, '2026-11')).map((l) => l.recipientId), ['gus']);
    assert.deepEqual(await ledger.listDeadLetters(A, '2026-10'), []);
  });

  it('keeps one throttled-until marker per tenant that only ever moves later, under concurrent writers', async () => {
    assert.equal(await ledger.throttledUntil(A), null);
    await ledger.extendThrottle(A, at('2026-11-23T08:00:10Z'));
    await Promise.all([ledger.extendThrottle(A, at('2026-11-23T08:00:30Z')), ledger.extendThrottle(A, at('2026-11-23T08:00:20Z')), ledger.extendThrottle(A, at('2026-11-23T08:00:25Z'))]);
    assert.equal((await ledger.throttledUntil(A))?.toISOString(), '2026-11-23T08:00:30.000Z');
    await ledger.extendThrottle(A, at('2026-11-23T08:00:01Z'));
    assert.equal((await ledger.throttledUntil(A))?.toISOString(), '2026-11-23T08:00:30.000Z', 'never earlier');
    assert.equal(await ledger.throttledUntil(B), null, 'per tenant');
  });
});
