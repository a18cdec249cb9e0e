import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CosmosConversationReferences } from '../../src/store/goals/cosmos-conversation-references.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../support/tandem-harness.js';
import { TestClock } from '../support/test-clock.js';

/**
 * The whole reminder path as npm start wires it: scheduler tick -> Azurite queue -> worker ->
 * the bot's composer and CloudAdapter sender -> a loopback server standing in for Teams' connector.
 */
describe('reminders end to end: scheduler, Azurite queue, worker, bot sender', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let connector: Server;
  let connectorUrl: string;
  const delivered: { conversationId: string; body: any }[] = [];

  before(async () => {
    connector = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        if (match) delivered.push({ conversationId: decodeURIComponent(match[1]!), body: JSON.parse(raw) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `a${delivered.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    // Sunday noon UTC: nobody's Monday 09:00 has come yet.
    t = await startTestTandem({ NOTIFICATIONS_ENABLED: 'true', SCHEDULER_TICK_SECONDS: '3600' }, new TestClock('2026-11-22T12:00:00.000Z'));
  });
  after(async () => {
    await t.close();
    connector.closeAllConnections();
    connector.close();
  });

  it("sends Arjun's check-in card once, on his Monday morning in Asia/Kolkata", async () => {
    const arjun = t.person('arjun');
    const conversations = new CosmosConversationReferences(t.directoryContainer());
    await conversations.save({
      tenantId: CONTOSO.tenantId,
      ownerId: arjun,
      scope: 'personal',
      conversationId: 'a:arjun-personal',
      serviceUrl: connectorUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl: connectorUrl,
        conversation: { id: 'a:arjun-personal', conversationType: 'personal', tenantId: CONTOSO.tenantId },
        bot: { id: '28:tandem', name: 'Tandem' },
        user: { id: `29:${arjun}`, aadObjectId: arjun, name: 'Arjun Mehta' },
      },
      updatedAt: t.clock.now().toISOString(),
      uninstalledAt: null,
    });
    const pipeline = t.tandem.notifications!;
    assert.ok(pipeline, 'the pipeline runs when notifications are enabled');

    const early = await pipeline.tick(new Date('2026-11-22T12:00:00.000Z'));
    assert.equal(early.enqueued, 0);

    // Monday 09:05 in Asia/Kolkata is 03:35 UTC.
    t.clock.set('2026-11-23T03:35:00.000Z');
    const due = await pipeline.tick(new Date('2026-11-23T03:35:00.000Z'));
    assert.ok(due.enqueued >= 1, JSON.stringify(due));
    const again = await pipeline.tick(new Date('2026-11-23T03:36:00.000Z'));
    assert.equal(again.enqueued, 0, 'the same period is never enqueued twice');

    const deadline = Date.now() + 30_000;
    while (!delivered.some((d) => d.conversationId === 'a:arjun-personal') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const toArjun = delivered.filter((d) => d.conversationId === 'a:arjun-personal');
    assert.equal(toArjun.length, 1, 'exactly one reminder reaches Arjun');
    const card = toArjun[0]!.body.attachments?.[0];
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(card.content), /Database failover becomes boring|failover/i);
  });
});
