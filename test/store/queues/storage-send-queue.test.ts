import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzuriteQueue, type AzuriteQueueServer } from '../../../src/store/local/azurite-server.js';
import { createStorageSendQueue, type StorageSendQueue } from '../../../src/store/queues/storage-send-queue.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('store: StorageSendQueue on a real Azurite', function () {
  this.timeout(60_000);
  let azurite: AzuriteQueueServer;
  let queue: StorageSendQueue;
  let names = 0;
  const fresh = () =>
    createStorageSendQueue(azurite.queueEndpoint, `test-queue-${++names}`, { kind: 'shared-key', accountName: azurite.accountName, accountKey: azurite.accountKey });

  before(async () => {
    azurite = await startAzuriteQueue();
  });
  after(async () => {
    await azurite?.stop();
  });
  beforeEach(async () => {
    queue = await fresh();
  });

  it('starts on 127.0.0.1 with the development account', () => {
    assert.match(azurite.queueEndpoint, /^http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/);
    assert.equal(azurite.accountName, 'devstoreaccount1');
  });

  it('creates the queue if absent, and again without complaint', async () => {
    await createStorageSendQueue(azurite.queueEndpoint, `test-queue-${names}`, { kind: 'shared-key', accountName: azurite.accountName, accountKey: azurite.accountKey });
  });

  it('enqueues, receives in batches with a visibility timeout, and deletes by receipt', async () => {
    for (let i = 0; i < 40; i++) await queue.enqueue(JSON.stringify({ i, text: '<&> "quotes" ünïcödé' }));
    const first = await queue.receive(100, 30_000);
    assert.equal(first.length, 32, 'at most 32 per receive');
    const second = await queue.receive(32, 30_000);
    assert.equal(second.length, 8);
    assert.equal((await queue.receive(32, 30_000)).length, 0, 'all hidden');
    const all = [...first, ...second];
    assert.deepEqual(all.map((m) => (JSON.parse(m.body) as { i: number }).i).sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i));
    assert.equal((JSON.parse(all[0]!.body) as { text: string }).text, '<&> "quotes" ünïcödé');
    assert.ok(all.every((m) => m.dequeueCount === 1));
    for (const m of all) assert.equal(await queue.delete(m.messageId, m.popReceipt), true);
    assert.equal(await queue.delete(all[0]!.messageId, all[0]!.popReceipt), false, 'gone');
  });

  it('brings back a message that was not deleted once its visibility timeout ends', async () => {
    await queue.enqueue('comes back');
    const [taken] = await queue.receive(1, 1000);
    assert.equal((await queue.receive(1, 1000)).length, 0);
    await sleep(1500);
    const [again] = await queue.receive(1, 1000);
    assert.equal(again?.body, 'comes back');
    assert.equal(again?.dequeueCount, 2);
    assert.equal(await queue.delete(taken!.messageId, taken!.popReceipt), false, 'the first receipt is stale now');
    assert.equal(await queue.delete(again!.messageId, again!.popReceipt), true);
  });

  it('delays a new message by its visibility delay', async () => {
    // Azure counts visibility in whole seconds: 1.2 s becomes 2 s.
    await queue.enqueue('later', { visibilityDelayMs: 1200 });
    assert.equal((await queue.receive(1, 1000)).length, 0);
    await sleep(2200);
    assert.equal((await queue.receive(1, 1000))[0]?.body, 'later');
  });

  it('updates visibility and body of a held message, with a new receipt', async () => {
    await queue.enqueue('v1');
    const [m] = await queue.receive(1, 30_000);
    const receipt = await queue.updateVisibility(m!.messageId, m!.popReceipt, 0, 'v2');
    assert.ok(receipt && receipt !== m!.popReceipt);
    const [back] = await queue.receive(1, 30_000);
    assert.deepEqual([back?.body, back?.dequeueCount], ['v2', 2]);
    const hidden = await queue.updateVisibility(back!.messageId, back!.popReceipt, 60_000);
    assert.ok(hidden);
    assert.equal((await queue.receive(1, 1000)).length, 0);
    assert.equal(await queue.updateVisibility(back!.messageId, back!.popReceipt, 0), null, 'a stale receipt');
    assert.equal(await queue.delete(back!.messageId, hidden!), true);
  });

  it('keeps messages across a restart when given a data folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-azurite-'));
    try {
      const first = await startAzuriteQueue({ dataDir });
      const credential = { kind: 'shared-key', accountName: first.accountName, accountKey: first.accountKey } as const;
      await (await createStorageSendQueue(first.queueEndpoint, 'kept', credential)).enqueue('still here');
      await first.stop();
      const second = await startAzuriteQueue({ dataDir });
      try {
        const [m] = await (await createStorageSendQueue(second.queueEndpoint, 'kept', credential)).receive(1, 1000);
        assert.equal(m?.body, 'still here');
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stops Azurite: the port no longer answers', async () => {
    const other = await startAzuriteQueue();
    await other.stop();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port: other.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    assert.equal(refused, true);
  });
});
